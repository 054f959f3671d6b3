import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { searchParts, type SearchPart } from '../../src/lib/search-parts';

const calls: string[] = [];
/** Pages each index holds once written (what Pagefind writes in `pagefind-entry.json`). */
let pagesPerIndex: number | undefined;
let created = 0;
/** While set, every write waits for it: a Pagefind slow to write. */
let writesHeld: Promise<unknown> | undefined;
vi.mock('pagefind', () => ({
  createIndex: vi.fn((options: unknown) => {
    const id = ++created;
    calls.push(`createIndex ${id} ${JSON.stringify(options)}`);
    let pages = 0;
    return {
      errors: [],
      index: {
        addHTMLFile: vi.fn(({ url, content }: { url: string; content: string }) => {
          calls.push(`add ${id} ${url}`);
          pages++;
          return { errors: content.includes('unreadable') ? ['bad HTML'] : [] };
        }),
        writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
          calls.push(`writeFiles ${id} ${outputPath.slice(site.length)}`);
          await writesHeld;
          // A Pagefind that never answers.
          if (outputPath.includes('silent')) return new Promise(() => undefined);
          if (outputPath.includes('full')) return { errors: ['disk full'], outputPath: '' };
          mkdirSync(outputPath, { recursive: true });
          const entry = { languages: { en: { page_count: pagesPerIndex ?? pages } } };
          writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry));
          return { errors: [], outputPath };
        }),
      },
    };
  }),
  close: vi.fn(() => {
    calls.push('close');
  }),
}));

const { LiveSearchIndex } = await import('../../src/integrations/pagefind');
/** The mocked Pagefind, as every part's process. */
const mocked = await import('pagefind');
const started: number[] = [];
const startPagefind = (n: number) => {
  started.push(n);
  return Promise.resolve(mocked);
};
/** An index of the site in `dir`, its Pagefind mocked; `reported` gets its progress. */
const liveIndex = (dir: string, reported: string[] = []) =>
  new LiveSearchIndex(dir, (message) => reported.push(message), startPagefind);
let site: string;

/** The parts of an archive of these letters (newest last), `perPart` a part. */
function partsOf(slugs: string[], perPart: number): SearchPart[] {
  return searchParts(
    slugs.map((slug, i) => ({ slug, sortKey: `2020-01-${String(10 + i)}` })),
    perPart,
  );
}

/** Hands every letter of `parts` to the index, as the middleware does while pages render. */
async function render(live: InstanceType<typeof LiveSearchIndex>, parts: SearchPart[]) {
  for (const part of parts) {
    for (const slug of part.slugs) {
      await live.add({ part, url: `/letters/${slug}/`, html: `<p>${slug}</p>` });
    }
  }
}

beforeEach(() => {
  calls.length = 0;
  started.length = 0;
  created = 0;
  pagesPerIndex = undefined;
  writesHeld = undefined;
  site = mkdtempSync(join(tmpdir(), 'postbag-pagefind-'));
});

afterEach(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('building the search index while pages render', () => {
  it('indexes each letter page as it comes in an English index, writes it beside the pages and closes Pagefind', async () => {
    const parts = partsOf(['a', 'b'], 10);
    const live = liveIndex(site);
    await render(live, parts);
    await expect(live.finish(parts)).resolves.toEqual({
      letters: 2,
      outputPaths: [join(site, 'pagefind')],
    });
    expect(calls).toEqual([
      'createIndex 1 {"forceLanguage":"en"}',
      'add 1 /letters/b/',
      'add 1 /letters/a/',
      'writeFiles 1 /pagefind',
      'close',
    ]);
    expect(started).toEqual([1]);
  });

  it('gives each part a Pagefind process of its own, written and stopped once its last letter is in', async () => {
    const parts = partsOf(['a', 'b', 'c', 'd'], 2);
    const reported: string[] = [];
    const live = liveIndex(site, reported);
    await render(live, parts);
    await expect(live.finish(parts)).resolves.toEqual({
      letters: 4,
      outputPaths: [join(site, 'pagefind'), join(site, 'pagefind', 'part-2')],
    });
    expect(reported).toEqual([
      'Wrote the search index of 2 letters at /pagefind/',
      'Wrote the search index of 2 letters at /pagefind/part-2/',
    ]);
    // A process of its own for each part, stopped once the part is written.
    expect(started).toEqual([1, 2]);
    expect(calls.indexOf('close')).toBeGreaterThan(calls.indexOf('writeFiles 1 /pagefind'));
    expect(calls.filter((call) => call === 'close')).toHaveLength(2);
    expect(calls).toContain('writeFiles 2 /pagefind/part-2');
  });

  it('writes one part at a time, and starts no part while two are still to be written', async () => {
    const parts = partsOf(['a', 'b', 'c', 'd'], 1);
    const held = Promise.withResolvers<undefined>();
    writesHeld = held.promise;
    const live = liveIndex(site);
    const rendered = render(live, parts);
    await vi.waitFor(() => {
      expect(calls).toContain('add 2 /letters/c/');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Part 1 is being written and part 2 waits its turn: part 3 waits for part 1.
    expect(started).toEqual([1, 2]);
    expect(calls.filter((call) => call.startsWith('writeFiles'))).toEqual([
      'writeFiles 1 /pagefind',
    ]);
    held.resolve(undefined);
    await rendered;
    await expect(live.finish(parts)).resolves.toMatchObject({ letters: 4 });
    expect(started).toEqual([1, 2, 3, 4]);
    const at = (call: string) => calls.indexOf(call);
    // Each write ends (its process closed) before the next begins.
    expect(at('writeFiles 2 /pagefind/part-2')).toBeGreaterThan(at('close'));
    expect(at('createIndex 3 {"forceLanguage":"en"}')).toBeGreaterThan(at('close'));
    expect(calls.filter((call) => call === 'close')).toHaveLength(4);
  });

  it('fails the build, naming the part, when a part was not given all its letters', async () => {
    const parts = partsOf(['a', 'b', 'c'], 10);
    const live = liveIndex(site);
    const [part] = parts;
    if (part === undefined) throw new Error('no part');
    await live.add({ part, url: '/letters/c/', html: '<p>c</p>' });
    await expect(live.finish(parts)).rejects.toThrow(
      'The search index at /pagefind/ was given 1 of its 3 letter pages',
    );
    expect(calls.at(-1)).toBe('close');
  });

  it('fails the build when a part’s index holds a different number of letters than the part', async () => {
    const parts = partsOf(['a', 'b', 'c'], 10);
    const live = liveIndex(site);
    pagesPerIndex = 2;
    await render(live, parts);
    await expect(live.finish(parts)).rejects.toThrow(
      'The search index at /pagefind/ holds 2 pages, but its part has 3 letters',
    );
  });

  it('fails the build when Pagefind cannot index a page, naming it, and still closes Pagefind', async () => {
    const parts = partsOf(['a', 'unreadable'], 10);
    const live = liveIndex(site);
    await render(live, parts);
    await expect(live.finish(parts)).rejects.toThrow(
      'Pagefind could not index /letters/unreadable/: bad HTML',
    );
    expect(calls.at(-1)).toBe('close');
  });

  it('fails the build when Pagefind cannot write a part, naming the part', async () => {
    const live = liveIndex(join(site, 'full'));
    const parts = partsOf(['a'], 10);
    await render(live, parts);
    await expect(live.finish(parts)).rejects.toThrow(
      'Pagefind could not write the index of /pagefind/: disk full',
    );
  });

  it('fails the build, rather than hang, when Pagefind stops answering', async () => {
    const live = liveIndex(join(site, 'silent'));
    const parts = partsOf(['a'], 10);
    await render(live, parts);
    await expect(live.finish(parts, 50)).rejects.toThrow(
      /^Pagefind has not answered for 0 s with 1 pages or parts still to index or write$/,
    );
    expect(calls.at(-1)).toBe('close');
  });
});
