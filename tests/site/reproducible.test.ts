/**
 * Two builds of the same commit give a byte-identical site, Pagefind index
 * included: nothing in the output depends on the clock, the machine or the order
 * in which collections happen to load.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { astroBuild, testBuildDir } from '../support/astro-build';

const distDir = inject('distDir');
const root = testBuildDir('again');

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Every file of a built site with the hash of its bytes. */
function fingerprint(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        return [
          path
            .slice(dir.length + 1)
            .split(sep)
            .join('/'),
          hash,
        ] as const;
      }),
  );
}

describe('a second build of the same commit', () => {
  it('is byte-identical to the first, file for file', async () => {
    const again = join(root, 'dist');
    const result = await astroBuild({ outDir: again, cacheDir: join(root, 'cache') });
    expect(result.status, result.output).toBe(0);
    const first = fingerprint(distDir);
    const second = fingerprint(again);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first]
      .filter(([file, hash]) => second.get(file) !== hash)
      .map(([file]) => file);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(40);
  });
});
