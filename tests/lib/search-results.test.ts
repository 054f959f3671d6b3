import { describe, expect, it } from 'vitest';
import type { IndexedPage } from '../../src/lib/search-answers';
import { parseQuery } from '../../src/lib/search-match';
import { describeResults, resultStream } from '../../src/lib/search-results';

const page = (url: string, content: string): IndexedPage => ({
  url,
  content,
  meta: { title: url },
  anchors: [],
});

describe('the results of a search', () => {
  const pages = [
    page('/a/', 'zebra crossing near the school'),
    page('/b/', 'Undated (c. February 2024) crossing'),
    page('/c/', 'a zebra crossing and another zebra crossing'),
  ];

  it('lists only the pages that truly match, best first, and counts them exactly once all are checked', async () => {
    let loads = 0;
    const stream = resultStream(
      parseQuery('zebra crossing'),
      pages.length,
      (i) => {
        loads += 1;
        return Promise.resolve(pages[i] as IndexedPage);
      },
      { topics: [], order: 'score', batch: 2 },
    );
    await stream.fill(1);
    // One batch of two letters was enough for one result.
    expect(loads).toBe(2);
    expect(stream.checked).toBe(2);
    await stream.fill(10);
    expect(stream.listed.map((l) => l.page.url)).toEqual(['/c/', '/a/']);
    expect(stream.checked).toBe(3);
    expect(stream.letters).toBe(2);
  });

  it('keeps the candidates’ order when sorted by date', async () => {
    const stream = resultStream(
      parseQuery('zebra'),
      pages.length,
      (i) => Promise.resolve(pages[i] as IndexedPage),
      {
        topics: [],
        order: 'candidates',
      },
    );
    await stream.fill(10);
    expect(stream.listed.map((l) => l.page.url)).toEqual(['/a/', '/c/']);
  });

  it('says what was searched, with which filters, and how many results, and whether any are left to check', () => {
    const base = { query: 'GP', filters: [], results: 3, letters: 1, checked: 5, candidates: 5 };
    expect(describeResults(base)).toBe('3 results in 1 letter found for “GP”.');
    expect(describeResults({ ...base, filters: ['Topic: GP workforce'] })).toBe(
      '3 results in 1 letter found for “GP”, filtered by Topic: GP workforce.',
    );
    expect(describeResults({ ...base, results: 0, letters: 0 })).toBe('No results found for “GP”.');
    expect(describeResults({ ...base, results: 1, letters: 1, checked: 40, candidates: 90 })).toBe(
      '1 result found for “GP” so far; 50 more letters still to check.',
    );
    expect(describeResults({ ...base, query: '"Pharmacy first"', results: 2, letters: 2 })).toBe(
      '2 results found for "Pharmacy first".',
    );
    expect(
      describeResults({ ...base, query: '', filters: ['Year: 2024'], results: 2, letters: 2 }),
    ).toBe('2 letters match the filters: Year: 2024.');
    expect(describeResults({ ...base, soFarAmong: 'newest' })).toBe(
      '3 results in 1 letter found for “GP” so far among the newest letters; older letters are still being searched.',
    );
    expect(describeResults({ ...base, results: 0, letters: 0, soFarAmong: 'newest' })).toBe(
      '0 results found for “GP” so far among the newest letters; older letters are still being searched.',
    );
    expect(describeResults({ ...base, soFarAmong: 'oldest' })).toBe(
      '3 results in 1 letter found for “GP” so far among the oldest letters; newer letters are still being searched.',
    );
  });
});
