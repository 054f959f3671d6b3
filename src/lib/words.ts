/**
 * Words of a letter, for checking that no word is lost between a source and what
 * Postbag shows. Built pages are checked against their sources in the site tests,
 * and the importer checks each draft before writing it: both use this module, so
 * "a word" means the same thing in both places.
 */

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

/** Where a word of the source went missing: its index, the word, and the words around it. */
export interface MissingWord {
  /** Index of the first missing word in the source's words. */
  readonly index: number;
  /** The missing word. */
  readonly word: string;
  /** A few source words around it, to find the place. */
  readonly context: string;
}

/** Finds the first source word that `copy` lacks (in order), or `undefined` when every word is kept. */
export function firstMissingWord(source: string, copy: string): MissingWord | undefined {
  const needles = wordsOf(source);
  const index = firstMissingInOrder(needles, wordsOf(copy));
  if (index === -1) return undefined;
  return {
    index,
    word: needles[index] ?? '',
    context: needles.slice(Math.max(0, index - 4), index + 5).join(' '),
  };
}
