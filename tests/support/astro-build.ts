/**
 * Runs `astro build` as a child process, as `npm run build` does, optionally on
 * another content folder and with its own cache, so test builds never touch the
 * real content or each other.
 */
import { spawn } from 'node:child_process';

/** What to build, and where. */
export interface BuildOptions {
  /** Where the site is written. */
  readonly outDir: string;
  /** A content folder to build instead of `content/`. */
  readonly contentDir?: string;
  /** Astro's cache (its content store); give each concurrent build its own. */
  readonly cacheDir?: string;
}

/** How a build ended, and everything it printed. */
export interface BuildResult {
  readonly status: number | null;
  readonly output: string;
}

/** Builds the site; resolves when the build has ended, whether it failed or not. */
export function astroBuild(options: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
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
