/**
 * Vitest global setup: builds the real site once per test run, into a temporary
 * folder, and hands its path to the tests (`inject('distDir')`). The build runs
 * as a child process, exactly as `npm run build` does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site: `dist/` of a fresh `astro build`. */
    distDir: string;
  }
}

/** Builds the site and provides its folder to the tests; removes it afterwards. */
export default function setup(project: TestProject): () => void {
  const distDir = mkdtempSync(join(tmpdir(), 'postbag-dist-'));
  const started = Date.now();
  process.stdout.write(`Building the site for the tests into ${distDir} …\n`);
  const result = spawnSync('astro', ['build', '--outDir', distDir], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    rmSync(distDir, { recursive: true, force: true });
    throw new Error(
      `astro build failed (exit ${String(result.status)}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  process.stdout.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide('distDir', distDir);
  return () => {
    rmSync(distDir, { recursive: true, force: true });
  };
}
