import { describe, expect, it } from 'vitest';
import {
  FIRST_PART_PATH,
  GLOB_CHARS,
  partGlobs,
  mergePartCounts,
  PART_FILTER,
  partLettersSetting,
  partSearches,
  SEARCH_PART_LETTERS,
  searchParts,
} from '../../src/lib/search-parts';

/** `n` letters, one a day from 1 January 2011, in scrambled order. */
function letters(n: number): { slug: string; sortKey: string }[] {
  const list = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2011, 0, 1 + i)).toISOString().slice(0, 10);
    return { slug: `${day}-letter-${i}`, sortKey: day };
  });
  // Every third letter first, then the rest: the order in which they come must not matter.
  return [...list.filter((_, i) => i % 3 === 0), ...list.filter((_, i) => i % 3 !== 0)];
}

/** `n` slugs of `length` characters, starting with `letter`, in sorted order. */
const names = (n: number, length: number, letter: string) =>
  Array.from({ length: n }, (_, i) => `${letter}${String(i).padStart(length - 1, '0')}`);

/** The globs of the first of two equal parts: these slugs, then as many older letters. */
function globsOf(slugs: string[]): string[] {
  const letters = slugs.map((slug) => ({ slug, sortKey: '2020-01-01' }));
  const older = slugs.map((_, i) => ({ slug: `older-${String(i)}`, sortKey: '2019-01-01' }));
  const parts = searchParts([...letters, ...older], slugs.length);
  return parts[0] === undefined ? [] : partGlobs(parts[0], parts.length);
}

/** The slugs a glob names. */
const namesIn = (glob: string): string[] =>
  glob.slice('letters/{'.length, -'}/index.html'.length).split(',');

describe('splitting the search index into parts', () => {
  it('keeps up to the limit in one part at /pagefind/, which reads every letter page', () => {
    const parts = searchParts(letters(5), 5);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.path).toBe(FIRST_PART_PATH);
    expect(parts[0] && partGlobs(parts[0], parts.length)).toEqual(['letters/*/index.html']);
    expect(parts[0]?.slugs).toHaveLength(5);
    expect(searchParts(letters(3))).toHaveLength(1);
    expect(SEARCH_PART_LETTERS).toBe(10_000);
  });

  it('splits past the limit into even runs of consecutive letters, newest first', () => {
    const all = letters(25);
    const parts = searchParts(all, 10);
    expect(parts.map((p) => p.path)).toEqual([
      '/pagefind/',
      '/pagefind/part-2/',
      '/pagefind/part-3/',
    ]);
    expect(parts.map((p) => p.slugs.length)).toEqual([8, 9, 8]);
    // Every letter once, and the parts one after the other in date order, newest first.
    const newestFirst = [...all].sort((a, b) => b.sortKey.localeCompare(a.sortKey));
    expect(parts.flatMap((p) => p.slugs)).toEqual(newestFirst.map((l) => l.slug));
    expect(parts.map((p) => [p.newest, p.oldest])).toEqual([
      ['2011-01-25', '2011-01-18'],
      ['2011-01-17', '2011-01-09'],
      ['2011-01-08', '2011-01-01'],
    ]);
  });

  it('names each part’s letters in its glob', () => {
    const parts = searchParts(letters(4), 2);
    expect(parts.map((part) => partGlobs(part, parts.length))).toEqual([
      ['letters/{2011-01-04-letter-3,2011-01-03-letter-2}/index.html'],
      ['letters/{2011-01-02-letter-1,2011-01-01-letter-0}/index.html'],
    ]);
  });

  it('names a large part’s letters in several globs, none longer than Pagefind reads', () => {
    // 10,001 letters with 50-character slugs, in two parts of about 5,000: 250,000 characters of names each.
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      slug: `2020-05-17-firstname-lastname-of-somewhere-${String(i).padStart(6, '0')}`,
      sortKey: '2020-05-17',
    }));
    const parts = searchParts([...many, { slug: 'older', sortKey: '2019-01-01' }], 10_000);
    const [first] = parts;
    if (first === undefined) throw new Error('no parts');
    const globs = partGlobs(first, parts.length);
    expect(globs).toHaveLength(3);
    for (const glob of globs) {
      expect(glob.length).toBeLessThanOrEqual(GLOB_CHARS);
      expect(glob).toMatch(/^letters\/\{[a-z0-9-]+(,[a-z0-9-]+)*\}\/index\.html$/);
    }
    expect(globs.flatMap(namesIn)).toEqual(first.slugs);
  });

  it('fills a glob up to exactly the longest length, and not one character past it', () => {
    // `letters/{…}/index.html` is 21 characters; 4,999 names of 19 and their commas are 99,979.
    const exactly = globsOf([...names(4999, 19, 'a'), ...names(3, 19, 'b')]);
    expect(exactly.map((glob) => glob.length)[0]).toBe(GLOB_CHARS);
    expect(namesIn(exactly[0] ?? '')).toHaveLength(4999);
    // 4,998 names of 19 fill 99,980; a comma and a name of 20 would make 100,001.
    const over = globsOf([...names(4998, 19, 'a'), ...names(1, 20, 'b')]);
    expect(over.map(namesIn).map((n) => n.length)).toEqual([4998, 1]);
  });

  it('orders letters of the same day by slug, as the letter lists do', () => {
    const sameDay = ['c', 'a', 'b'].map((slug) => ({ slug, sortKey: '2020-01-01' }));
    expect(searchParts(sameDay, 1).map((p) => p.slugs[0])).toEqual(['a', 'b', 'c']);
  });

  it('refuses a part size below one letter, and a slug a glob would misread', () => {
    expect(() => searchParts(letters(2), 0)).toThrow('at least 1 letter, not 0');
    expect(() => searchParts([{ slug: 'a,b', sortKey: '2020-01-01' }], 1)).toThrow(
      'Letter slug "a,b" cannot be globbed',
    );
  });

  it('reads the part size from POSTBAG_SEARCH_PART_LETTERS, naming the variable when it is wrong', () => {
    expect(partLettersSetting(undefined)).toBe(SEARCH_PART_LETTERS);
    expect(partLettersSetting(' ')).toBe(SEARCH_PART_LETTERS);
    expect(partLettersSetting('2500')).toBe(2500);
    for (const wrong of ['0', '-3', '2.5', 'ten']) {
      expect(() => partLettersSetting(wrong)).toThrow(
        `POSTBAG_SEARCH_PART_LETTERS must be a whole number of letters (1 or more), not "${wrong}"`,
      );
    }
  });
});

describe('searching every part', () => {
  const options = { filters: { topic: { any: ['nppf'] } }, sort: { date: 'desc' as const } };

  it('is one search for best match, which Pagefind merges by score itself', () => {
    expect(partSearches({ filters: options.filters }, 'relevance', 3)).toEqual([
      { filters: options.filters },
    ]);
  });

  it('is one search, unchanged, when there is one part', () => {
    expect(partSearches(options, 'newest', 1)).toEqual([options]);
  });

  it('is one search per part for a date sort, newest part first, or oldest part first', () => {
    const parts = (sort: 'newest' | 'oldest') =>
      partSearches(options, sort, 3).map((search) => search.filters?.[PART_FILTER]?.any);
    expect(parts('newest')).toEqual([['1'], ['2'], ['3']]);
    expect(parts('oldest')).toEqual([['3'], ['2'], ['1']]);
    // The reader's own filters and sort stay on every one of them.
    for (const search of partSearches(options, 'newest', 3)) {
      expect(search.filters?.['topic']).toEqual({ any: ['nppf'] });
      expect(search.sort).toEqual({ date: 'desc' });
    }
  });

  it('adds up filter counts, keeping values only one search has', () => {
    expect(
      mergePartCounts([
        { year: { '2024': 3, '2023': 1 }, topic: { nppf: 2 } },
        { year: { '2024': 2, '2019': 4 } },
      ]),
    ).toEqual({ year: { '2024': 5, '2023': 1, '2019': 4 }, topic: { nppf: 2 } });
    expect(mergePartCounts([])).toEqual({});
  });
});
