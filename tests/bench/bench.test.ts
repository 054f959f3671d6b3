/**
 * A smoke test of `npm run bench`: with 20 letters it generates the corpus,
 * builds the full site and the baseline, measures search (skipped loudly when
 * there is no browser, never in CI) and writes the JSON report. The figures
 * themselves are not checked here: they depend on the machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_ALLOCATOR, BUILD_HEAP } from '../../scripts/bench/measure';
import { browserMissingReason } from '../../scripts/support/chromium';

const folder = mkdtempSync(join(tmpdir(), 'postbag-bench-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** `npm run build`'s command, as package.json gives it. */
const buildScript = (): string | undefined =>
  (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts[
    'build'
  ];

describe('npm run bench', () => {
  it('builds 20 synthetic letters both ways and reports every figure the issue asks for', () => {
    const json = join(folder, 'bench.json');
    const run = spawnSync(
      process.execPath,
      ['scripts/bench/cli.ts', '--letters', '20', '--json', json],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('| wall time (s)');
    const report = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({ letters: 20 });
    for (const field of [
      'build_seconds',
      'baseline_seconds',
      'peak_rss_mib',
      'baseline_peak_rss_mib',
      'dist_files',
      'dist_mb',
    ]) {
      expect(report[field], field).toBeGreaterThan(0);
    }
    // The largest file and HTML page, for the budgets (src/lib/budgets.ts).
    expect(report['largest_file']).toMatchObject({ kb: expect.any(Number) as number });
    expect(report['largest_html_page']).toMatchObject({
      path: expect.stringMatching(/\.html$/) as string,
    });
    // Which program the memory went to: Astro runs in node, the index in Pagefind's binary.
    expect(report['peak_rss_mib_by_program']).toHaveProperty('node');
    expect(report['cpu_seconds_by_program']).toHaveProperty('node');
    expect(report['baseline_error']).toBeNull();
    // The synthetic corpus is all there: 20 letter pages in the site's search index.
    expect(run.stderr).toContain('Indexed 20 letter pages for search');
    if (browserMissingReason() === undefined) {
      expect(report['first_query_kb']).toBeGreaterThan(0);
      expect(report['first_query_ms']).toBeGreaterThan(0);
    } else {
      expect(run.stderr).toContain('SEARCH NOT MEASURED');
    }
  }, 180_000);

  it('builds an existing content folder both ways (--corpus), reading it and writing nothing there, the baseline’s store in pieces if asked', () => {
    const json = join(folder, 'corpus.json');
    const before = readdirSync('content/letters', { recursive: true }).length;
    const run = spawnSync(
      process.execPath,
      [
        'scripts/bench/cli.ts',
        '--corpus',
        'content',
        '--no-search',
        '--baseline-store',
        'pieces',
        '--json',
        json,
      ],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
    const letters = readdirSync('content/letters', { recursive: true }).filter((f) =>
      String(f).endsWith('.md'),
    ).length;
    expect(report).toMatchObject({ letters, corpus_folder: resolve('content'), seed: null });
    expect(report['baseline_error']).toBeNull();
    expect(report['baseline_seconds']).toBeGreaterThan(0);
    expect(run.stderr).toContain(`Indexed ${letters} letter pages for search`);
    // The baseline's own build log says its store was compiled in pieces, as the site's does.
    expect(report['baseline_store']).toBe('pieces');
    expect(run.stderr).toMatch(/\[bench\] baseline [\d.]+s .*Compiled the content store/);
    expect(run.stdout).toContain('baseline, store in pieces');
    expect(readdirSync('content/letters', { recursive: true })).toHaveLength(before);
  }, 180_000);

  it('refuses a --corpus folder without letters, saying what it takes', () => {
    const run = spawnSync(process.execPath, ['scripts/bench/cli.ts', '--corpus', folder], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${folder} has no letters/ folder`);
  });

  it('refuses a --baseline-store it does not know, naming the two it takes', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/bench/cli.ts', '--letters', '5', '--baseline-store', 'chunks'],
      { encoding: 'utf8' },
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--baseline-store takes one or pieces, not "chunks"');
  });

  it('gives its builds the heap that package.json’s build script gives Astro (BUILD_HEAP)', () => {
    expect(buildScript()).toContain(`NODE_OPTIONS="${BUILD_HEAP} $NODE_OPTIONS"`);
  });

  it('gives the site’s build the allocator settings package.json’s build script gives Astro (BUILD_ALLOCATOR)', () => {
    const settings = Object.entries(BUILD_ALLOCATOR);
    expect(settings.length).toBeGreaterThan(0);
    const script = buildScript();
    for (const [name, value] of settings) expect(script).toContain(` ${name}=${value} `);
  });

  it('sets options that the mimalloc of Astro’s bundler and of its compiler both read', () => {
    // With MIMALLOC_VERBOSE, each copy of mimalloc prints the options it read as it starts.
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "await import('rolldown'); await import('@astrojs/compiler-binding');",
      ],
      { encoding: 'utf8', env: { ...process.env, ...BUILD_ALLOCATOR, MIMALLOC_VERBOSE: '1' } },
    );
    expect(run.status, run.stderr).toBe(0);
    const starts = run.stderr.match(/mimalloc: process init/g)?.length ?? 0;
    expect(starts).toBe(2);
    for (const [name, value] of Object.entries(BUILD_ALLOCATOR)) {
      const option = name.replace(/^MIMALLOC_/, '').toLowerCase();
      const read = run.stderr.match(new RegExp(`option '${option}': ${value}\\b`, 'g'));
      expect(read?.length, `${option} = ${value} read by each copy`).toBe(starts);
    }
  });
});
