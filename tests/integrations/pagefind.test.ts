import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchParts, SEARCH_PARTS_FILE } from '../../src/lib/search-parts';

const calls: string[] = [];
/** Pages each index holds once written (what Pagefind writes in `pagefind-entry.json`). */
let pagesPerIndex = 2;
const index = {
  addDirectory: vi.fn(),
  writeFiles: vi.fn(),
};
vi.mock('pagefind', () => ({
  createIndex: vi.fn((options: unknown) => {
    calls.push(`createIndex ${JSON.stringify(options)}`);
    return { errors: [], index };
  }),
  close: vi.fn(() => {
    calls.push('close');
  }),
}));

const { buildSearchIndex } = await import('../../src/integrations/pagefind');
const logger = { info: vi.fn() };
let site: string;

/** A built site whose archive has these letters, split into parts of `perPart`. */
function siteWith(slugs: string[], perPart: number): void {
  const letters = slugs.map((slug, i) => ({ slug, sortKey: `2020-01-${String(10 + i)}` }));
  mkdirSync(join(site, 'search'), { recursive: true });
  writeFileSync(
    join(site, SEARCH_PARTS_FILE),
    JSON.stringify({ parts: searchParts(letters, perPart) }),
  );
}

beforeEach(() => {
  calls.length = 0;
  site = mkdtempSync(join(tmpdir(), 'postbag-pagefind-'));
  pagesPerIndex = 2;
  index.addDirectory.mockImplementation(({ path, glob }: { path: string; glob: string }) => {
    calls.push(`addDirectory ${path.slice(site.length) || '/'} ${glob}`);
    return { errors: [], page_count: 2 };
  });
  index.writeFiles.mockImplementation(({ outputPath }: { outputPath: string }) => {
    calls.push(`writeFiles ${outputPath.slice(site.length)}`);
    mkdirSync(outputPath, { recursive: true });
    const entry = { languages: { en: { page_count: pagesPerIndex } } };
    writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
    return { errors: [], outputPath };
  });
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('building the search index', () => {
  it('creates an English index of every letter page, writes it beside the pages and closes Pagefind', async () => {
    siteWith(['a', 'b'], 10);
    await expect(buildSearchIndex(site, logger)).resolves.toEqual({
      letters: 2,
      outputPaths: [join(site, 'pagefind')],
    });
    expect(calls).toEqual([
      'createIndex {"forceLanguage":"en"}',
      'addDirectory / letters/*/index.html',
      'writeFiles /pagefind',
      'close',
    ]);
  });

  it('indexes each part in a Pagefind of its own, closing it before the next', async () => {
    siteWith(['a', 'b', 'c', 'd'], 2);
    await expect(buildSearchIndex(site, logger)).resolves.toEqual({
      letters: 4,
      outputPaths: [join(site, 'pagefind'), join(site, 'pagefind', 'part-2')],
    });
    expect(calls).toEqual([
      'createIndex {"forceLanguage":"en"}',
      'addDirectory / letters/{d,c}/index.html',
      'writeFiles /pagefind',
      'close',
      'createIndex {"forceLanguage":"en"}',
      'addDirectory / letters/{b,a}/index.html',
      'writeFiles /pagefind/part-2',
      'close',
    ]);
    expect(logger.info).toHaveBeenCalledWith('Part 2 of 2: 2 letters, 2020-01-10 to 2020-01-11 …');
  });

  it('fails the build when a part’s index holds a different number of letters than the part', async () => {
    siteWith(['a', 'b', 'c'], 10);
    await expect(buildSearchIndex(site, logger)).rejects.toThrow(
      'The search index at /pagefind/ holds 2 pages, but its part has 3 letters',
    );
  });

  it('fails the build, naming the file, when the list of parts is missing', async () => {
    await expect(buildSearchIndex(site, logger)).rejects.toThrow(
      `Could not read the search index's parts from ${join(site, SEARCH_PARTS_FILE)}`,
    );
    expect(calls).toEqual([]);
  });

  it('fails the build when Pagefind reports an error, and still closes it', async () => {
    siteWith(['a', 'b'], 10);
    index.writeFiles.mockReturnValue({ errors: ['disk full'], outputPath: '' });
    await expect(buildSearchIndex(site, logger)).rejects.toThrow(
      'Pagefind could not write the index of /pagefind/: disk full',
    );
    expect(calls.at(-1)).toBe('close');
  });

  it('fails the build when there are no pages to index', async () => {
    siteWith([], 10);
    index.addDirectory.mockReturnValue({ errors: [], page_count: 0 });
    await expect(buildSearchIndex(site, logger)).rejects.toThrow(
      `Pagefind found no letter pages for /pagefind/ in ${site}`,
    );
    expect(calls.at(-1)).toBe('close');
  });
});
