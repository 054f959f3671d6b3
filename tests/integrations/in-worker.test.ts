import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inWorker } from '../../src/integrations/in-worker';
import type { checkSiteLinks } from '../../src/integrations/link-check';
import type { takeInventory } from '../../src/integrations/nothing-lost';
import { testTempDir } from '../support/temp-dir';
import type { failing, whereCalled } from './fixtures/worker-functions';

const FUNCTIONS = new URL('./fixtures/worker-functions.ts', import.meta.url);

describe('inWorker', () => {
  it('calls the function in a worker thread, not the main one, and resolves with its result', async () => {
    const result = await inWorker<typeof whereCalled>(FUNCTIONS, 'whereCalled', 'a', 2, {
      c: [3],
    });
    expect(result).toEqual({ mainThread: false, args: ['a', 2, { c: [3] }] });
  });

  it('rejects with the error the function throws', async () => {
    await expect(inWorker<typeof failing>(FUNCTIONS, 'failing', 'x.md')).rejects.toThrow(
      'x.md: something is wrong',
    );
  });

  it('rejects, naming it, when the module has no such function', async () => {
    await expect(inWorker(FUNCTIONS, 'missing')).rejects.toThrow(/exports no function missing/);
  });

  // The build's checks run their own modules in workers, loaded by Node without Vite.
  it('runs the link check and nothing-lost, as Node loads them', async () => {
    const site = testTempDir('in-worker');
    writeFileSync(join(site, 'index.html'), '<a href="/nowhere/">x</a>');
    await expect(
      inWorker<typeof checkSiteLinks>(
        new URL('../../src/integrations/link-check.ts', import.meta.url),
        'checkSiteLinks',
        site,
      ),
    ).rejects.toThrow(/1 broken internal link.*\n {2}\/: \/nowhere\/ \(no file/);
    mkdirSync(join(site, 'letters'));
    await expect(
      inWorker<typeof takeInventory>(
        new URL('../../src/integrations/nothing-lost.ts', import.meta.url),
        'takeInventory',
        site,
        site,
      ),
    ).rejects.toThrow(/index-parts\.json/);
  });
});
