import { describe, expect, it } from 'vitest';
import {
  FIRST_PART_PATH,
  inPart,
  PART_FILTER,
  partLetters,
  partLettersSetting,
  partOrder,
  partRuns,
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

describe('splitting the search index into parts', () => {
  it('keeps up to the limit in one part at /pagefind/', () => {
    const parts = searchParts(letters(5), 5);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.path).toBe(FIRST_PART_PATH);
    expect(parts[0]?.slugs).toHaveLength(5);
    expect(searchParts(letters(3))).toHaveLength(1);
  });

  it('keeps up to 2,000 letters in one part, and makes about 25 parts of larger archives, of at most 10,000', () => {
    expect(partLetters(1)).toBe(2_000);
    expect(partLetters(10_000)).toBe(2_000);
    expect(partLetters(50_000)).toBe(2_000);
    expect(partLetters(50_001)).toBe(2_001);
    expect(partLetters(100_000)).toBe(4_000);
    expect(partLetters(250_000)).toBe(10_000);
    expect(partLetters(250_001)).toBe(10_000);
    expect(partLetters(1_000_000)).toBe(10_000);
    expect(searchParts(letters(2_000))).toHaveLength(1);
    expect(searchParts(letters(2_001)).map((p) => p.slugs.length)).toEqual([1_001, 1_000]);
    expect(searchParts(letters(10_000))).toHaveLength(5);
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

  it('orders letters of the same day by slug, as the letter lists do', () => {
    const sameDay = ['c', 'a', 'b'].map((slug) => ({ slug, sortKey: '2020-01-01' }));
    expect(searchParts(sameDay, 1).map((p) => p.slugs[0])).toEqual(['a', 'b', 'c']);
  });

  it('refuses a part size below one letter', () => {
    expect(() => searchParts(letters(2), 0)).toThrow('at least 1 letter, not 0');
  });

  it('reads the part size from POSTBAG_SEARCH_PART_LETTERS, naming the variable when it is wrong', () => {
    expect(partLettersSetting(undefined, 100_000)).toBe(4_000);
    expect(partLettersSetting(' ', 100_000)).toBe(4_000);
    expect(partLettersSetting('2500', 100_000)).toBe(2500);
    for (const wrong of ['0', '-3', '2.5', 'ten']) {
      expect(() => partLettersSetting(wrong, 10)).toThrow(
        `POSTBAG_SEARCH_PART_LETTERS must be a whole number of letters (1 or more), not "${wrong}"`,
      );
    }
  });
});

describe('searching every part', () => {
  it('lists the parts newest first, or oldest first, for a date sort', () => {
    expect(partOrder('newest', 3)).toEqual(['1', '2', '3']);
    expect(partOrder('oldest', 3)).toEqual(['3', '2', '1']);
    expect(partOrder('newest', 1)).toEqual(['1']);
  });

  it('lays out a search by date part by part, each as long as its share, skipping empty parts', () => {
    const shares = { '1': 4, '2': 0, '3': 2 };
    expect(partRuns(shares, 6, 'newest', 3)).toEqual([
      { part: '1', count: 4 },
      { part: '3', count: 2 },
    ]);
    expect(partRuns(shares, 6, 'oldest', 3)).toEqual([
      { part: '3', count: 2 },
      { part: '1', count: 4 },
    ]);
    expect(partRuns({}, 0, 'newest', 3)).toEqual([]);
    expect(() => partRuns({ '4': 1 }, 1, 'newest', 3)).toThrow('No such part of the index: 4');
    // Results no part counts would be lost: the search fails instead.
    expect(() => partRuns({}, 5, 'newest', 3)).toThrow(
      'The parts of the index count 0 results between them, not 5',
    );
  });

  it('limits a search to one part, keeping its own filters and sort', () => {
    expect(inPart({ filters: { topic: { any: ['nppf'] } }, sort: { date: 'asc' } }, '2')).toEqual({
      filters: { topic: { any: ['nppf'] }, [PART_FILTER]: { any: ['2'] } },
      sort: { date: 'asc' },
    });
  });
});
