/**
 * Vitest global setup: builds the real site once per test run, into a temporary
 * folder, and hands its path and its log to the tests (`inject('distDir')`,
 * `inject('buildOutput')`). The build runs
 * as a child process, exactly as `npm run build` does.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, testBuildDir } from './astro-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site: `dist/` of a fresh `astro build`. */
    distDir: string;
    /** Everything that build printed. */
    buildOutput: string;
  }
}

/** Builds the site and provides its folder to the tests; removes it afterwards. */
export default async function setup(project: TestProject): Promise<() => void> {
  const root = testBuildDir('site');
  const distDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  const started = Date.now();
  process.stdout.write(`Building the site for the tests into ${distDir} …\n`);
  const result = await astroBuild({ outDir: distDir, cacheDir });
  rmSync(cacheDir, { recursive: true, force: true });
  if (result.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`astro build failed (exit ${String(result.status)}):\n${result.output}`);
  }
  process.stdout.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  project.provide('distDir', distDir);
  project.provide('buildOutput', result.output);
  return () => {
    rmSync(root, { recursive: true, force: true });
  };
}
