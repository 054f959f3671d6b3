/**
 * Parses a letter's raw HTML into elements (rehype-raw), but only in a letter
 * that has some. hast-util-raw rebuilds the whole tree through an HTML parser
 * whether or not there is raw HTML in it, and that was a third of the time it
 * took to render a letter; most letters are plain markdown.
 *
 * Rebuilding changes nothing in a tree without raw nodes, with one known
 * exception: it drops the blank first line of a code block. So letters with a
 * code block are rebuilt too, and their pages stay as they were.
 * `tests/markdown/pipeline.test.ts` renders every fixture and letter both ways
 * and compares the documents.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from './visit.ts';
import type { VFile } from 'vfile';

/**
 * Whether rebuilding could change the tree: it holds raw HTML (`raw` nodes, from
 * markdown's HTML blocks and inline tags) or a code block (`pre`).
 */
function needsRebuilding(tree: Root): boolean {
  let found = false;
  visit(tree, (node) => {
    if (node.type === 'raw' || (node.type === 'element' && node.tagName === 'pre')) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}

/** rehype-raw, skipped when it would change nothing. */
export default function rehypeRawWhereNeeded() {
  const parse = rehypeRaw();
  return (tree: Root, file: VFile): Root => (needsRebuilding(tree) ? parse(tree, file) : tree);
}
