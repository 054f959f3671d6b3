/**
 * Accessibility of the built site in headless Chromium: axe-core (WCAG 2.2 A and
 * AA) on every page in the sitemap, the search page with results and the 404
 * page; no sideways scrolling at 320 px wide (WCAG 1.4.10 reflow); and key pages
 * at 320 px and at 200% zoom, checked the same way and photographed into
 * screenshots/ for a person to look at.
 *
 * 200% zoom is a 640 × 450 viewport at device scale factor 2: that is what zooming
 * a 1280 × 900 window to 200% gives a page (640 CSS pixels across, each drawn with
 * 2 device pixels), so media queries and layout respond as they do under browser
 * zoom. CSS `zoom` on the root would scale the drawing but leave the viewport
 * 1280 px wide for media queries, hiding the narrow layout a zoomed reader gets.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, describeViolations, sitemapPaths } from '../support/axe';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';

const distDir = inject('distDir');
const skip = skipBrowserTests();

/** The search page with a query that has results, and an address that does not exist. */
const SEARCH_WITH_RESULTS = '/search/?q=housing';
const NOT_FOUND = '/no-such-page-in-postbag/';

const pages = [...sitemapPaths(distDir), SEARCH_WITH_RESULTS, NOT_FOUND];

/** Opens a site path and waits until it is what a reader sees; returns anything amiss. */
async function open(page: Page, origin: string, path: string): Promise<string[]> {
  const problems: string[] = [];
  const status = (await page.goto(origin + path))?.status();
  if (status !== (path === NOT_FOUND ? 404 : 200)) problems.push(`status ${String(status)}`);
  if (path.startsWith('/search/?')) {
    // Results are drawn by script once the index answers.
    await page.waitForFunction(() =>
      /found/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    if ((await page.locator('.search-result').count()) === 0) problems.push('no search results');
  }
  return problems;
}

/** How far the page scrolls sideways, in CSS pixels, and the first elements that stick out. */
function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { overflow: document.documentElement.scrollWidth - width, culprits };
  });
}

describe('the pages checked', () => {
  it('include every built HTML page but the 404 page, by way of the sitemap', () => {
    const built = (readdirSync(distDir, { recursive: true }) as string[])
      .filter((file) => basename(file) === 'index.html')
      .map((file) => (dirname(file) === '.' ? '/' : `/${dirname(file).split(sep).join('/')}/`));
    expect([...built].sort()).toEqual([...sitemapPaths(distDir)].sort());
  });
});

// Pages are independent, so a few are checked at once (`it.for`, unlike `it.each`, hands each
// test its own context): each test opens its own page and
// uses its own `expect`.
describe.skipIf(skip).concurrent('accessibility in the browser', () => {
  const site = useSiteInBrowser(distDir);

  it('catches a violation when a page has one (the check can fail)', async ({ expect }) => {
    const page = await site.browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>Bad</title><main><img src="x.png"><input type="text"></main></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label']));
    await page.close();
  });

  it.for(pages)('%s has no WCAG 2.2 AA violations', async (path, { expect }) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    expect(await open(page, site.server.origin, path)).toEqual([]);
    const violations = await axeViolations(page);
    expect(
      violations.map((v) => v.id),
      `axe violations on ${path}:\n${describeViolations(violations)}`,
    ).toEqual([]);
    await page.close();
  });

  it.for(pages)('%s does not scroll sideways at 320 px wide', async (path, { expect }) => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
    expect(await open(page, site.server.origin, path)).toEqual([]);
    const { overflow, culprits } = await horizontalOverflow(page);
    expect(overflow, `wider than 320 px: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
    await page.close();
  });
});

/** Pages a reader must be able to use on a small screen or zoomed in. */
const SCREENSHOT_PAGES = [
  { name: 'home', path: '/' },
  {
    name: 'letter-answer',
    path: '/letters/2024-laura-trott-sevenoaks-seniors-action-forum/#questions-6-7',
  },
  { name: 'search-results', path: SEARCH_WITH_RESULTS },
  { name: 'topic', path: '/topics/housing-targets/' },
] as const;

/** 320 CSS px across; and a 1280 × 900 window zoomed to 200%. */
const SIZES = [
  { name: '320px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: 'zoom200', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
] as const;

const screenshotDir = join(import.meta.dirname, '..', '..', 'screenshots');

describe.skipIf(skip).concurrent('small screens and 200% zoom', () => {
  const site = useSiteInBrowser(distDir);

  beforeAll(() => {
    mkdirSync(screenshotDir, { recursive: true });
  });

  const cases = SIZES.flatMap((size) => SCREENSHOT_PAGES.map((target) => ({ size, target })));

  it.for(cases)(
    '$target.name at $size.name reflows, passes axe, and is photographed',
    async ({ size, target }, { expect }) => {
      const context = await site.browser.newContext({
        viewport: size.viewport,
        deviceScaleFactor: size.deviceScaleFactor,
      });
      const page = await context.newPage();
      expect(await open(page, site.server.origin, target.path)).toEqual([]);
      const { overflow, culprits } = await horizontalOverflow(page);
      expect(
        overflow,
        `wider than ${String(size.viewport.width)} px: ${culprits.join(', ')}`,
      ).toBeLessThanOrEqual(0);
      const hash = new URL(target.path, site.server.origin).hash;
      if (hash !== '') {
        // The deep-linked answer is on screen as the page opens.
        const top = await page.locator(hash).evaluate((h) => h.getBoundingClientRect().top);
        expect(top).toBeGreaterThanOrEqual(0);
        expect(top).toBeLessThan(size.viewport.height);
      }
      const violations = await axeViolations(page);
      expect(
        violations.map((v) => v.id),
        `axe violations on ${target.path} at ${size.name}:\n${describeViolations(violations)}`,
      ).toEqual([]);
      const file = join(screenshotDir, `${target.name}-${size.name}`);
      await page.screenshot({ path: `${file}.png` });
      await page.screenshot({ path: `${file}-full.png`, fullPage: true });
      await context.close();
    },
  );
});
