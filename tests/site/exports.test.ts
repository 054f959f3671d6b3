/**
 * Feeds, open data, sitemap and page metadata in the built site, parsed back as
 * a reader's tools would parse them. Counts come from the content folder and
 * the built letter pages, never from the export code itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { ANSWER_FIELDS, LETTER_FIELDS, SUMMARY_FIELDS } from '../../src/lib/open-data';
import { exportedLetters, exportedRows } from '../support/open-data';
import { all, readPage } from '../support/html';

const distDir = inject('distDir');
const contentDir = join(import.meta.dirname, '../../content');
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');

const letterSlugs = readdirSync(join(contentDir, 'letters'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.md') && !(f.split('/').pop() ?? '').startsWith('_'))
  .map((f) => (f.split('/').pop() ?? '').replace(/\.md$/, ''));

/** Answers as the built pages show them: every answer heading in every letter. */
const answersOnPages = letterSlugs.flatMap((slug) =>
  all(readPage(distDir, `/letters/${slug}/`), '.letter__text :is(h2, h3, h4)').map(
    (h) => `${slug}#${String(h.properties['id'])}`,
  ),
);

/** A site path for an absolute URL of the site, so links can be checked against dist/. */
const localPath = (url: string) => new URL(url).pathname;
const pageExists = (path: string) =>
  existsSync(join(distDir, path, path.endsWith('/') ? 'index.html' : ''));

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name),
});

describe('open data', () => {
  it('has one row per letter in the content in the yearly letters.csv files, RFC 4180 quoted', () => {
    const rows = exportedRows(distDir, 'letters.csv');
    expect(rows.map((r) => r['slug']).sort()).toEqual([...letterSlugs].sort());
    // Quoting keeps multi-line letter text in one field.
    expect(rows.every((r) => (r['text'] ?? '').includes('\n'))).toBe(true);
  });

  it('has one answers.csv row per answer heading on the letter pages, with its topics', () => {
    const rows = exportedRows(distDir, 'answers.csv');
    expect(Object.keys(rows[0] ?? {})).toEqual(ANSWER_FIELDS.map((f) => f.name));
    expect(rows.map((r) => `${r['letter'] ?? ''}#${r['answer_id'] ?? ''}`).sort()).toEqual(
      [...answersOnPages].sort(),
    );
    for (const row of rows) {
      const permalink = new URL(row['permalink'] ?? '');
      expect(permalink.hash).not.toBe('');
      expect(
        all(readPage(distDir, permalink.pathname), `[id="${permalink.hash.slice(1)}"]`),
        permalink.href,
      ).toHaveLength(1);
    }
    // Journey 2: the ICB's answers are there with their GP workforce topic.
    expect(
      rows.some(
        (r) => r['answer_id'] === 'questions-6-7' && (r['topics'] ?? '').includes('gp-workforce'),
      ),
    ).toBe(true);
  });

  it('has every letter in the yearly letters.json files, in the documented shape', () => {
    const letters = exportedLetters(distDir);
    expect(letters.map((l) => l['slug']).sort()).toEqual([...letterSlugs].sort());
    for (const letter of letters) {
      expect(Object.keys(letter)).toEqual(LETTER_FIELDS.map((f) => f.name));
      expect(typeof letter['text']).toBe('string');
      expect(pageExists(localPath(String(letter['url'])))).toBe(true);
    }
  });

  it('keeps /data/letters.json as a note of where the letters now are', () => {
    const note = JSON.parse(read('data/letters.json')) as { index: string; files: string[] };
    expect(localPath(note.index)).toBe('/data/index.json');
    expect(note.files.length).toBeGreaterThan(0);
    for (const file of [note.index, ...note.files]) {
      expect(existsSync(join(distDir, localPath(file)))).toBe(true);
    }
  });

  it('documents every field on the /data/ page, with a licence', () => {
    const page = readPage(distDir, '/data/');
    const documented = all(page, '.field-list dt code').map((c) =>
      String((c.children[0] as { value?: string }).value),
    );
    expect(documented).toEqual(
      [...SUMMARY_FIELDS, ...LETTER_FIELDS, ...ANSWER_FIELDS].map((f) => f.name),
    );
    expect(all(page, '#licence')).toHaveLength(1);
    // The apostrophe before would-be formulas in the CSV files is documented too.
    expect(all(page, '#csv-formulas')).toHaveLength(1);
  });
});

describe('Atom feeds', () => {
  const feeds = [
    'feed.xml',
    ...['topics', 'people', 'organisations'].flatMap((kind) =>
      readdirSync(join(distDir, kind), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => `${kind}/${d.name}/feed.xml`),
    ),
  ];

  it.each(feeds)('%s is Atom whose entries link to letter pages that exist', (path) => {
    const { feed } = xml.parse(read(path)) as {
      feed?: {
        id: string;
        title: string;
        updated: string;
        entry?: { id: string; link: { '@_href': string }[] }[];
      };
    };
    expect(feed?.id).toMatch(/^https?:\/\//);
    expect(feed?.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(feed?.updated ?? ''))).toBe(false);
    for (const entry of feed?.entry ?? []) {
      expect(pageExists(localPath(entry.link[0]?.['@_href'] ?? ''))).toBe(true);
    }
  });

  it('carries every letter in the site feed', () => {
    const { feed } = xml.parse(read('feed.xml')) as { feed: { entry?: unknown[] } };
    expect(feed.entry).toHaveLength(letterSlugs.length);
  });

  it('is announced with <link rel="alternate"> on the page it belongs to', () => {
    for (const path of feeds.filter((f) => f !== 'feed.xml')) {
      const page = readPage(distDir, `/${path.replace(/feed\.xml$/, '')}`);
      const hrefs = all(page, 'link[rel="alternate"][type="application/atom+xml"]').map(
        (l) => l.properties['href'],
      );
      expect(hrefs, path).toContain(`/${path}`);
      expect(hrefs).toContain('/feed.xml');
    }
  });
});

describe('sitemap, robots and letter metadata', () => {
  it('lists every letter page in the sitemap and points robots.txt at it', () => {
    const index = xml.parse(read('sitemap-index.xml')) as {
      sitemapindex: { sitemap: { loc: string }[] };
    };
    const urls = index.sitemapindex.sitemap.flatMap((s) => {
      const map = xml.parse(read(localPath(s.loc).slice(1))) as {
        urlset: { url: { loc: string }[] };
      };
      return map.urlset.url.map((u) => localPath(u.loc));
    });
    for (const slug of letterSlugs) expect(urls).toContain(`/letters/${slug}/`);
    expect(read('robots.txt')).toContain('Sitemap: ');
  });

  it.each(letterSlugs)(
    'gives /letters/%s/ citation, Open Graph, canonical and JSON-LD metadata',
    (slug) => {
      const page = readPage(distDir, `/letters/${slug}/`);
      const meta = (key: string) =>
        all(page, `meta[name="${key}"], meta[property="${key}"]`).map((m) =>
          String(m.properties['content']),
        );
      for (const key of [
        'citation_title',
        'citation_author',
        'citation_date',
        'citation_publisher',
        'og:title',
        'og:url',
        'twitter:card',
      ]) {
        expect(meta(key), key).toHaveLength(1);
      }
      expect(localPath(meta('og:url')[0] ?? '')).toBe(`/letters/${slug}/`);
      expect(all(page, 'link[rel="canonical"]')).toHaveLength(1);
      const [script] = all(page, 'script[type="application/ld+json"]');
      const data = JSON.parse(
        String((script?.children[0] as { value?: string } | undefined)?.value),
      ) as Record<string, unknown>;
      expect(data['@type']).toBe('Message');
    },
  );
});
