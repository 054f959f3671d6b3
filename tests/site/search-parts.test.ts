/**
 * The search index in parts (src/lib/search-parts.ts), as a reader meets it.
 * Parts begin past 2,000 letters; here two small sites are built with small parts
 * (POSTBAG_SEARCH_PART_LETTERS) and searched in headless Chromium:
 * - the real site, with parts of one letter, so each seed letter is in an index
 *   of its own;
 * - 12 letters of the benchmark's synthetic corpus in parts of 5 (three parts of
 *   4), for the order of letters within and across parts.
 * Expected orders come from each site's /letters/ page, which lists letters
 * newest first.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { readSearchParts } from '../../src/integrations/pagefind';
import { astroBuild, testBuildDir, type BuildResult } from '../support/astro-build';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';
import { all, readPage } from '../support/html';

const root = testBuildDir('parts');
const distDir = join(root, 'dist');
const corpusDir = join(root, 'corpus');
const corpusDist = join(corpusDir, 'dist');
let built: BuildResult;
let corpusBuilt: BuildResult;

beforeAll(async () => {
  generateCorpus({ letters: 12, seed: 5, from: 'content', to: join(corpusDir, 'content') });
  [built, corpusBuilt] = await Promise.all([
    astroBuild({
      outDir: distDir,
      cacheDir: join(root, 'cache'),
      env: { POSTBAG_SEARCH_PART_LETTERS: '1' },
    }),
    astroBuild({
      outDir: corpusDist,
      contentDir: join(corpusDir, 'content'),
      cacheDir: join(corpusDir, 'cache'),
      env: { POSTBAG_SEARCH_PART_LETTERS: '5' },
    }),
  ]);
}, 240_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const pathOf = (href: string): string => new URL(href, 'http://x').pathname;

/** Letter pages as a site's /letters/ lists them: newest first. */
function lettersNewestFirst(dir = distDir): string[] {
  return all(readPage(dir, '/letters/'), '.letter-list__title a').map((a) =>
    String(a.properties['href']),
  );
}

/** The letter page of each record in one index, from its fragments (gzipped JSON after a signature). */
function indexedPages(indexDir: string): string[] {
  return readdirSync(join(indexDir, 'fragment')).map((file) => {
    const text = gunzipSync(readFileSync(join(indexDir, 'fragment', file))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
}

describe('a search index built in parts of one letter', () => {
  it('indexes each letter in a part of its own, the newest at /pagefind/', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('Indexed 2 letter pages for search in 2 parts');
    const parts = readSearchParts(distDir);
    expect(parts.map((part) => part.path)).toEqual(['/pagefind/', '/pagefind/part-2/']);
    expect(parts.map((part) => indexedPages(join(distDir, part.path)))).toEqual(
      lettersNewestFirst().map((letter) => [letter]),
    );
    // The search page is told where the parts are.
    const form = all(readPage(distDir, '/search/'), '#search-form')[0];
    expect(form?.properties['dataSearchParts']).toBe('["/pagefind/","/pagefind/part-2/"]');
  });
});

describe('12 letters in parts of at most 5', () => {
  it('are three parts of 4 letters, consecutive in date order', () => {
    expect(corpusBuilt.status, corpusBuilt.output).toBe(0);
    const parts = readSearchParts(corpusDist);
    expect(parts.map((part) => part.slugs.length)).toEqual([4, 4, 4]);
    expect(parts.flatMap((part) => part.slugs.map((slug) => `/letters/${slug}/`))).toEqual(
      lettersNewestFirst(corpusDist),
    );
  });
});

/**
 * Whether the search status reports (`pattern`) on every part: a search can show one part's
 * results first and say the other letters are still being searched.
 */
function finalStatus(pattern: string): boolean {
  const text = document.querySelector('#search-status')?.textContent ?? '';
  return new RegExp(pattern).test(text) && !text.includes('letters are still being searched');
}

describe.skipIf(skipBrowserTests())('searching 12 letters in three parts', () => {
  const site = useSiteInBrowser(corpusDist);

  /** The result links for a search, once it has reported. */
  async function results(query: string): Promise<string[]> {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/search/${query}`);
    await page.waitForFunction(finalStatus, /found/.source);
    while (await page.isVisible('#search-more')) {
      const shown = await page.locator('.search-result').count();
      await page.click('#search-more');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.search-result').length > n,
        shown,
      );
    }
    const links = await page.$$eval('.search-result__title a', (as) =>
      as.map((a) => a.getAttribute('href') ?? ''),
    );
    await page.close();
    // Results are answers: the letters they are in, each once, in order.
    return [...new Set(links.map(pathOf))];
  }

  // Every synthetic letter's title says "(letter N)".
  it('lists every letter newest first, within and across parts', async () => {
    expect(await results('?q=letter&sort=newest')).toEqual(lettersNewestFirst(corpusDist));
  });

  it('lists every letter oldest first, within and across parts', async () => {
    expect(await results('?q=letter&sort=oldest')).toEqual(
      lettersNewestFirst(corpusDist).toReversed(),
    );
  });

  it('shows a later search by date from its first part first, once every part is loaded', async () => {
    const newestFirst = lettersNewestFirst(corpusDist);
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/search/?q=letter`);
    await page.waitForFunction(finalStatus, /found/.source);
    // Every status the page shows from now on, with the letters listed at that moment.
    type Seen = { text: string; links: string[] }[];
    await page.evaluate(() => {
      const status = document.querySelector('#search-status');
      if (status === null) throw new Error('no status');
      const seen: Seen = [];
      (window as unknown as { seen: Seen }).seen = seen;
      new MutationObserver(() => {
        const links = [...document.querySelectorAll('.search-result__title a')].map(
          (a) => a.getAttribute('href') ?? '',
        );
        seen.push({ text: status.textContent, links });
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const seen = () => page.evaluate(() => (window as unknown as { seen: Seen }).seen.splice(0));
    for (const [sort, first, rest, firstPart] of [
      ['oldest', 'oldest', 'newer', newestFirst.slice(-4)],
      ['newest', 'newest', 'older', newestFirst.slice(0, 4)],
    ] as const) {
      await seen();
      await page.selectOption('#search-sort', sort);
      // Until this search reports on every part (the status before it said the same).
      await page.waitForFunction(() =>
        (window as unknown as { seen: Seen }).seen.some(
          ({ text }) => text.includes('found') && !text.includes('being searched'),
        ),
      );
      const statuses = await seen();
      const partial = statuses.filter(({ text }) => text.includes('still being searched'));
      expect(partial.length, JSON.stringify(statuses)).toBeGreaterThan(0);
      for (const { text, links } of partial) {
        expect(text).toContain(
          ` so far among the ${first} letters; ${rest} letters are still being searched.`,
        );
        for (const link of links) expect(firstPart).toContain(pathOf(link));
      }
      expect(statuses.at(-1)?.text).toBe('12 results found for “letter”.');
    }
    await page.close();
  });

  it('finds every letter by best match, each once', async () => {
    const found = await results('?q=letter');
    expect([...found].sort()).toEqual([...lettersNewestFirst(corpusDist)].sort());
  });
});

describe.skipIf(skipBrowserTests())('searching an index in parts', () => {
  const site = useSiteInBrowser(distDir);
  let page: Page;

  async function openSearch(query: string): Promise<void> {
    page = await site.browser.newPage();
    await openSearchIn(page, query);
  }

  async function openSearchIn(into: Page, query: string): Promise<void> {
    await into.goto(`${site.server.origin}/search/${query}`);
    await into.waitForFunction(finalStatus, /found|match/.source);
  }

  /** The letters of the results (answers), each once, in order. */
  const resultLinks = async () => [
    ...new Set(
      (
        await page.$$eval('.search-result__title a', (links) =>
          links.map((a) => a.getAttribute('href') ?? ''),
        )
      ).map(pathOf),
    ),
  ];

  it('finds the letter in each part', async () => {
    const [newest, oldest] = lettersNewestFirst();
    await openSearch('?q=Wixams');
    expect(await resultLinks()).toEqual([newest]);
    await page.close();
    await openSearch('?q=%22Pharmacy%20First%22');
    expect(await resultLinks()).toEqual([oldest]);
    await page.close();
  });

  it('orders the letters of every part newest first, and oldest first', async () => {
    const newestFirst = lettersNewestFirst();
    expect(newestFirst).toHaveLength(2);
    await openSearch('?year=2024&sort=newest');
    expect(await resultLinks()).toEqual(newestFirst);
    await page.close();
    await openSearch('?year=2024&sort=oldest');
    expect(await resultLinks()).toEqual(newestFirst.toReversed());
    await page.close();
  });

  it('adds up the filter counts of every part, searched together or part by part', async () => {
    // Best match is one search Pagefind merges; a date sort also searches its parts one by one.
    for (const query of ['?year=2024', '?year=2024&sort=newest']) {
      await openSearch(query);
      await expect(page.textContent('#search-status')).resolves.toBe(
        '2 letters match the filters: Year: 2024.',
      );
      await page.waitForFunction(
        () => document.querySelector('[data-facet-count="year:2024"]')?.textContent === '(2)',
      );
      await page.close();
    }
  });

  it('says so when a part of the index cannot be loaded, instead of showing part of the results', async () => {
    page = await site.browser.newPage();
    await page.route('**/pagefind/part-2/**', (route) => route.abort());
    await page.goto(`${site.server.origin}/search/?q=Wixams`);
    await page.waitForFunction(() =>
      /could not load/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
    await page.close();
  });

  it("shows the newest part's results first, before the other parts are loaded", async () => {
    const [newest] = lettersNewestFirst();
    page = await site.browser.newPage();
    const held: (() => Promise<void>)[] = [];
    // What the results said when each of part 2's files was asked for.
    const statusAtRequest: string[] = [];
    await page.route('**/pagefind/part-2/**', async (route) => {
      statusAtRequest.push((await page.textContent('#search-status')) ?? '');
      held.push(() => route.continue());
    });
    await page.goto(`${site.server.origin}/search/?q=Wixams`);
    await page.waitForFunction(() =>
      /older letters are still being searched/.test(
        document.querySelector('#search-status')?.textContent ?? '',
      ),
    );
    await expect(page.textContent('#search-status')).resolves.toBe(
      '1 result found for “Wixams” so far among the newest letters; older letters are still being searched.',
    );
    expect(await resultLinks()).toEqual([newest]);
    // Part 2 is asked for only once the first results are on screen.
    expect(statusAtRequest.length).toBeGreaterThan(0);
    for (const status of statusAtRequest) expect(status).toMatch(/^1 result found/);
    for (const release of held.splice(0)) await release();
    await page.unroute('**/pagefind/part-2/**');
    await page.waitForFunction(finalStatus, /found/.source);
    await expect(page.textContent('#search-status')).resolves.toBe('1 result found for “Wixams”.');
    expect(await resultLinks()).toEqual([newest]);
    await page.close();
  });

  it('waits for every part before offering help, when the first part has no results', async () => {
    const [, oldest] = lettersNewestFirst();
    page = await site.browser.newPage();
    // Whether the help for a search without results was ever shown, and the vocabulary asked for.
    let vocabulary = false;
    page.on('request', (request) => {
      if (request.url().includes('/search/vocabulary')) vocabulary = true;
    });
    await page.addInitScript(() => {
      const w = window as unknown as { helpShown: boolean };
      w.helpShown = false;
      document.addEventListener('DOMContentLoaded', () => {
        const help = document.querySelector('#search-help');
        if (help === null) return;
        new MutationObserver(() => {
          if (!help.hasAttribute('hidden')) w.helpShown = true;
        }).observe(help, { attributes: true });
      });
    });
    // "Pharmacy First" is only in the oldest letter, in the second part.
    await openSearchIn(page, '?q=%22Pharmacy%20First%22&sort=newest');
    expect(await resultLinks()).toEqual([oldest]);
    await expect(
      page.evaluate(() => (window as unknown as { helpShown: boolean }).helpShown),
    ).resolves.toBe(false);
    expect(vocabulary).toBe(false);
    await page.close();
  });

  it('marks the searched words on a letter found in a later part', async () => {
    await openSearch('?q=Pharmacy');
    await page.click('.search-result__title a');
    await page.waitForSelector('mark.pagefind-highlight');
    await expect(page.textContent('mark.pagefind-highlight')).resolves.toMatch(/^Pharmacy$/i);
    await page.close();
  });
});
