/**
 * Search, as a reader uses it: the built site served on a loopback port and
 * driven in headless Chromium. Expected letters come from the built pages
 * themselves (which letter mentions Wixams, which letters a topic page lists),
 * never from a hard-coded list. A result is an answer (linking to its anchor)
 * or a whole letter; `resultLetters` gives the letters they are in.
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
  /** The letters the results are in, each once, in order. */
  const resultLetters = async () => [...new Set((await resultLinks()).map(pathOf))];
  /** The answer anchors of the results (empty for a whole-letter result). */
  const resultAnchors = async () =>
    (await resultLinks()).map((href) => new URL(href, 'http://x').hash.slice(1));

  it('finds the minister’s letter for “Wixams” as soon as /search/?q=Wixams opens, with no typing', async () => {
    const expected = lettersMentioning('Wixams');
    expect(expected).toHaveLength(1);
    await openSearch('?q=Wixams');
    expect(await resultLetters()).toEqual(expected);
    expect(await page.inputValue('#search-q')).toBe('Wixams');
    await page.close();
  });

  it('ranks the letter with reference PO-1531376 first when the reference is typed as is', async () => {
    const [expected] = lettersMentioning('PO-1531376');
    await openSearch('?q=PO-1531376');
    expect((await resultLetters())[0]).toBe(expected);
    await expect(page.textContent('.search-result__meta')).resolves.toContain('PO-1531376');
    await page.close();
  });

  it('finds “Pharmacy First” in the Sevenoaks letter as a result linking to the ICB’s answer, with its speaker', async () => {
    await openSearch('?q=Pharmacy%20First');
    const answers = await resultLinks();
    const target = answers.find((href) => href.endsWith('#questions-6-7'));
    expect(target, `answer links: ${answers.join(', ')}`).toBeDefined();
    const result = page.locator('.search-result', {
      has: page.locator('a[href$="#questions-6-7"]'),
    });
    await expect(result.locator('.search-result__speaker').textContent()).resolves.toMatch(
      /^Answer by \S/,
    );
    await expect(result.locator('.search-result__letter').getAttribute('href')).resolves.toMatch(
      /^\/letters\/[^#]+$/,
    );
    // The anchor exists on the letter page it points to.
    const letter = readPage(distDir, pathOf(target ?? ''));
    expect(all(letter, '[id="questions-6-7"]')).toHaveLength(1);
    await page.close();
  });

  it('matches a quoted phrase exactly, and not the same words in another order or another form', async () => {
    const [sevenoaks] = lettersMentioning('first Medical School');
    expect(sevenoaks).toBeDefined();
    await openSearch('?q=%22first%20Medical%20School%22');
    expect(await resultLetters()).toEqual([sevenoaks]);
    await page.close();
    await openSearch('?q=%22Pharmacy%20first%22');
    expect(await resultLetters()).toEqual([sevenoaks]);
    await page.close();
    for (const query of ['%22first%20Pharmacy%22', '%22pharmacy%20firsts%22']) {
      await openSearch(`?q=${query}`);
      expect(await resultLinks()).toHaveLength(0);
      await expect(page.textContent('#search-status')).resolves.toMatch(/^No results found/);
      await page.close();
    }
  });

  it('lists nothing for words no letter has, although Pagefind’s loose matching offers candidates', async () => {
    await openSearch('?q=zebra%20crossing');
    expect(await resultLinks()).toEqual([]);
    await expect(page.textContent('#search-status')).resolves.toBe(
      'No results found for “zebra crossing”.',
    );
    await page.close();
  });

  it('leaves out every letter with a -word', async () => {
    const wixams = lettersMentioning('Wixams');
    expect(wixams.length).toBeGreaterThan(0);
    // Every letter that mentions Wixams also says "housing": the search must list none of them.
    expect(wixams.filter((letter) => lettersMentioning('housing').includes(letter))).toEqual(
      wixams,
    );
    await openSearch('?q=Wixams%20-housing');
    expect(await resultLinks()).toEqual([]);
    await page.close();
  });

  it('applies a topic filter to answers: GP on GP workforce lists the answers to 6–7 and 8, not 9–10', async () => {
    await openSearch('?q=GP&topic=gp-workforce');
    const anchors = await resultAnchors();
    expect(anchors).toEqual(expect.arrayContaining(['questions-6-7', 'question-8']));
    expect(anchors).not.toContain('questions-9-10');
    // The status line names the query, the filter and the count.
    await expect(page.textContent('#search-status')).resolves.toBe(
      `${anchors.length} results in 1 letter found for “GP”, filtered by Topic: GP workforce.`,
    );
    await page.close();
    // Without the filter the answer to 9–10, which says "GP Practices", is listed.
    await openSearch('?q=GP');
    expect(await resultAnchors()).toContain('questions-9-10');
    await page.close();
  });

  it('lists the answer headed “Housing targets” first for housing targets', async () => {
    await openSearch('?q=housing%20targets');
    expect((await resultAnchors())[0]).toBe('housing-targets');
    await page.close();
  });

  it('leads with people, places and topics whose names match', async () => {
    await openSearch('?q=Laura%20Trott');
    const firstLink = await page.$eval('#search-results-heading ~ * a', (a) =>
      a.getAttribute('href'),
    );
    expect(firstLink).toBe('/people/laura-trott/');
    await expect(page.textContent('#search-direct')).resolves.toMatch(
      /Laura Trott — MP, Member of Parliament for Sevenoaks · 1 letter/,
    );
    await page.close();
    for (const [query, path] of [
      ['Sevenoaks', '/constituencies/sevenoaks/'],
      ['NPPF', '/topics/nppf/'],
    ] as const) {
      await openSearch(`?q=${query}`);
      const hits = await page.$$eval('#search-direct a', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      expect(hits).toContain(path);
      await page.close();
    }
  });

  it('suggests a spelling from the archive’s words, with tips and the browse routes, when nothing matches', async () => {
    await openSearch('?q=pharmcy');
    await page.waitForSelector('#search-suggestion:not([hidden])');
    await expect(page.textContent('#search-suggestion')).resolves.toBe('Did you mean pharmacy?');
    await expect(page.getAttribute('#search-suggestion a', 'href')).resolves.toBe('?q=pharmacy');
    await expect(page.isVisible('#search-help')).resolves.toBe(true);
    const routes = await page.$$eval('#search-help a', (as) =>
      as.map((a) => a.getAttribute('href')),
    );
    expect(routes).toEqual(expect.arrayContaining(['/topics/', '/people/', '/letters/']));
    await page.click('#search-suggestion a');
    await page.waitForFunction(() =>
      /found for “pharmacy”/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect((await resultLinks()).length).toBeGreaterThan(0);
    await page.close();
  });

  it('lets keyboard users skip the filters, which are grouped and collapsed', async () => {
    await openSearch('?q=Wixams');
    await expect(page.getAttribute('.search__skip', 'href')).resolves.toBe(
      '#search-results-heading',
    );
    const facets = await page.$$eval('#search-filters details.facet', (ds) =>
      ds.map((d) => ({
        open: d.hasAttribute('open'),
        legend: d.querySelector('fieldset > legend')?.textContent,
      })),
    );
    expect(facets.length).toBeGreaterThan(1);
    expect(facets.every((f) => !f.open && f.legend !== undefined)).toBe(true);
    // From the search box, Tab reaches the sort, then the skip link, then the first filter group.
    await page.focus('#search-q');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
      'search__skip',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'search-results-heading',
    );
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => document.activeElement?.closest('.search-result') !== null),
    ).resolves.toBe(true);
    await page.close();
  });

  it('filters by topic to exactly the letters the topic page lists, each once', async () => {
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
    await page.click('details.facet:has(input[name="topic"]) > summary');
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

  it('shows filter counts of the letters listed for words, and loads the index’s only when the reader opens the filters', async () => {
    await openSearch('?q=Wixams');
    const status = page.locator('#search-status');
    await expect(status.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status.textContent()).resolves.toBe('1 result found for “Wixams”.');
    await expect(page.textContent('[data-facet-count="year:2024"]')).resolves.toBe('(1)');
    await page.close();
    await openSearch('');
    const count = '[data-facet-count="year:2024"]';
    await expect(page.textContent(count)).resolves.toBe('');
    // Opening a filter group loads the counts.
    await page.click('details.facet:has(input[name="year"]) > summary');
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent !== '',
      count,
    );
    await expect(page.textContent(count)).resolves.toBe('(2)');
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
    expect(await resultLetters()).toEqual(lettersMentioning('Wixams'));
    await page.close();
  });

  it('marks the searched words on the letter page opened from a result', async () => {
    await openSearch('?q=Wixams');
    await page.click('.search-result__title a');
    await page.waitForSelector('mark.pagefind-highlight');
    await expect(page.textContent('mark.pagefind-highlight')).resolves.toBe('Wixams');
    await page.close();
  });

  it('says without JavaScript that it has not searched, keeps the words in the address, and links to the browsing indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=Wixams`);
    await expect(page.isVisible('#search-needs-js')).resolves.toBe(true);
    await expect(page.isVisible('#search-form')).resolves.toBe(false);
    await expect(page.textContent('#search-needs-js')).resolves.toMatch(/has not searched/);
    await expect(page.isVisible('#search-status')).resolves.toBe(false);
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
    const isSearchFile = (path: string) =>
      path.startsWith('/pagefind/') || (path.startsWith('/search/') && path.endsWith('.json'));
    const search = site.server.served.slice(before).filter((f) => isSearchFile(f.path));
    const pageLoad = site.server.served.slice(opened, before).filter((f) => isSearchFile(f.path));
    const bytes = [...pageLoad, ...search].reduce((sum, f) => sum + f.bytes, 0);
    process.stdout.write(
      `First query "Wixams": ${bytes} bytes of search files (${pageLoad.length + search.length} files), ${elapsed} ms from submitting to results\n`,
    );
    // A budget, not a timing: the bytes are fixed by the build and the content.
    expect(bytes).toBeLessThan(300_000);
    // Filter counts are fetched only when the reader reaches for the filters.
    expect([...pageLoad, ...search].filter((f) => f.path.startsWith('/pagefind/filter/'))).toEqual(
      [],
    );
    // The spelling vocabulary is fetched only when a search finds nothing.
    expect(search.filter((f) => f.path.endsWith('/vocabulary.json'))).toEqual([]);
    await page.close();
  });
});
