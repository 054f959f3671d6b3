import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import outputRecord from '../../src/integrations/output-record';
import { measureText } from '../../src/lib/export-files';
import { fileForPath } from '../../src/lib/link-check';
import { registeredOutputRecorder } from '../../src/lib/output-recorder';
import { testTempDir } from '../support/temp-dir';

const encode = (text: string) => new TextEncoder().encode(text);

/** Page `i` of `n`: it links to the next, and is about `bytes` long. */
function page(i: number, n: number, bytes: number): string {
  return `<h1 id="p${i}">Page ${i}</h1><a href="/p/${(i + 1) % n}/#p${(i + 1) % n}">next</a><p>${'x'.repeat(bytes)}</p>`;
}

describe('the record of a build’s output, kept in its worker', () => {
  it('takes every page and file the middleware hands it, in whatever batches, however large, and sends the last before it answers', async () => {
    const site = testTempDir('record');
    // 300 pages of 8 kB, one of 3 MB: more than one batch, and a page larger than one.
    const sizes = [...Array.from({ length: 300 }, () => 8_000), 3_000_000];
    const pages = sizes.map((bytes, i) => [`/p/${i}/`, page(i, sizes.length, bytes)] as const);
    const data = '{"letters":[]}\n';
    for (const [path, html] of pages) {
      const file = join(site, fileForPath(path));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
    }
    writeFileSync(join(site, 'data.json'), data);

    const recording = outputRecord();
    const hooks = recording.integration.hooks as Record<string, (options: unknown) => unknown>;
    await hooks['astro:build:start']?.({});
    const recorder = registeredOutputRecorder();
    expect(recorder).toBeDefined();
    for (const [path, html] of pages) {
      // As a response may give them: in more than one chunk.
      const bytes = encode(html);
      const chunks = [bytes.subarray(0, 100), bytes.subarray(100)];
      await recorder?.record({ path, html: true, chunks });
    }
    await recorder?.record({ path: '/data.json', html: false, chunks: [encode(data)] });
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${site}/`) });

    expect((await recording.measures()).get('/data.json')).toEqual(measureText([data]));
    const check = await recording.check();
    expect(check).toMatchObject({ pages: pages.length, links: pages.length, pagesRead: 0 });
    expect(check.broken).toEqual([]);
  });
});
