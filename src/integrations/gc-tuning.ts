/**
 * Garbage collection tuned for a build whose heap holds the whole archive.
 *
 * Every page a build renders passes through a few short-lived buffers (its bytes, the
 * file Astro writes, the message that hands its letter to Pagefind's process: about
 * 200 kB a letter page). By default V8 starts a full collection, marking the whole heap,
 * whenever such external memory has grown by 64 MB since the last one, however large the
 * heap: every 300 or so pages. The heap grows with the archive, so each collection costs
 * more and there are more of them: the build's collection was quadratic. With
 * `--external-memory-accounted-in-global-limit` V8 counts that memory against the heap's
 * own limit, which grows with the heap, and collects as often per page at 100,000 letters
 * as at 10,000 (30,000 synthetic letters: 21 full collections instead of 81, and V8's
 * collector threads 28 CPU seconds instead of 87–96; docs/performance.md).
 *
 * The flag cannot be given in NODE_OPTIONS, which refuses it, so the build sets it on
 * itself: V8 reads it whenever it sets the next limit.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** The V8 flag that makes full collections scale with the heap rather than with external memory. */
export const GC_FLAGS = '--external-memory-accounted-in-global-limit';

/** Sets the build's garbage collection flags on this process (`set` is for tests). */
export function tuneGarbageCollection(set: (flags: string) => void = setFlagsFromString): void {
  set(GC_FLAGS);
}

/** The Astro integration that tunes garbage collection for `astro build` (not `astro dev`; `set` is for tests). */
export default function gcTuning(set?: (flags: string) => void): AstroIntegration {
  return {
    name: 'postbag-gc-tuning',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') tuneGarbageCollection(set);
      },
    },
  };
}
