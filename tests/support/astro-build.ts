/**
 * Runs `astro build` as a child process, as `npm run build` does, optionally on
 * another content folder and with its own cache, so test builds never touch the
 * real content or each other.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A fresh folder for one test build, inside the project (under node_modules/.cache).
 * Astro 7 writes a build's prerender chunks beside its outDir only when the outDir
 * is inside the working directory; otherwise every build shares `.astro/.prerender/`
 * and concurrent builds delete each other's chunks.
 */
export function testBuildDir(prefix: string): string {
  const parent = join(process.cwd(), 'node_modules', '.cache', 'postbag-tests');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${prefix}-`));
}

/** What to build, and where. */
export interface BuildOptions {
  /** Where the site is written. */
  readonly outDir: string;
  /** A content folder to build instead of `content/`. */
  readonly contentDir?: string;
  /** Astro's cache (its content store); give each concurrent build its own. */
  readonly cacheDir?: string;
  /** More environment variables for the build (POSTBAG_SEARCH_PART_LETTERS, …). */
  readonly env?: Readonly<Record<string, string>>;
}

/** How a build ended, and everything it printed. */
export interface BuildResult {
  readonly status: number | null;
  readonly output: string;
}

/** Builds the site; resolves when the build has ended, whether it failed or not. */
export function astroBuild(options: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  if (options.contentDir !== undefined) env['POSTBAG_CONTENT_DIR'] = options.contentDir;
  if (options.cacheDir !== undefined) env['POSTBAG_CACHE_DIR'] = options.cacheDir;
  return new Promise((resolve, reject) => {
    const child = spawn('astro', ['build', '--outDir', options.outDir], { env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, output });
    });
  });
}
