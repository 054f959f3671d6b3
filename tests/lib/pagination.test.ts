import { describe, expect, it } from 'vitest';
import {
  countOf,
  DEFAULT_PAGE_SIZE,
  jumps,
  listingPages,
  pageCount,
  pageCountOf,
  pageItems,
  pageParam,
  pageSize,
  pagedPath,
  paginationNav,
  runsBy,
  shownPageNumbers,
  shownRange,
} from '../../src/lib/pagination';

describe('page size', () => {
  it('is the default unless POSTBAG_PAGE_SIZE sets a whole number', () => {
    expect(pageSize({})).toBe(DEFAULT_PAGE_SIZE);
    expect(pageSize({ POSTBAG_PAGE_SIZE: '7' })).toBe(7);
  });

  it('refuses a size that is not a whole number from 1, naming the variable', () => {
    for (const bad of ['0', '-3', '2.5', 'ten']) {
      expect(() => pageSize({ POSTBAG_PAGE_SIZE: bad })).toThrow(/POSTBAG_PAGE_SIZE/);
    }
  });
});

describe('pages of a listing', () => {
  it('counts pages, at least one for an empty listing', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageCountOf([[1, 2, 3], [1]], 2)).toBe(2);
    expect(pageCountOf([], 2)).toBe(1);
  });

  it('slices each page', () => {
    const items = [1, 2, 3, 4, 5];
    expect(pageItems(items, 1, 2)).toEqual([1, 2]);
    expect(pageItems(items, 3, 2)).toEqual([5]);
    expect(pageItems(items, 4, 2)).toEqual([]);
  });

  it('keeps page 1 at the listing’s address and puts later pages under page/<n>/', () => {
    expect(pagedPath('/letters/', 1)).toBe('/letters/');
    expect(pagedPath('/letters/', 2)).toBe('/letters/page/2/');
    expect(pagedPath('/letters/2024/', 3)).toBe('/letters/2024/page/3/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(4)).toBe('page/4');
  });
});

describe('the pagination navigation', () => {
  it('shows the first and last page and two either side of the current one', () => {
    expect(shownPageNumbers(1, 1)).toEqual([1]);
    expect(shownPageNumbers(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(shownPageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(shownPageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('links first, previous, next and last only where they lead somewhere', () => {
    const first = paginationNav('/letters/', 1, 3);
    expect(first.first).toBeUndefined();
    expect(first.previous).toBeUndefined();
    expect(first.next).toEqual({ page: 2, href: '/letters/page/2/' });
    expect(first.last).toEqual({ page: 3, href: '/letters/page/3/' });
    const middle = paginationNav('/letters/', 2, 3);
    expect(middle.previous).toEqual({ page: 1, href: '/letters/' });
    expect(middle.numbers.map((n) => n?.href)).toEqual([
      '/letters/',
      '/letters/page/2/',
      '/letters/page/3/',
    ]);
    const last = paginationNav('/letters/', 3, 3);
    expect(last.next).toBeUndefined();
    expect(last.last).toBeUndefined();
  });
});

describe('jumps and runs', () => {
  it('finds the page where each key begins, with how many items it has', () => {
    const years = ['2025', '2025', '2025', '2024', '2024', '2023'];
    expect(jumps(years, (y) => y, 2)).toEqual([
      { key: '2025', count: 3, page: 1 },
      { key: '2024', count: 2, page: 2 },
      { key: '2023', count: 1, page: 3 },
    ]);
  });

  it('splits a page into runs of the same key', () => {
    expect(runsBy(['a', 'a', 'b', 'a'], (x) => x)).toEqual([
      ['a', ['a', 'a']],
      ['b', ['b']],
      ['a', ['a']],
    ]);
  });
});

describe('counts in words', () => {
  it('writes totals with thousands separators', () => {
    expect(countOf(1, 'letter')).toBe('1 letter');
    expect(countOf(1234, 'letter')).toBe('1,234 letters');
    expect(countOf(2, 'answer')).toBe('2 answers');
  });

  it('says which items a page shows, or nothing when one page holds them all', () => {
    expect(shownRange(2, 50, 1234, 'letters')).toBe('letters 51–100 of 1,234');
    expect(shownRange(3, 50, 101, 'letters')).toBe('letters 101 of 101');
    expect(shownRange(1, 50, 20, 'letters')).toBe('');
    expect(shownRange(4, 50, 101, 'letters')).toBe('');
  });
});

describe('a listing of lists side by side', () => {
  it('has as many pages as its longest list, each with its slice and every total', () => {
    const pages = listingPages({ sent: [1, 2, 3], received: ['a'] }, 2);
    expect(pages).toEqual([
      {
        page: 1,
        count: 2,
        items: { sent: [1, 2], received: ['a'] },
        totals: { sent: 3, received: 1 },
      },
      { page: 2, count: 2, items: { sent: [3], received: [] }, totals: { sent: 3, received: 1 } },
    ]);
    expect(listingPages({ none: [] }, 5)).toHaveLength(1);
  });
});
