/**
 * Parses a letter's raw HTML into elements (rehype-raw), but only in a letter
 * that has some. hast-util-raw rebuilds the whole tree through an HTML parser
 * whether or not there is raw HTML in it, and that was a third of the time it
 * took to render a letter; most letters are plain markdown. A tree without raw
 * nodes comes out of it unchanged, which `tests/markdown/pipeline.test.ts`
 * checks against Astro's processor (which always runs it) on every fixture and
 * letter.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Whether the tree holds raw HTML (`raw` nodes, from markdown's HTML blocks and inline tags). */
function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

/** rehype-raw, skipped when there is nothing for it to parse. */
export default function rehypeRawWhereNeeded() {
  const parse = rehypeRaw();
  return (tree: Root, file: VFile): Root => (hasRawHtml(tree) ? parse(tree, file) : tree);
}
