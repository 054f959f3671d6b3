import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexedPageCount, SearchIndexInWorker } from '../../src/integrations/pagefind';
import { searchParts, type SearchPart } from '../../src/lib/search-parts';

/** The parts of an archive of these letters (newest last), `perPart` a part. */
function partsOf(slugs: string[], perPart: number): SearchPart[] {
  return searchParts(
    slugs.map((slug, i) => ({ slug, sortKey: `2020-01-${String(10 + i)}` })),
    perPart,
  );
}

/** A letter page as the middleware hands it: its article, `words` long. */
const letterHtml = (slug: string, words = 1) =>
  `<!doctype html><html lang="en-GB"><body><article data-pagefind-body><h1>Letter ${slug}</h1><p>${`${slug}word `.repeat(words)}</p></article></body></html>`;

let site: string;
beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'postbag-search-worker-'));
});
afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('the search index built in a worker thread, with Pagefind', () => {
  it('indexes every letter handed to it, in batches across parts, and writes each part', async () => {
    const parts = partsOf(['a', 'b', 'c'], 2);
    const reported: string[] = [];
    const index = new SearchIndexInWorker(site, (message) => reported.push(message));
    // Letter b is longer than a batch: the letters go in more than one message.
    const words = { a: 1, b: 70_000, c: 1 } as Record<string, number>;
    for (const part of parts) {
      for (const slug of part.slugs) {
        await index.add({ part, url: `/letters/${slug}/`, html: letterHtml(slug, words[slug]) });
      }
    }
    const { letters, outputPaths } = await index.finish(parts);
    expect(letters).toBe(3);
    expect(outputPaths).toEqual([join(site, 'pagefind'), join(site, 'pagefind', 'part-2')]);
    expect(outputPaths.map(indexedPageCount)).toEqual([2, 1]);
    expect(reported.sort()).toEqual([
      'Wrote the search index of 1 letters at /pagefind/part-2/',
      'Wrote the search index of 2 letters at /pagefind/',
    ]);
  }, 60_000);

  it('fails, naming the part, when a part was not given all its letters', async () => {
    const parts = partsOf(['a', 'b', 'c'], 10);
    const [part] = parts;
    if (part === undefined) throw new Error('no part');
    const index = new SearchIndexInWorker(site);
    await index.add({ part, url: '/letters/c/', html: letterHtml('c') });
    await expect(index.finish(parts)).rejects.toThrow(
      'The search index at /pagefind/ was given 1 of its 3 letter pages',
    );
  }, 60_000);
});
