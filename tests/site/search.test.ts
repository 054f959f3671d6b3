/**
 * Search, as a reader uses it: the built site served on a loopback port and
 * driven in headless Chromium. Expected letters come from the built pages
 * themselves (which letter mentions Wixams, which letters a topic page lists),
 * never from a hard-coded list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';
import { all, readPage } from '../support/html';

const distDir = inject('distDir');
const skip = skipBrowserTests();

/** Letter pages whose built HTML contains a phrase. */
function lettersMentioning(phrase: string): string[] {
  return readdirSync(join(distDir, 'letters'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && !/^\d{4}$/.test(d.name))
    .filter((d) =>
      readFileSync(join(distDir, 'letters', d.name, 'index.html'), 'utf8').includes(phrase),
    )
    .map((d) => `/letters/${d.name}/`);
}

const pathOf = (href: string): string => new URL(href, 'http://x').pathname;

describe.skipIf(skip)('search in the browser', () => {
  const site = useSiteInBrowser(distDir);
  let page: Page;

  /** Opens the search page with a query string and waits until it has reported a result count. */
  async function openSearch(query: string): Promise<void> {
    page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/search/${query}`);
    await page.waitForFunction(
      () => (document.querySelector('#search-status')?.textContent ?? '') !== '',
    );
  }

  const resultLinks = () =>
    page.$$eval('.search-result__title a', (links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    );
  const answerLinks = () =>
    page.$$eval('.search-result__answer > a', (links) =>
      links.map((a) => a.getAttribute('href') ?? ''),
    );

  it('finds the minister’s letter for “Wixams” as soon as /search/?q=Wixams opens, with no typing', async () => {
    const expected = lettersMentioning('Wixams');
    expect(expected).toHaveLength(1);
    await openSearch('?q=Wixams');
    expect((await resultLinks()).map(pathOf)).toEqual(expected);
    expect(await page.inputValue('#search-q')).toBe('Wixams');
    await page.close();
  });

  it('ranks the letter with reference PO-1531376 first when the reference is typed as is', async () => {
    const [expected] = lettersMentioning('PO-1531376');
    await openSearch('?q=PO-1531376');
    expect((await resultLinks()).map(pathOf)[0]).toBe(expected);
    await expect(page.textContent('.search-result__meta')).resolves.toContain('PO-1531376');
    await page.close();
  });

  it('finds “Pharmacy First” in the Sevenoaks letter with a sub-result linking to the ICB’s answer', async () => {
    await openSearch('?q=Pharmacy%20First');
    const answers = await answerLinks();
    const target = answers.find((href) => href.endsWith('#questions-6-7'));
    expect(target, `answer links: ${answers.join(', ')}`).toBeDefined();
    // The anchor exists on the letter page it points to.
    const letter = readPage(distDir, pathOf(target ?? ''));
    expect(all(letter, '[id="questions-6-7"]')).toHaveLength(1);
    await page.close();
  });

  it('matches a quoted phrase exactly, and not the same words in another order', async () => {
    await openSearch('?q=%22Pharmacy%20first%22');
    expect(await resultLinks()).toHaveLength(1);
    await page.close();
    await openSearch('?q=%22first%20Pharmacy%22');
    expect(await resultLinks()).toHaveLength(0);
    await expect(page.textContent('#search-status')).resolves.toMatch(/^0 letters found/);
    await page.close();
  });

  it('filters by topic to exactly the letters the topic page lists', async () => {
    const topicPage = readPage(distDir, '/topics/housing-targets/');
    const listed = all(topicPage, '.letter-list__title a').map((a) => String(a.properties['href']));
    expect(listed.length).toBeGreaterThan(0);
    await openSearch('?topic=housing-targets');
    expect((await resultLinks()).map(pathOf).sort()).toEqual([...listed].sort());
    expect(await page.isChecked('input[name="topic"][value="housing-targets"]')).toBe(true);
    await page.close();
  });

  it('keeps the query, filters and sort in the URL as the reader types and ticks', async () => {
    await openSearch('');
    await page.fill('#search-q', 'GP');
    await page.check('input[name="topic"][value="gp-workforce"]');
    await page.selectOption('#search-sort', 'newest');
    await page.waitForFunction(() => window.location.search.includes('sort=newest'));
    expect(new URL(page.url()).search).toBe('?q=GP&topic=gp-workforce&sort=newest');
    await page.waitForFunction(() =>
      /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    // A reload of that address gives the same search back.
    await page.reload();
    await page.waitForFunction(() =>
      /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(await page.inputValue('#search-q')).toBe('GP');
    expect(await page.isChecked('input[name="topic"][value="gp-workforce"]')).toBe(true);
    expect(await page.inputValue('#search-sort')).toBe('newest');
    await page.close();
  });

  it('shows filter counts once the reader reaches the filters, and announces the result count politely', async () => {
    await openSearch('?q=Wixams');
    const status = page.locator('#search-status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.textContent()).resolves.toBe('1 letter found for “Wixams”');
    const count = '[data-facet-count="year:2024"]';
    await expect(page.textContent(count)).resolves.toBe('');
    // The results already shown stay as they are (not re-rendered) when the counts arrive.
    await page.evaluate(() => {
      document.querySelector<HTMLElement>('.search-result')?.setAttribute('data-kept', '');
    });
    // Tabbing into the filters loads the counts, for the search already shown.
    await page.focus('#search-filters input[type="checkbox"]');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent !== '',
      count,
    );
    await expect(page.textContent(count)).resolves.toBe('(1)');
    await expect(status.textContent()).resolves.toBe('1 letter found for “Wixams”');
    await expect(page.locator('.search-result[data-kept]').count()).resolves.toBe(1);
    await page.close();
  });

  it('shows counts at once when the address already has a filter', async () => {
    await openSearch('?q=Wixams&year=2024');
    await page.waitForFunction(
      () => document.querySelector('[data-facet-count="year:2024"]')?.textContent === '(1)',
    );
    await page.close();
  });

  it('reaches the search page from the header form on any page, by keyboard, with "/" to focus it', async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/topics/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('Wixams');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Wixams$/);
    await page.waitForFunction(() =>
      /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect((await resultLinks()).map(pathOf)).toEqual(lettersMentioning('Wixams'));
    await page.close();
  });

  it('marks the searched words on the letter page opened from a result', async () => {
    await openSearch('?q=Wixams');
    await page.click('.search-result__title a');
    await page.waitForSelector('mark.pagefind-highlight');
    await expect(page.textContent('mark.pagefind-highlight')).resolves.toBe('Wixams');
    await page.close();
  });

  it('says without JavaScript that search needs it, and links to the browsing indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=Wixams`);
    await expect(page.isVisible('#search-needs-js')).resolves.toBe(true);
    await expect(page.isVisible('#search-form')).resolves.toBe(false);
    const links = await page.$$eval('#search-needs-js a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual(expect.arrayContaining(['/topics/', '/people/', '/letters/']));
    await context.close();
  });

  it('transfers a bounded amount for a first query, and reports it', async () => {
    const opened = site.server.served.length;
    await openSearch('');
    await expect(page.textContent('#search-status')).resolves.toMatch(/^Type words/);
    const before = site.server.served.length;
    const started = Date.now();
    // Submitting (Enter) searches at once; typing would add the 250 ms debounce.
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('#search-form');
      const input = document.querySelector<HTMLInputElement>('#search-q');
      if (form === null || input === null) throw new Error('no search form');
      input.value = 'Wixams';
      form.requestSubmit();
    });
    await page.waitForFunction(() =>
      /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    const elapsed = Date.now() - started;
    const search = site.server.served.slice(before);
    const pageLoad = site.server.served
      .slice(opened, before)
      .filter((f) => f.path.startsWith('/pagefind/'));
    const bytes = [...pageLoad, ...search].reduce((sum, f) => sum + f.bytes, 0);
    process.stdout.write(
      `First query "Wixams": ${bytes} bytes of Pagefind files (${pageLoad.length + search.length} files), ${elapsed} ms from submitting to results\n`,
    );
    // A budget, not a timing: the bytes are fixed by the build and the content.
    expect(bytes).toBeLessThan(300_000);
    // Filter counts are fetched only when the reader reaches for the filters.
    expect([...pageLoad, ...search].filter((f) => f.path.startsWith('/pagefind/filter/'))).toEqual(
      [],
    );
    await page.close();
  });
});
