/**
 * A failed build leaves nothing deployable. Astro writes pages into `outDir` as
 * it goes and stops at the first failing check (content, links, nothing lost,
 * any integration), leaving a complete-looking site that a careless deploy step
 * would publish, or the previous build's site if it failed before writing.
 * So when an `astro build` process ends without reaching the last integration's
 * `astro:build:done`, its `outDir` is removed.
 *
 * Two integrations: `guard` goes first, so it is armed before any other check can
 * fail; `done` goes last, after every other integration's checks have passed.
 */
import { rmSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Whether `dir` may be removed: a folder inside the project, never the project itself or one above it. */
export function isRemovableOutDir(dir: string, root: string): boolean {
  const inside = relative(root, dir);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
}

/** The pair of integrations, sharing whether the build completed. */
export default function failedBuild(): { guard: AstroIntegration; done: AstroIntegration } {
  let completed = false;
  const guard: AstroIntegration = {
    name: 'postbag-failed-build-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build') return;
        const outDir = fileURLToPath(config.outDir);
        if (!isRemovableOutDir(outDir, fileURLToPath(config.root))) return;
        process.once('exit', () => {
          if (completed) return;
          rmSync(outDir, { recursive: true, force: true });
          logger.error(
            `The build failed: removed ${outDir} so that nothing half-built is deployed`,
          );
        });
      },
    },
  };
  const done: AstroIntegration = {
    name: 'postbag-failed-build-done',
    hooks: {
      'astro:build:done': () => {
        completed = true;
      },
    },
  };
  return { guard, done };
}
