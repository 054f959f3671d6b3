/**
 * Browsing and downloading a large archive (issue 16), on 300 letters of the
 * benchmark's synthetic corpus, built twice from the same content:
 * - with pages of 10 letters: every listing paginated, the exports in files by
 *   year with an index;
 * - as if nothing were paginated (pages of 100,000), with budgets scaled down
 *   to this small archive (100 kB a page, 300 kB a file): the build must fail
 *   naming the pages and files over them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus';
import { contentLetters } from '../../src/integrations/nothing-lost';
import { astroBuild, testBuildDir, type BuildResult } from '../support/astro-build';
import { axeViolations, describeViolations } from '../support/axe';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';
import { FACET_INLINE_LIMIT } from '../../src/lib/search-facets';
import { all, one, readPage, textOf } from '../support/html';

const LETTERS = 300;
const PAGE_SIZE = 10;
const root = testBuildDir('browse');
const contentDir = join(root, 'content');
const distDir = join(root, 'dist');
const overDist = join(root, 'over', 'dist');
let built: BuildResult;
let over: BuildResult;
let slugs: string[];

beforeAll(async () => {
  generateCorpus({ letters: LETTERS, seed: 16, from: 'content', to: contentDir });
  slugs = contentLetters(contentDir);
  [built, over] = await Promise.all([
    astroBuild({
      outDir: distDir,
      contentDir,
      cacheDir: join(root, 'cache'),
      env: { POSTBAG_PAGE_SIZE: String(PAGE_SIZE) },
    }),
    astroBuild({
      outDir: overDist,
      contentDir,
      cacheDir: join(root, 'over', 'cache'),
      env: {
        POSTBAG_PAGE_SIZE: '100000',
        POSTBAG_PAGE_BUDGET_BYTES: '100000',
        POSTBAG_FILE_BUDGET_BYTES: '300000',
      },
    }),
  ]);
}, 300_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const href = (a: { properties: Record<string, unknown> }): string => String(a.properties['href']);
const pathOf = (link: string): string => new URL(link, 'http://x').pathname;

/** Every page of a listing, following its "Next" links from page 1. */
function listingPages(base: string): string[] {
  const pages = [base];
  for (;;) {
    const next = all(readPage(distDir, pages.at(-1) ?? base), 'nav.pagination a[rel="next"]')[0];
    if (next === undefined) return pages;
    pages.push(href(next));
  }
}

describe('paginated listings', () => {
  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('lists every letter once across the pages of /letters/, page 1 at its old address', () => {
    const pages = listingPages('/letters/');
    expect(pages.slice(0, 3)).toEqual(['/letters/', '/letters/page/2/', '/letters/page/3/']);
    expect(pages).toHaveLength(LETTERS / PAGE_SIZE);
    const listed = pages.flatMap((page) =>
      all(readPage(distDir, page), '.letter-list__title a').map((a) => pathOf(href(a))),
    );
    expect(listed).toHaveLength(LETTERS);
    expect([...listed].sort()).toEqual(slugs.map((s) => `/letters/${s}/`).sort());
    expect(textOf(one(readPage(distDir, '/letters/'), '.listing-total'))).toContain(
      `${LETTERS} letters, newest first; this page shows letters 1–10 of 300.`,
    );
  });

  it('has a labelled navigation marking the current page, with first, previous, next and last', () => {
    const page = readPage(distDir, '/letters/page/5/');
    const nav = one(page, 'nav[aria-label="Pagination"]');
    expect(href(one(nav, 'a[aria-current="page"]'))).toBe('/letters/page/5/');
    const links = Object.fromEntries(all(nav, 'a').map((a) => [textOf(a).trim(), href(a)]));
    expect(links).toMatchObject({
      First: '/letters/',
      Previous: '/letters/page/4/',
      Next: '/letters/page/6/',
      Last: `/letters/page/${LETTERS / PAGE_SIZE}/`,
    });
    // A few numbers around the current page, not all thirty.
    expect(all(nav, 'a').length).toBeLessThan(15);
  });

  it('jumps to the page where each year begins, and a year page to each month', () => {
    const jumps = all(readPage(distDir, '/letters/'), 'nav[aria-label="Jump to a year"] a');
    expect(jumps.length).toBeGreaterThan(10);
    for (const jump of jumps) {
      const [path, anchor] = href(jump).split('#');
      expect(
        all(readPage(distDir, path ?? ''), `h2[id="${anchor ?? ''}"]`),
        href(jump),
      ).toHaveLength(1);
    }
    const year = textOf(jumps[1] ?? one(readPage(distDir, '/'), 'h1'));
    const months = all(
      readPage(distDir, `/letters/${year}/`),
      'nav[aria-label="Jump to a month"] a',
    );
    expect(months.length).toBeGreaterThan(1);
    expect(href(months[0] ?? one(readPage(distDir, '/'), 'h1'))).toMatch(
      new RegExp(`^/letters/${year}/(page/\\d+/)?#month-${year}-\\d\\d$`),
    );
  });

  it('paginates topic, person, organisation and constituency pages, saying their totals', () => {
    for (const base of [
      '/topics/nhs-funding/',
      '/organisations/department-of-health-and-social-care/',
    ]) {
      const pages = listingPages(base);
      expect(pages.length, base).toBeGreaterThan(1);
      expect(pages[1]).toBe(`${base}page/2/`);
      const totals = all(readPage(distDir, base), '.listing-total').map(textOf);
      expect(totals.some((t) => /^\d[\d,]* (letters|answers); this page shows /.test(t))).toBe(
        true,
      );
    }
  });
});

describe.skipIf(skipBrowserTests())('paginated pages in the browser', () => {
  const site = useSiteInBrowser(distDir);

  it('lists a filter of many options only when opened, and ticks one the address names', async () => {
    const options = JSON.parse(
      readFileSync(join(distDir, 'search', 'facets', 'from.json'), 'utf8'),
    ) as { value: string; label: string }[];
    expect(options.length).toBeGreaterThan(FACET_INLINE_LIMIT);
    const markup = readFileSync(join(distDir, 'search', 'index.html'), 'utf8');
    expect(markup).not.toContain(`value="${options[0]?.value ?? ''}"`);
    const chosen = options[1]?.value ?? '';
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/search/?from=${chosen}`);
    const box = page.locator(`input[name="from"][value="${chosen}"]`);
    await expect.poll(() => box.isChecked()).toBe(true);
    const to = page.locator('details.facet[data-facet-key="to"]');
    expect(await to.locator('input[type="checkbox"]').count()).toBe(0);
    await to.locator('summary').click();
    await expect.poll(() => to.locator('input[type="checkbox"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it.for(['/letters/page/2/', '/letters/2020/', '/topics/nhs-funding/page/2/'])(
    '%s has no WCAG 2.2 AA violations',
    async (path, { expect }) => {
      const page = await site.browser.newPage({ viewport: { width: 320, height: 640 } });
      expect((await page.goto(site.server.origin + path))?.status()).toBe(200);
      const violations = await axeViolations(page);
      expect(
        violations.map((v) => v.id),
        describeViolations(violations),
      ).toEqual([]);
      await page.close();
    },
  );
});

describe('open data in files of bounded size', () => {
  interface Entry {
    name: string;
    kind: string;
    year: number | null;
    letters: number;
    bytes: number;
    sha256: string;
  }
  const index = () =>
    JSON.parse(readFileSync(join(distDir, 'data', 'index.json'), 'utf8')) as {
      letters: number;
      files: Entry[];
    };

  it('lists every data file in index.json with its true size and SHA-256', () => {
    const { letters, files } = index();
    expect(letters).toBe(LETTERS);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const bytes = readFileSync(join(distDir, file.name));
      expect(bytes.length, file.name).toBe(file.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), file.name).toBe(file.sha256);
    }
  });

  it('has each letter in exactly one yearly letters.json, and every letter in the summary', () => {
    const parts = index().files.filter((f) => f.kind === 'letters.json');
    const inParts = parts.flatMap((part) => {
      const records = JSON.parse(readFileSync(join(distDir, part.name), 'utf8')) as {
        slug: string;
        text: string;
      }[];
      expect(records).toHaveLength(part.letters);
      return records.map((r) => r.slug);
    });
    expect([...inParts].sort()).toEqual([...slugs].sort());
    const summary = parseCsv<Record<string, string>>(
      readFileSync(join(distDir, 'data', 'letters.csv'), 'utf8'),
      { columns: true, bom: true },
    );
    expect(summary.map((row) => row['slug']).sort()).toEqual([...slugs].sort());
    expect(Object.keys(summary[0] ?? {})).not.toContain('text');
    for (const row of summary.slice(0, 20)) {
      expect(existsSync(join(distDir, 'data', 'letters', `${row['data_file'] ?? ''}.json`))).toBe(
        true,
      );
    }
  });
});

describe('size budgets', () => {
  it('fail the build naming each page and file over them, and leave nothing to deploy', () => {
    expect(over.status).not.toBe(0);
    expect(over.output).toMatch(
      /\/letters\/index\.html: [\d.]+ kB, over the 100\.0 kB budget for a page/,
    );
    expect(over.output).toMatch(
      /\/data\/letters\/\d{4}\.json: [\d.]+ kB, over the 300\.0 kB budget for any file/,
    );
    expect(existsSync(overDist)).toBe(false);
  });
});
