/**
 * What a reader's search costs, measured in headless Chromium against a static
 * server that counts the bytes it sends. Pagefind fetches its index from a web
 * worker, which the page's resource timing does not see; the server sees all.
 *
 * - cold: a fresh browser context (empty cache, nothing loaded): the search
 *   page's own Pagefind downloads at load time plus the query's; the time is from
 *   submitting the query to the first results being shown. With an index in
 *   parts those are the newest part's, and the other parts load after them:
 *   `complete` is the time and bytes until every part's results are shown.
 * - warm: the same query submitted again in the same page: Pagefind already
 *   holds the chunks and fragments in memory. `warmFirstMs` is the time to its
 *   first results, `warmMs` to every part's.
 *
 * The full site is driven through its search page (/search/, which also loads
 * every filter's counts); the baseline, which has no search page, through
 * Pagefind's JS API on a letter page: search, then the first 10 results' data,
 * as the search page shows 10.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/chromium.ts';
import { serveStatic, type ServedFile, type StaticServer } from '../support/serve.ts';

/** One query's cost. */
export interface QueryCost {
  readonly query: string;
  readonly results: number;
  readonly coldKb: number;
  /** The same files as a CDN would send them: JS, CSS, HTML and JSON gzipped (Pagefind's own index files are gzipped already). */
  readonly coldGzipKb: number;
  /** Each file of the cold query, largest first. */
  readonly coldFiles: readonly { path: string; bytes: number; gzipBytes: number }[];
  readonly coldMs: number;
  /** Bytes and time until every part of the index has answered (the same as cold for one part). */
  readonly completeKb: number;
  readonly completeMs: number;
  readonly warmKb: number;
  /** Time until the warm search's first results are shown (the newest part's, with parts). */
  readonly warmFirstMs: number;
  /** Time until every part has answered the warm search. */
  readonly warmMs: number;
}

const kb = (files: readonly ServedFile[]) => files.reduce((sum, f) => sum + f.bytes, 0) / 1000;

/** Text a static host or CDN compresses on the fly. */
const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml)$/;

/** A served file's size as sent with gzip where a host would compress it. */
function gzipBytes(root: string, path: string, bytes: number): number {
  if (!COMPRESSIBLE.test(path)) return bytes;
  try {
    return gzipSync(readFileSync(join(root, path)), { level: 6 }).length;
  } catch {
    return bytes;
  }
}

/** A query ending in this is searched newest first (the site only: the baseline has no dates). */
export const NEWEST_FIRST = ' (newest first)';

/** How a site is searched: load the page, then run a query and say how many results. */
interface SearchDriver {
  open(page: Page, origin: string, startPath: string): Promise<void>;
  /** Runs the query until its first results are shown. */
  run(page: Page, query: string): Promise<void>;
  /** Waits until every part of the index has answered; the number of results. */
  complete(page: Page): Promise<number>;
}

/** Results of one part only, with the other parts still to answer (src/lib/search-results.ts). */
const PARTIAL = 'letters are still being searched';

const SITE: SearchDriver = {
  async open(page, origin) {
    await page.goto(`${origin}/search/`);
    await page.waitForFunction(() =>
      /^Type words/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
  },
  async run(page, query) {
    const newest = query.endsWith(NEWEST_FIRST);
    const words = newest ? query.slice(0, -NEWEST_FIRST.length) : query;
    // Submitting searches at once; typing would add the page's 250 ms debounce.
    await page.evaluate(
      ({ q, sort }) => {
        const form = document.querySelector<HTMLFormElement>('#search-form');
        const input = document.querySelector<HTMLInputElement>('#search-q');
        const order = document.querySelector<HTMLSelectElement>('#search-sort');
        const status = document.querySelector('#search-status');
        if (form === null || input === null || order === null || status === null)
          throw new Error('no search form');
        status.textContent = '';
        input.value = q;
        order.value = sort;
        form.requestSubmit();
      },
      { q: words, sort: newest ? 'newest' : 'relevance' },
    );
    await page.waitForFunction(() =>
      /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
  },
  async complete(page) {
    await page.waitForFunction((partial) => {
      const text = document.querySelector('#search-status')?.textContent ?? '';
      return /found/.test(text) && !text.includes(partial);
    }, PARTIAL);
    const status = (await page.textContent('#search-status')) ?? '';
    // "3 results in 2 letters found …" (results are answers), or "No results found …".
    if (status.startsWith('No results')) return 0;
    return Number(/^(\d+)/.exec(status)?.[1] ?? Number.NaN);
  },
};

const BASELINE: SearchDriver = {
  async open(page, origin, startPath) {
    await page.goto(`${origin}${startPath}`);
    await page.evaluate(async (url) => {
      const pagefind = (await import(url)) as { init(): Promise<void> };
      await pagefind.init();
      (window as unknown as { pagefind: unknown }).pagefind = pagefind;
    }, '/pagefind/pagefind.js');
  },
  async run(page, query) {
    const results = await page.evaluate(async (q) => {
      const pagefind = (
        window as unknown as {
          pagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
        }
      ).pagefind;
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return search.results.length;
    }, query);
    baselineResults.set(page, results);
  },
  complete(page) {
    return Promise.resolve(baselineResults.get(page) ?? Number.NaN);
  },
};

/** The baseline's result count for each page's last query: its first results are all of them. */
const baselineResults = new WeakMap<Page, number>();

async function measureQuery(
  browser: Browser,
  server: StaticServer,
  driver: SearchDriver,
  query: string,
  startPath: string,
  root: string,
): Promise<QueryCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const opened = server.served.length;
    await driver.open(page, server.origin, startPath);
    const loaded = server.served.length;
    let started = performance.now();
    await driver.run(page, query);
    const coldMs = performance.now() - started;
    const afterCold = server.served.length;
    const results = await driver.complete(page);
    const completeMs = performance.now() - started;
    const afterComplete = server.served.length;
    const pagefindAtLoad = server.served
      .slice(opened, loaded)
      .filter((f) => f.path.startsWith('/pagefind/'));
    started = performance.now();
    await driver.run(page, query);
    const warmFirstMs = performance.now() - started;
    await driver.complete(page);
    const warmMs = performance.now() - started;
    // Pagefind's files only: the browser also fetches the favicon, at its own moment.
    const pagefindFrom = (end: number) =>
      [...pagefindAtLoad, ...server.served.slice(loaded, end)].filter((f) =>
        f.path.startsWith('/pagefind/'),
      );
    const cold = pagefindFrom(afterCold);
    const coldFiles = cold
      .map((f) => ({ path: f.path, bytes: f.bytes, gzipBytes: gzipBytes(root, f.path, f.bytes) }))
      .sort((a, b) => b.bytes - a.bytes);
    return {
      query,
      results,
      coldKb: kb(cold),
      coldGzipKb: coldFiles.reduce((sum, f) => sum + f.gzipBytes, 0) / 1000,
      coldFiles,
      coldMs,
      completeKb: kb(pagefindFrom(afterComplete)),
      completeMs,
      warmKb: kb(server.served.slice(afterComplete)),
      warmFirstMs,
      warmMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * Measures each query, cold then warm, on the site in `distDir`. The baseline
 * is searched from `startPath`, any page of it (it has no home page).
 */
export async function measureSearch(
  distDir: string,
  kind: 'site' | 'baseline',
  queries: readonly string[],
  startPath = '/',
): Promise<QueryCost[]> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const costs: QueryCost[] = [];
    for (const query of queries) {
      if (kind === 'baseline' && query.endsWith(NEWEST_FIRST)) continue;
      const driver = kind === 'site' ? SITE : BASELINE;
      costs.push(await measureQuery(browser, server, driver, query, startPath, distDir));
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}
