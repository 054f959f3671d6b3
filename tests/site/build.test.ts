/**
 * The built site, read as files: a page per letter, topic and person; unique
 * answer ids; topic pages that link to answers that exist; and every word of each
 * seed letter on its page, in order. Nothing here is hard-coded from the build:
 * expectations come from the content folder and the seed files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { describe, expect, inject, it } from 'vitest';
import { searchedHtml } from '../../src/lib/search-indexing';
import { all, firstMissingInOrder, one, readPage, textOf, wordsOf } from '../support/html';
import { testTempDir } from '../support/temp-dir';

const distDir = inject('distDir');
// Without the terminal's colours, which Astro adds when it thinks it may.
const buildOutput = stripVTControlCharacters(inject('buildOutput'));
const contentDir = join(import.meta.dirname, '../../content');
const sourcesDir = join(import.meta.dirname, '../../content/sources');

/** Content entry ids of a collection, from file names (letters by their slug). */
function entryIds(folder: string, extension: string): string[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(extension) && !f.split('/').pop()?.startsWith('_'))
    .map((f) => (f.split('/').pop() ?? f).slice(0, -extension.length));
}

const letterSlugs = entryIds('letters', '.md');

describe('the build', () => {
  it('compiled Astro’s content store in pieces (src/integrations/content-store-module.ts)', () => {
    expect(buildOutput).toMatch(
      /\[postbag-content-store\] Compiled the content store \(\d+ characters\) as \d+ string literals? of at most/,
    );
  });
});

describe('the built archive', () => {
  it('has content to test', () => {
    expect(letterSlugs.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['letters', '.md', '/letters/'],
    ['topics', '.yaml', '/topics/'],
    ['people', '.yaml', '/people/'],
    ['organisations', '.yaml', '/organisations/'],
    ['constituencies', '.yaml', '/constituencies/'],
  ])('builds a page for every entry in %s', (folder, extension, prefix) => {
    const missing = entryIds(folder, extension).filter(
      (id) => !existsSync(join(distDir, prefix, id, 'index.html')),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    '/',
    '/letters/',
    '/letters/2024/',
    '/topics/',
    '/people/',
    '/organisations/',
    '/constituencies/',
    '/about/',
  ])('builds the index page %s with one h1 and a main landmark', (path) => {
    const page = readPage(distDir, path);
    expect(all(page, 'h1')).toHaveLength(1);
    expect(all(page, 'main')).toHaveLength(1);
  });

  it('builds a 404 page', () => {
    expect(existsSync(join(distDir, '404.html'))).toBe(true);
  });

  it.each(letterSlugs)('gives every answer heading of %s a unique id and a self-link', (slug) => {
    const page = readPage(distDir, `/letters/${slug}/`);
    const headings = all(page, '.letter__text :is(h2, h3, h4)');
    const ids = headings.map((h) =>
      typeof h.properties['id'] === 'string' ? h.properties['id'] : '',
    );
    expect(ids.every((id) => id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const heading of headings) {
      const wrapper = all(page, '.answer-heading').find((w) => w.children.includes(heading));
      expect(
        wrapper,
        `heading #${String(heading.properties['id'])} has no self-link`,
      ).toBeDefined();
      const link = one(wrapper ?? heading, 'a.answer-link');
      expect(link.properties['href']).toBe(`#${String(heading.properties['id'])}`);
      expect(link.properties['dataPagefindIgnore']).toBeDefined();
    }
    // Every id in the whole page is unique too, so no anchor is ambiguous.
    const allIds = all(page, '[id]').map((e) => String(e.properties['id']));
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('links every topic page to at least one answer anchor that exists', () => {
    for (const topic of entryIds('topics', '.yaml')) {
      const page = readPage(distDir, `/topics/${topic}/`);
      const answerLinks = all(page, 'main a[href*="#"]')
        .map((a) => String(a.properties['href']))
        .filter((href) => href.startsWith('/letters/'));
      expect(answerLinks, `topic ${topic} links to no answer`).not.toEqual([]);
      for (const href of answerLinks) {
        const [path = '', id = ''] = href.split('#');
        const target = readPage(distDir, path);
        expect(all(target, `[id="${id}"]`), `${href} from topic ${topic}`).toHaveLength(1);
      }
    }
  });
});

describe('the seed letters', () => {
  // The seed letters live in the repository as the letters' originals (content/sources/),
  // published as the source files the letter pages cite.
  const sources = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt'));

  it('are in the repository', () => {
    expect(sources.length).toBeGreaterThanOrEqual(2);
  });

  it.each(sources)(
    '%s appears on the letter page that cites it, word for word, in order',
    (source) => {
      const letter = letterSlugs.find((slug) =>
        all(readPage(distDir, `/letters/${slug}/`), 'a[href]').some(
          (a) => a.properties['href'] === `/sources/${source}`,
        ),
      );
      expect(letter, `no letter page links to /sources/${source}`).toBeDefined();
      expect(
        readFileSync(join(distDir, 'sources', source)).equals(
          readFileSync(join(sourcesDir, source)),
        ),
        `/sources/${source} is published byte for byte`,
      ).toBe(true);
      const words = wordsOf(readFileSync(join(sourcesDir, source), 'utf8'));
      expect(words.length).toBeGreaterThan(100);
      const pageWords = wordsOf(
        textOf(one(readPage(distDir, `/letters/${letter ?? ''}/`), '.letter__text')),
      );
      const at = firstMissingInOrder(words, pageWords);
      if (at !== -1) {
        expect.fail(
          `${source}: word ${at + 1} of ${words.length} ("${words[at] ?? ''}") is missing from /letters/${letter ?? ''}/ ` +
            `after "${words.slice(Math.max(0, at - 8), at).join(' ')}"`,
        );
      }
    },
  );
});

/** The built letter pages that Pagefind indexes, with their HTML. */
function indexedLetterPages(): { url: string; html: string }[] {
  return readdirSync(join(distDir, 'letters'))
    .map((dir) => ({ dir, file: join(distDir, 'letters', dir, 'index.html') }))
    .filter(({ file }) => existsSync(file))
    .map(({ dir, file }) => ({ url: `/letters/${dir}/`, html: readFileSync(file, 'utf8') }))
    .filter(({ html }) => html.includes('data-pagefind-body'));
}

/** The search records Pagefind makes of pages, each given as `content` says, in URL order. */
async function searchRecords(
  pages: readonly { url: string; html: string }[],
  content: (page: { url: string; html: string }) => string,
): Promise<{ url: string; content: string }[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (index === undefined) throw new Error('Pagefind did not start');
  for (const page of pages) await index.addHTMLFile({ url: page.url, content: content(page) });
  const out = testTempDir('records');
  await index.writeFiles({ outputPath: out });
  await index.deleteIndex();
  const fragments = readdirSync(join(out, 'fragment')).map((name) => {
    const text = gunzipSync(readFileSync(join(out, 'fragment', name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
  await pagefind.close();
  return fragments.sort((a, b) => a.url.localeCompare(b.url));
}

describe('what the search index reads of a letter page', () => {
  it('makes the same search records as the whole page', async () => {
    // Pagefind is given the article alone, without what it ignores whole
    // (src/lib/search-indexing.ts): index both ways and compare every record.
    const pages = indexedLetterPages();
    expect(pages).toHaveLength(2);
    const whole = await searchRecords(pages, (page) => page.html);
    const searched = await searchRecords(pages, (page) => searchedHtml(page.url, page.html));
    expect(whole).toHaveLength(2);
    expect(searched).toEqual(whole);
  });

  it('reads the words of a letter’s header apart, the reference a word of its own', async () => {
    // Names, date and reference each sit in elements of their own; the white space the
    // templates keep between elements (compressHTML collapses it, never removes it) keeps
    // them apart. Without it, Pagefind indexes a word of the header glued to its neighbour.
    const pages = indexedLetterPages();
    const records = await searchRecords(pages, (page) => page.html);
    expect(records.map((record) => record.url)).toEqual(pages.map((page) => page.url).sort());
    for (const record of records) {
      const indexed = new Set(record.content.split(/\s+/));
      const header = one(readPage(distDir, record.url), '.letter__header .summary-list');
      const words = all(header, 'dd a, dd time, dd .reference').flatMap((element) =>
        textOf(element).split(/\s+/).filter(Boolean),
      );
      expect(words.length).toBeGreaterThan(5);
      expect(words.filter((word) => !indexed.has(word))).toEqual([]);
    }
    expect(records.some((record) => record.content.split(/\s+/).includes('PO-1531376'))).toBe(true);
  });
});
