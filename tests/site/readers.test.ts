/**
 * What a reader of a civic archive expects (issue 18), in the built site: a way to
 * report a problem, readable long letters on a phone and on paper, good share links,
 * feeds a browser can show, honest data, and none of the small visible errors.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { skipBrowserTests, useSiteInBrowser } from '../support/browser';
import { all, one, readPage, textOf } from '../support/html';

const distDir = inject('distDir');
const SITE = 'https://postbag.example.org';
const SEVENOAKS = '/letters/2024-laura-trott-sevenoaks-seniors-action-forum/';
const SMYTH = '/letters/2024-10-03-karin-smyth-healthcare-mid-bedfordshire/';
const LETTERS = [SEVENOAKS, SMYTH];

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const attr = (tree: ReturnType<typeof readPage>, selector: string, name: string) =>
  String(one(tree, selector).properties[name]);

/** Every file under the built site whose name ends with `suffix`, as site paths. */
function filesEnding(suffix: string, dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesEnding(suffix, path);
    return entry.name.endsWith(suffix) ? [`/${relative(distDir, path)}`] : [];
  });
}

describe('report a problem, corrections and accessibility', () => {
  it.each(['/', '/about/', SMYTH, '/topics/gp-workforce/'])(
    'offers “Report a problem with this page” on %s, carrying its address',
    (path) => {
      const link = one(readPage(distDir, path), '.site-footer__report a');
      expect(textOf(link)).toBe('Report a problem with this page');
      const href = new URL(String(link.properties['href']));
      expect(href.protocol).toBe('mailto:');
      expect(href.searchParams.get('body')).toContain(`${SITE}${path}`);
    },
  );

  it('has an accessibility statement with the editors’ contact, linked from every page', () => {
    const page = readPage(distDir, '/accessibility/');
    expect(textOf(one(page, 'h1'))).toBe('Accessibility statement');
    expect(all(page, '.editors-contact a').map((a) => a.properties['href'])).toContain(
      'mailto:editors@postbag.example.org',
    );
    const footer = all(readPage(distDir, SMYTH), '.site-footer a');
    expect(footer.map((a) => a.properties['href'])).toContain('/accessibility/');
  });

  it('sends /about/ readers to the editors, and to links that exist', () => {
    const about = readPage(distDir, '/about/');
    expect(textOf(one(about, 'main'))).not.toContain('“#” link');
    expect(all(about, '#corrections + p .editors-contact a')).not.toEqual([]);
  });
});

describe('long letters', () => {
  it.each(LETTERS)('links every answer of %s back to the contents', (path) => {
    const page = readPage(distDir, path);
    const headings = all(page, '.letter__text .answer-heading');
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      expect(attr(heading as never, '.answer-link--back', 'href')).toBe('#on-this-page');
    }
    expect(one(page, 'details#on-this-page').tagName).toBe('details');
  });

  it('folds the answers’ citations, leaving them in the page for readers without JavaScript', () => {
    const page = readPage(distDir, SEVENOAKS);
    const folded = one(page, '.cite details.cite__answers');
    expect(folded.properties['open']).toBeUndefined();
    expect(all(folded, '.citation-list__item')).toHaveLength(
      all(page, '.letter__text .answer-heading').length,
    );
  });
});

describe('share links', () => {
  it('describes a letter by its own words, not its letterhead', () => {
    const page = readPage(distDir, SMYTH);
    const description = attr(page, 'meta[property="og:description"]', 'content');
    expect(description).not.toMatch(/Victoria Street|Department of Health & Social Care From/);
    expect(attr(page, 'meta[name="description"]', 'content')).toBe(description);
  });

  it.each(LETTERS)('names the sender in the <title> of %s', (path) => {
    const title = textOf(one(readPage(distDir, path), 'title'));
    expect(title).toMatch(/: letter from (Karin Smyth|Laura Trott) MP – Postbag$/);
  });

  it('gives every page an absolute share image that exists', () => {
    for (const path of ['/', SMYTH]) {
      const image = attr(readPage(distDir, path), 'meta[property="og:image"]', 'content');
      expect(image).toBe(`${SITE}/share.png`);
    }
    expect(readFileSync(join(distDir, 'share.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('feeds', () => {
  const feeds = filesEnding('feed.xml');

  it('links every feed to the stylesheet, which is served as a file', () => {
    expect(feeds.length).toBeGreaterThan(10);
    for (const feed of feeds) {
      expect(read(feed), feed).toContain('<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>');
    }
    expect(read('feed.xsl')).toContain('feed-to-email');
  });

  it('explains feeds on a page of their own too, linked from every page', () => {
    const page = readPage(distDir, '/feeds/');
    expect(textOf(one(page, 'main'))).toContain('feed-to-email service');
    const footer = all(readPage(distDir, SMYTH), '.site-footer a');
    expect(footer.map((a) => a.properties['href'])).toContain('/feeds/');
  });

  it('gives the undated letter no invented time, and topic feeds clean subtitles', () => {
    const feed = read('feed.xml');
    expect(feed).not.toContain('T12:00:00');
    // The undated letter records when it was added, and its entry is dated by that day.
    expect(feed).toMatch(
      /2024-laura-trott-sevenoaks-seniors-action-forum\/"\/>\s*<published>2026-11-23T00:00:00Z<\/published>/,
    );
    expect(read('topics/gp-workforce/feed.xml')).toContain(
      '<subtitle type="text">New letters on GP workforce, as they are added to Postbag.</subtitle>',
    );
  });
});

describe('honest data', () => {
  it.each(['data/letters.csv', 'data/letters/2024.csv', 'data/answers/2024.csv'])(
    'starts %s with a byte-order mark',
    (file) => {
      const bytes = readFileSync(join(distDir, file));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    },
  );
});

describe('the small visible errors', () => {
  it('counts answers on /topics/ without a broken word', () => {
    const counts = all(readPage(distDir, '/topics/'), '.index-list__count').map((c) =>
      textOf(c).replace(/\s+/g, ' ').trim(),
    );
    expect(counts).toContain('2 letters, 3 answers');
    expect(counts.join('|')).not.toMatch(/answer s|letter s/);
  });

  it('writes a role with its organisation and constituency without stray spaces', () => {
    const roles = textOf(one(readPage(distDir, '/people/laura-trott/'), '.role-list'));
    expect(roles.replace(/\s+/g, ' ')).toContain(
      'Member of Parliament for Sevenoaks, House of Commons, Sevenoaks',
    );
    expect(roles).not.toMatch(/\s,/);
  });

  it('says what each organisation is involved in, never “0 sent, 0 received”', () => {
    const page = readPage(distDir, '/organisations/');
    const lines = all(page, '.index-list__count').map((c) => textOf(c));
    expect(lines.join('|')).not.toContain('0 sent');
    const commons = readPage(distDir, '/organisations/house-of-commons/');
    expect(all(commons, 'h2').map(textOf)).toContain('Letters by or to its people');
    expect(lines).toContain('3 people, 2 letters by or to its people');
  });

  it('cites a heading joining two questions without the inner number', () => {
    const text = textOf(one(readPage(distDir, SEVENOAKS), '#cite-questions-6-7-text'));
    expect(text).toContain('answers 6–7, “What are the plans');
    expect(text).not.toMatch(/increase\. 7\. What/);
  });
});

describe.skipIf(skipBrowserTests())('letters in Chromium: on a phone, in print, feeds', () => {
  const site = useSiteInBrowser(distDir, { withHeadersFile: true });

  async function open(path: string, viewport = { width: 375, height: 667 }): Promise<Page> {
    const page = await site.browser.newPage({ viewport });
    await page.goto(site.server.origin + path);
    return page;
  }

  it.each(LETTERS)('starts the text of %s on the first screen of a 375×667 phone', async (path) => {
    const page = await open(path);
    const top = await page.evaluate(
      () => document.querySelector('.letter__text')?.getBoundingClientRect().top ?? Infinity,
    );
    await page.close();
    expect(top).toBeLessThan(667);
  });

  it('keeps a reference on one line, even in a narrow box', async () => {
    const page = await open(SMYTH);
    // In a box narrower than the reference, it must overflow rather than break at its hyphen.
    const lines = await page.evaluate(() => {
      const ref = document.querySelector<HTMLElement>('.reference');
      if (ref?.parentElement == null) return 0;
      ref.parentElement.style.width = '3em';
      return ref.getClientRects().length;
    });
    await page.close();
    expect(lines).toBe(1);
  });

  it('prints the letter without the interface or the “Linked answer” label, with margins', async () => {
    const page = await open(`${SEVENOAKS}#housing-targets`, { width: 1280, height: 900 });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (selector: string) =>
        [...document.querySelectorAll(selector)].some(
          (e) => getComputedStyle(e).display !== 'none',
        );
      const target = document.getElementById('housing-targets');
      return {
        nav: visible('.site-header nav'),
        search: visible('.site-search'),
        footer: visible('.site-footer'),
        answerLinks: visible('.answer-link'),
        citeAnswers: visible('.cite__answers'),
        label: target === null ? 'missing' : getComputedStyle(target, '::before').content,
        text: visible('.letter__text'),
      };
    });
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    expect(shown).toEqual({
      nav: false,
      search: false,
      footer: false,
      answerLinks: false,
      citeAnswers: false,
      label: 'none',
      text: true,
    });
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('shows a feed in a browser as a page saying what a feed is, under the site’s policy', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/topics/gp-workforce/feed.xml`);
    const heading = await page.textContent('h2#what-is-a-feed');
    const body = (await page.textContent('body')) ?? '';
    const shown = await page.evaluate(() => ({
      // Our page's look comes from /feed.css, a file the policy allows.
      border: getComputedStyle(document.querySelector('.feed-page__about') ?? document.body)
        .borderLeftWidth,
      // Chromium adds an XSLT deprecation banner with inline style, which the policy blocks;
      // nothing of ours has inline style.
      inline: [...document.querySelectorAll('[style], style')]
        .map((e) => e.tagName.toLowerCase())
        .filter((tag) => tag !== 'xslt-warning-banner'),
    }));
    await page.close();
    expect(heading).toBe('What is this page?');
    expect(body).toContain('feed-to-email service');
    expect(shown).toEqual({ border: '4px', inline: [] });
  });
});
