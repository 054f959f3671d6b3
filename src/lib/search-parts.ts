/**
 * The search index, in parts. Pagefind's indexer holds everything it indexes in
 * memory until it writes the index, about 0.5 MB a letter (4.7 GB for 10,000
 * letters, 13.6 GB for 30,000), so one index of 100,000 letters would need about
 * 45 GB. The build therefore indexes the letters in parts (`partLetters` says how
 * large), each written and freed as soon as its last letter is in
 * (src/integrations/pagefind.ts), and the search page searches every part and
 * merges the results. Up to 2,000 letters there is one part, at `/pagefind/`,
 * and the search page works exactly as with a single index.
 *
 * Parts are runs of consecutive letters in date order, newest first: the first
 * part (at `/pagefind/`, where the letter pages also find Pagefind's highlight
 * script) holds the newest letters. So "newest first" across parts is each part's
 * own date-sorted results one part after the other, and "oldest first" the same
 * from the last part back; best match interleaves the parts by score, as Pagefind's
 * multisite merging (`mergeIndex`) does. Pure: the build, the search page and the
 * tests share it.
 */
import { sortNewestFirst } from './dates.ts';
import type { PagefindOptions } from './search-state';

/**
 * How many letters a part of the index holds (see `partLetters`): about a
 * `parts`-th of the archive, but no fewer than `least` and no more than `most`.
 */
export const SEARCH_PART_LETTERS = { least: 2_000, most: 10_000, parts: 25 } as const;

/**
 * The most letters in one part of the index of an archive of `total` letters. The
 * index is written part by part while Astro renders, so a part's size bounds the
 * indexer's memory (about 0.5 MB a letter while it writes), and a reader's first
 * search is answered from the newest part alone, so it bounds that search's
 * download too; but each part has its own chunk of every word and its own page
 * list, so the full results grow with the number of parts. Hence parts of at
 * least 2,000 letters (a 10,000-letter build peaks at about 3 GiB), about a twenty-fifth
 * of the archive past 50,000 (a full search loads at most 25 parts up to 250,000
 * letters), and at most 10,000 (the indexer's memory bounded at about 5 GB). At
 * 100,000 letters, parts of 4,000 against 6,250 built 4 % faster, peaked 913 MiB
 * lower, and answered the first and the full results sooner; the full results'
 * bytes moved either way, by up to 20 % (docs/performance.md, eighth session).
 */
export function partLetters(total: number): number {
  const { least, most, parts } = SEARCH_PART_LETTERS;
  return Math.min(most, Math.max(least, Math.ceil(total / parts)));
}

/** Where the build writes the list of parts, inside the built site, for the indexer to read. */
export const SEARCH_PARTS_FILE = 'search/index-parts.json';

/** The folder of the first part, and of Pagefind's scripts. */
export const FIRST_PART_PATH = '/pagefind/';

/** One part of the search index. */
export interface SearchPart {
  /** Where its index is served from, ending in a slash: `/pagefind/`, `/pagefind/part-2/`, … */
  readonly path: string;
  /** Its letters, newest first. */
  readonly slugs: readonly string[];
  /** Sort keys (`yyyy-mm-dd`) of its newest and oldest letters. */
  readonly newest: string;
  readonly oldest: string;
}

/** The folder of part `n` (counting from 1). */
const partPath = (n: number): string => (n === 1 ? FIRST_PART_PATH : `/pagefind/part-${n}/`);

/**
 * Splits the letters into parts of at most `maxLetters`, newest first, as evenly
 * as possible (25,000 letters in parts of at most 10,000 make three parts of about
 * 8,333, not 10,000, 10,000 and 5,000).
 */
export function searchParts(
  letters: readonly { readonly slug: string; readonly sortKey: string }[],
  maxLetters: number = partLetters(letters.length),
): SearchPart[] {
  if (!Number.isSafeInteger(maxLetters) || maxLetters < 1) {
    throw new Error(`A search index part must hold at least 1 letter, not ${String(maxLetters)}`);
  }
  const ordered = sortNewestFirst(letters);
  const count = Math.max(1, Math.ceil(ordered.length / maxLetters));
  return Array.from({ length: count }, (_, i) => {
    const run = ordered.slice(
      Math.round((i * ordered.length) / count),
      Math.round(((i + 1) * ordered.length) / count),
    );
    const slugs = run.map((letter) => letter.slug);
    return {
      path: partPath(i + 1),
      slugs,
      newest: run[0]?.sortKey ?? '',
      oldest: run.at(-1)?.sortKey ?? '',
    };
  });
}

/**
 * The part size for an archive of `total` letters: `partLetters(total)`, or the
 * environment's POSTBAG_SEARCH_PART_LETTERS when set, naming the variable if it
 * is not a whole number.
 */
export function partLettersSetting(value: string | undefined, total: number): number {
  if (value === undefined || value.trim() === '') return partLetters(total);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new Error(
      `POSTBAG_SEARCH_PART_LETTERS must be a whole number of letters (1 or more), not "${value}"`,
    );
  }
  return n;
}

/**
 * The filter Pagefind gives every page of part `n` (as `mergeFilter`, on the
 * search page), so that one search can be run in one part.
 */
export const PART_FILTER = 'part';

/** Search options limited to part `part` of the index. */
export function inPart(options: PagefindOptions, part: string): PagefindOptions {
  return { ...options, filters: { ...options.filters, [PART_FILTER]: { any: [part] } } };
}

/**
 * The parts' numbers in the order a date sort lists their letters: newest part first, or
 * last. Parts are runs of letters in date order, so "newest first" across parts is each
 * part's own date-sorted results, one part after the other; Pagefind's search of every
 * part cannot give that order itself, because it merges parts by score even when sorting,
 * and a sorted search's scores only rank results within their own part.
 */
export function partOrder(sort: 'newest' | 'oldest', partCount: number): string[] {
  const newestFirst = Array.from({ length: partCount }, (_, i) => String(i + 1));
  return sort === 'newest' ? newestFirst : newestFirst.toReversed();
}

/** One part's results in a search by date: the part's number, and how many. */
export interface PartRun {
  readonly part: string;
  readonly count: number;
}

/**
 * How a search by date across `partCount` parts lists its results: one run a part with
 * results, in the order listed, as long as the part's share of the results.
 * `shares` are the part filter's counts in Pagefind's one search across every part,
 * which finds the same results (and counts them) without listing them by date: a
 * part's own search does that, once one of its results is needed. Throws on a share
 * of a part that does not exist, or shares that do not add up to the `total` results.
 */
export function partRuns(
  shares: Readonly<Record<string, number>>,
  total: number,
  sort: 'newest' | 'oldest',
  partCount: number,
): PartRun[] {
  const order = partOrder(sort, partCount);
  const unknown = Object.entries(shares).filter(([part, n]) => n > 0 && !order.includes(part));
  if (unknown.length > 0) {
    throw new Error(`No such part of the index: ${unknown.map(([part]) => part).join(', ')}`);
  }
  const runs = order
    .map((part) => ({ part, count: shares[part] ?? 0 }))
    .filter((run) => run.count > 0);
  const counted = runs.reduce((sum, run) => sum + run.count, 0);
  if (counted !== total) {
    throw new Error(`The parts of the index count ${counted} results between them, not ${total}`);
  }
  return runs;
}
