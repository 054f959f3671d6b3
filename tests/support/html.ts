/** Reading built pages in tests: parse HTML, select elements, and take their text as a reader gets it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** Parses the built page at a site path such as `/letters/x/`. */
export function readPage(distDir: string, sitePath: string): Root {
  const file = join(distDir, sitePath, sitePath.endsWith('/') ? 'index.html' : '');
  return fromHtml(readFileSync(file, 'utf8'));
}

/** The first element matching a CSS selector; throws if there is none. */
export function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree);
  if (found === undefined) throw new Error(`no element matches ${selector}`);
  return found;
}

/** Every element matching a CSS selector. */
export const all = (tree: Root | Element, selector: string): Element[] => selectAll(selector, tree);

/** The text of an element as rendered: line breaks and blocks become white space. */
export const textOf = (node: Element): string => toText(node);

/** Word logic is shared with the importer (`src/lib/words.ts`); re-exported for site tests. */
export { firstMissingInOrder, wordsOf } from '../../src/lib/words.ts';
