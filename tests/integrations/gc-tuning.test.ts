import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import gcTuning, { GC_FLAGS, tuneGarbageCollection } from '../../src/integrations/gc-tuning';

const CHURN = fileURLToPath(new URL('./fixtures/external-churn.ts', import.meta.url));

/** Full collections of a process that holds a heap and churns 1 GB of buffers. */
const majorCollections = (mode: 'default' | 'tuned'): number => {
  const [count, live] = execFileSync(process.execPath, [CHURN, mode], { encoding: 'utf8' })
    .trim()
    .split(' ')
    .map(Number);
  expect(live).toBe(100_000);
  return count ?? Number.NaN;
};

describe('garbage collection tuned for the build', () => {
  it('sets the flag that counts external memory against the heap’s own limit', () => {
    const set: string[] = [];
    tuneGarbageCollection((flags) => set.push(flags));
    expect(set).toEqual(['--external-memory-accounted-in-global-limit']);
    expect(GC_FLAGS).toBe(set[0]);
  });

  it('tunes `astro build` only, not `astro dev`', () => {
    const set: string[] = [];
    const hook = gcTuning((flags) => set.push(flags)).hooks['astro:config:setup'] as (options: {
      command: string;
    }) => void;
    hook({ command: 'dev' });
    expect(set).toEqual([]);
    hook({ command: 'build' });
    expect(set).toEqual([GC_FLAGS]);
  });

  // The behaviour itself: short-lived buffers (a page's bytes, its file, its message to
  // Pagefind) no longer start a collection of the whole heap every 64 MB.
  it('makes buffer churn start far fewer full collections of a held heap', () => {
    const untuned = majorCollections('default');
    const tuned = majorCollections('tuned');
    expect(untuned).toBeGreaterThanOrEqual(5);
    expect(tuned).toBeLessThanOrEqual(2);
  }, 60_000);
});
