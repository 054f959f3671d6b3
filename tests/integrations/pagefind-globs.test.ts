/**
 * The real Pagefind (not mocked) reads a glob as long as the longest the build
 * gives it (`GLOB_CHARS`), naming letters as a part of the index does. Pagefind
 * 1.6 rejects globs of about 180,000 characters; this fails if a later Pagefind
 * lowers that below what the build uses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { GLOB_CHARS, partGlobs, searchParts } from '../../src/lib/search-parts';

const site = mkdtempSync(join(tmpdir(), 'postbag-globs-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(site, { recursive: true, force: true });
});

describe('Pagefind reading a part’s letters by glob', () => {
  it('reads every letter a glob of the longest length names, and no other page', async () => {
    // 4,001 letters with 60-character slugs, in two parts: the first names 2,001, more than one glob holds.
    const letters = Array.from({ length: 4000 }, (_, i) => ({
      slug: `2020-05-17-a-long-name-of-a-sender-and-a-subject-${String(i).padStart(9, '0')}`,
      sortKey: '2020-05-17',
    }));
    const parts = searchParts([...letters, { slug: 'zz-older', sortKey: '2019-01-01' }], 4000);
    const [part] = parts;
    if (part === undefined) throw new Error('no parts');
    const globs = partGlobs(part, parts.length);
    expect(globs.length).toBeGreaterThan(1);
    expect(Math.max(...globs.map((g) => g.length))).toBeGreaterThan(GLOB_CHARS - 100);
    for (const { slug } of [...letters, { slug: 'zz-older' }]) {
      mkdirSync(join(site, 'letters', slug), { recursive: true });
      writeFileSync(
        join(site, 'letters', slug, 'index.html'),
        `<html lang="en"><body><main data-pagefind-body><p>${slug}</p></main></body></html>`,
      );
    }
    const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (index === undefined) throw new Error('Pagefind did not start');
    let pages = 0;
    for (const glob of globs) {
      const added = await index.addDirectory({ path: site, glob });
      expect(added.errors).toEqual([]);
      pages += added.page_count;
    }
    // Exactly the part's letters: the other part's page is not read.
    expect(pages).toBe(2001);
    expect(part.slugs).toHaveLength(2001);
  }, 60_000);
});
