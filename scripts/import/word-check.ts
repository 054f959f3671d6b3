/**
 * The word check: a draft's body, parsed as markdown, must keep every word of the
 * source in order (the same check the site tests use on built pages,
 * `src/lib/words.ts`), with spacing compared the same way on both sides.
 */
import type { List, Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { firstMissingWord } from '../../src/lib/words.ts';
import { INVISIBLE, ODD_SPACES } from './paragraphs.ts';
import { ImportError } from './source.ts';

const INLINE_CONTAINERS = new Set<Nodes['type']>([
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

/** The words of a markdown body as a reader gets them: syntax dropped, list numbers kept. */
export function bodyText(markdown: string): string {
  const tree: Root = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const parts: string[] = [];
  const walk = (node: Nodes, list?: List): void => {
    if (
      node.type === 'text' ||
      node.type === 'inlineCode' ||
      node.type === 'code' ||
      node.type === 'html'
    ) {
      parts.push(node.value);
    } else if (node.type === 'break') {
      parts.push(' ');
    } else if ('children' in node) {
      if (node.type === 'listItem' && list?.ordered === true && node.position !== undefined) {
        // A list's numbers are words of the letter ("1)"), but mdast keeps only the first.
        const marker = /^\s*(?:>\s*)*(\d+[.)])/.exec(
          markdown.slice(node.position.start.offset ?? 0),
        );
        if (marker?.[1] !== undefined) parts.push(` ${marker[1]} `);
      }
      for (const child of node.children) walk(child, node.type === 'list' ? node : undefined);
      // Blocks end a word; emphasis and links do not ("**Measurements**, for").
      if (!INLINE_CONTAINERS.has(node.type)) parts.push(' ');
    }
  };
  walk(tree);
  return parts.join('');
}

/** Spaces as the word check compares them: tabs, non-breaking and invisible spaces are all one space. */
const sameSpaces = (text: string): string => text.replace(ODD_SPACES, ' ').replace(INVISIBLE, ' ');

/** Refuses a body that lost a word of the source, naming the word and where it was. */
export function checkEveryWordKept(sourceText: string, body: string): void {
  const missing = firstMissingWord(sameSpaces(sourceText), sameSpaces(bodyText(body)));
  if (missing !== undefined) {
    throw new ImportError(
      `would lose the word "${missing.word}" (word ${missing.index + 1}, in "${missing.context}") in the draft; nothing written`,
    );
  }
}
