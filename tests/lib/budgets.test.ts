import { describe, expect, it } from 'vitest';
import {
  budgetsFrom,
  checkBudgets,
  FILE_BUDGET,
  fullestFolder,
  LETTER_PAGE_LIMIT,
  PAGE_BUDGET,
} from '../../src/lib/budgets';

const page = (path: string, bytes: number, letterPage = false) => ({ path, bytes, letterPage });

describe('size budgets', () => {
  it('are 200 kB a page and 25 MiB a file', () => {
    expect(PAGE_BUDGET).toBe(200_000);
    expect(FILE_BUDGET).toBe(25 * 1024 * 1024);
    expect(budgetsFrom({})).toEqual({
      page: PAGE_BUDGET,
      letterPage: LETTER_PAGE_LIMIT,
      file: FILE_BUDGET,
    });
  });

  it('pass pages and files within them', () => {
    const report = checkBudgets([
      page('/letters/index.html', PAGE_BUDGET),
      page('/data/letters/2024.json', FILE_BUDGET),
    ]);
    expect(report).toEqual({ errors: [], warnings: [] });
  });

  it('name each page and file over them, largest first', () => {
    const report = checkBudgets([
      page('/topics/housing/index.html', PAGE_BUDGET + 1),
      page('/data/letters/2024.json', FILE_BUDGET + 1),
      page('/big.css', PAGE_BUDGET + 1),
    ]);
    expect(report.errors).toEqual([
      '/data/letters/2024.json: 26.2 MB, over the 26.2 MB budget for any file',
      '/topics/housing/index.html: 200.0 kB, over the 200.0 kB budget for a page',
    ]);
  });

  it('allow a long letter’s own page past the page budget with a warning, up to a hard limit', () => {
    const report = checkBudgets([
      page('/letters/long/index.html', 300_000, true),
      page('/letters/endless/index.html', LETTER_PAGE_LIMIT + 1, true),
    ]);
    expect(report.warnings).toEqual([
      '/letters/long/index.html: 300.0 kB, over the 200.0 kB page budget: allowed, as the letter’s own text is that long',
    ]);
    expect(report.errors).toEqual([
      '/letters/endless/index.html: 5.0 MB, over the 5.0 MB limit for a letter page',
    ]);
  });

  it('can be lowered for tests, and refuse a size that is not a whole number', () => {
    expect(
      budgetsFrom({ POSTBAG_PAGE_BUDGET_BYTES: '10', POSTBAG_FILE_BUDGET_BYTES: '20' }),
    ).toEqual({
      page: 10,
      letterPage: LETTER_PAGE_LIMIT,
      file: 20,
    });
    expect(() => budgetsFrom({ POSTBAG_FILE_BUDGET_BYTES: '1e6' })).toThrow(
      /POSTBAG_FILE_BUDGET_BYTES/,
    );
  });
});

describe('the fullest folder', () => {
  it('counts the files and folders directly in each folder', () => {
    expect(
      fullestFolder([
        '/index.html',
        '/letters/a/index.html',
        '/letters/b/index.html',
        '/letters/c/index.html',
        '/letters/page/2/index.html',
        '/data/index.json',
      ]),
    ).toEqual({ folder: '/letters/', entries: 4 });
  });
});
