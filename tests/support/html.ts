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

/**
 * Splits text into the words a reader sees, for comparing a source with a page.
 * Markdown emphasis stars left by PDF extraction are not words, nor are bullet
 * glyphs; every other character counts, punctuation and typos included.
 */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((token) => token.replaceAll('*', ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/**
 * Checks that `needles` appear in `haystack` in the same order, with anything in
 * between. Returns the index of the first needle that could not be found, or -1.
 */
export function firstMissingInOrder(
  needles: readonly string[],
  haystack: readonly string[],
): number {
  let at = 0;
  for (const [i, needle] of needles.entries()) {
    while (at < haystack.length && haystack[at] !== needle) at++;
    if (at === haystack.length) return i;
    at++;
  }
  return -1;
}
