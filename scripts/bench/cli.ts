/**
 * `npm run bench`: its options are those of `USAGE`, below, which `--help` prints.
 *
 * Generates a synthetic archive of N letters (scripts/bench/corpus.ts), or takes
 * an existing content folder as it is (`--corpus`, read, never written), then, on
 * that same corpus, builds the full site and a bare Astro + Pagefind baseline
 * (scripts/bench/baseline.ts), measuring each build's wall time, peak memory,
 * output and index size, and what a reader's first searches cost. The project is
 * not copied: the full build runs in place with POSTBAG_CONTENT_DIR pointing at
 * the corpus, POSTBAG_CACHE_DIR at a cache of its own and --outDir at a folder
 * inside the project (Astro 7 writes prerender chunks beside an outDir inside the
 * project, so runs never collide). Everything goes under
 * node_modules/.cache/postbag-bench/ and is removed unless --keep is given.
 * Progress goes to stderr, the table to stdout. See docs/performance.md.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { BASELINE_STORES, writeBaselineProject, type BaselineStore } from './baseline.ts';
import { generateCorpus, summariseCorpus, type CorpusSummary } from './corpus.ts';
import {
  BUILD_ALLOCATOR,
  BUILD_HEAP,
  folderSize,
  measure,
  readEveryFile,
  type Measured,
  type SizedFile,
} from './measure.ts';
import { browserMissingReason } from '../support/chromium.ts';
import { measureSearch, NEWEST_FIRST, type QueryCost } from './search.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'node_modules', '.bin');

/**
 * The first query, then two more typical ones: a phrase on a topic, and a rare name;
 * then the first again, newest first (on the site only).
 */
export const QUERIES = ['health', 'housing targets', 'Wixams', `health${NEWEST_FIRST}`] as const;

const USAGE = `usage: npm run bench -- --letters N [--json FILE] [--keep] [--seed S] [--no-search] [--no-baseline] [--baseline-store one|pieces]
       npm run bench -- --corpus DIR [--json FILE] [--keep] [--no-search] [--no-baseline] [--baseline-store one|pieces]
  Builds the site and a bare Astro + Pagefind baseline on a synthetic archive of
  N letters, or on the content folder DIR (letters/, people/, … as in content/),
  and reports time, memory, size and search cost. A baseline that fails is
  reported as failed, with its error; --no-baseline skips it. --baseline-store
  pieces compiles the baseline's content store as the site does, in pieces, instead
  of Astro's one string literal, which V8 reads in quadratic time (default: one).
  See docs/performance.md.`;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const mb = (bytes: number) => bytes / 1e6;

/** Per-page lines of Astro's build log; everything else is shown as progress. */
const PAGE_LINE = /^\s*[├└│]|^\s*$|\(\+\d+m?s\)\s*$/;

/** One build's figures. */
interface BuildFigures {
  seconds: number;
  cpuSeconds: number;
  /** Each program's CPU seconds (see `Measured`). */
  cpuSecondsByProgram: Record<string, number>;
  /** The kernel's part of `cpuSeconds`, and the page faults that cost much of it (see `Measured`). */
  systemCpuSeconds: number;
  minorFaults: number;
  peakRssMib: number;
  /** Each program's own peak (see `Measured`). */
  peakRssMibByProgram: Record<string, number>;
  /** When the build's peak, and each program's, was reached: seconds into the build (see `Measured`). */
  peakAtSeconds: number;
  peakAtSecondsByProgram: Record<string, number>;
  distFiles: number;
  distMb: number;
  largestFile: SizedFile | undefined;
  largestPage: SizedFile | undefined;
  indexFiles: number;
  indexMb: number;
  /** When each phase's log line appeared, seconds into the build. */
  phases: { at: number; line: string }[];
}

async function measuredStep(
  label: string,
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  phases: { at: number; line: string }[],
  offset = 0,
): Promise<Measured> {
  const started = performance.now();
  const result = await measure(command, args, {
    cwd,
    env,
    onLine: (line) => {
      if (PAGE_LINE.test(line)) return;
      const at = offset + (performance.now() - started) / 1000;
      const clean = stripVTControlCharacters(line).trim();
      phases.push({ at: Number(at.toFixed(1)), line: clean });
      log(`${label} ${at.toFixed(1)}s ${clean}`);
    },
  });
  if (result.status !== 0) {
    throw new Error(
      `${label} failed (exit ${String(result.status)}):\n${result.output.slice(-4000)}`,
    );
  }
  return result;
}

/**
 * When a peak of runs one after the other was reached, in seconds from the first run's start:
 * the time into the run with the highest peak, after the runs before it.
 */
function peakAt(
  runs: readonly Measured[],
  peakOf: (run: Measured) => number | undefined,
  atOf: (run: Measured) => number | undefined,
): number | undefined {
  let best: { peak: number; at: number } | undefined;
  let offset = 0;
  for (const run of runs) {
    const peak = peakOf(run);
    const at = atOf(run);
    if (peak !== undefined && at !== undefined && peak > (best?.peak ?? -1))
      best = { peak, at: offset + at };
    offset += run.seconds;
  }
  return best === undefined ? undefined : round(best.at);
}

function figures(dist: string, runs: readonly Measured[], phases: BuildFigures['phases']) {
  const all = folderSize(dist);
  const index = folderSize(join(dist, 'pagefind'));
  const programs = new Set(runs.flatMap((r) => Object.keys(r.peakRssMibByProgram)));
  return {
    seconds: runs.reduce((s, r) => s + r.seconds, 0),
    cpuSeconds: runs.reduce((s, r) => s + r.cpuSeconds, 0),
    cpuSecondsByProgram: runs.reduce<Record<string, number>>((sums, r) => {
      for (const [program, seconds] of Object.entries(r.cpuSecondsByProgram)) {
        sums[program] = round((sums[program] ?? 0) + seconds);
      }
      return sums;
    }, {}),
    systemCpuSeconds: runs.reduce((s, r) => s + r.systemCpuSeconds, 0),
    minorFaults: runs.reduce((s, r) => s + r.minorFaults, 0),
    peakRssMib: Math.max(...runs.map((r) => r.peakRssMib)),
    peakRssMibByProgram: runs.reduce<Record<string, number>>((peaks, r) => {
      for (const [program, peak] of Object.entries(r.peakRssMibByProgram)) {
        peaks[program] = Math.round(Math.max(peaks[program] ?? 0, peak));
      }
      return peaks;
    }, {}),
    peakAtSeconds:
      peakAt(
        runs,
        (r) => r.peakRssMib,
        (r) => r.peakAtSeconds,
      ) ?? 0,
    peakAtSecondsByProgram: Object.fromEntries(
      [...programs].map((program) => [
        program,
        peakAt(
          runs,
          (r) => r.peakRssMibByProgram[program],
          (r) => r.peakAtSecondsByProgram[program],
        ) ?? 0,
      ]),
    ),
    distFiles: all.files,
    distMb: mb(all.bytes),
    largestFile: all.largestFile,
    largestPage: all.largestPage,
    indexFiles: index.files,
    indexMb: mb(index.bytes),
    phases,
  } satisfies BuildFigures;
}

const round = (n: number, places = 1) => Number(n.toFixed(places));

/** `f(n)`, or null when there is no figure (the baseline failed or was skipped). */
const orNull = (n: number | undefined, f: (n: number) => number): number | null =>
  n === undefined ? null : f(n);

/**
 * Builds the bare baseline: Astro, then the Pagefind CLI. A failure is a result,
 * not a crash: past about 28,000 letters the bare Astro build cannot complete
 * (docs/performance.md), and the full site's figures are still worth having.
 */
async function buildBaseline(
  dir: string,
  content: string,
  env: NodeJS.ProcessEnv,
  store: BaselineStore,
): Promise<
  | { figures: BuildFigures; astroSeconds: number; pagefindSeconds: number }
  | { error: string; phases: BuildFigures['phases'] }
> {
  log('building the baseline …');
  const phases: BuildFigures['phases'] = [];
  try {
    writeBaselineProject(dir, join(content, 'letters'), ROOT, store);
    const astro = await measuredStep('baseline', join(BIN, 'astro'), ['build'], dir, env, phases);
    const pagefind = await measuredStep(
      'baseline',
      join(BIN, 'pagefind'),
      ['--site', 'dist'],
      dir,
      env,
      phases,
      astro.seconds,
    );
    return {
      figures: figures(join(dir, 'dist'), [astro, pagefind], phases),
      astroSeconds: astro.seconds,
      pagefindSeconds: pagefind.seconds,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The command and its exit code, then the last error line it printed.
    const lines = message.split('\n').filter((l) => l.trim() !== '');
    const cause = lines.findLast((l) => /error|invalid|killed|memory/i.test(l)) ?? lines.at(-1);
    return { error: `${lines[0] ?? ''} ${cause?.trim() ?? ''}`.trim(), phases };
  }
}

/** The command line, read; `undefined` with the exit code when it asks for help or is wrong. */
function readOptions() {
  const { values } = parseArgs({
    options: {
      letters: { type: 'string' },
      corpus: { type: 'string' },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      seed: { type: 'string', default: '20241003' },
      'no-search': { type: 'boolean', default: false },
      'no-baseline': { type: 'boolean', default: false },
      'baseline-store': { type: 'string', default: 'one' },
      help: { type: 'boolean', default: false },
    },
  });
  const letters = values.letters === undefined ? undefined : Number(values.letters);
  const corpus = values.corpus === undefined ? undefined : resolve(values.corpus);
  const store = BASELINE_STORES.find((s) => s === values['baseline-store']);
  const valid =
    corpus === undefined
      ? letters !== undefined && Number.isInteger(letters) && letters >= 1
      : letters === undefined && existsSync(join(corpus, 'letters'));
  if (values.help || !valid || store === undefined) {
    if (corpus !== undefined && !existsSync(join(corpus, 'letters'))) {
      process.stderr.write(`${corpus} has no letters/ folder: --corpus takes a content folder.\n`);
    }
    if (store === undefined) {
      process.stderr.write(
        `--baseline-store takes ${BASELINE_STORES.join(' or ')}, not "${values['baseline-store']}".\n`,
      );
    }
    process.stderr.write(`${USAGE}\n`);
    return { exit: values.help ? 0 : 2 } as const;
  }
  return {
    /** A synthetic archive of this many letters, or `undefined` with `corpus`. */
    letters,
    /** An existing content folder to build, instead of a synthetic archive. */
    corpus,
    seed: Number(values.seed),
    json: values.json,
    keep: values.keep,
    search: !values['no-search'],
    baseline: !values['no-baseline'],
    /** How the baseline's content store is compiled (`BASELINE_STORES`). */
    baselineStore: store,
  } as const;
}

type Options = Exclude<ReturnType<typeof readOptions>, { exit: number }>;

/** Where one run works: the corpus, the site, the baseline. */
function runFolders(options: Options) {
  const name = options.corpus === undefined ? `n${options.letters}` : 'corpus';
  const run = join(ROOT, 'node_modules', '.cache', 'postbag-bench', `${name}-${process.pid}`);
  return {
    run,
    content: options.corpus ?? join(run, 'content'),
    siteDist: join(run, 'site', 'dist'),
    baselineDir: join(run, 'baseline'),
  };
}

type Folders = ReturnType<typeof runFolders>;

/**
 * The builds' environment: telemetry off, and the heap `npm run build` gives Astro. The
 * site's build also gets the allocator settings of `npm run build` (`BUILD_ALLOCATOR`); the
 * baseline, the bare tools as they ship, does not.
 */
const buildEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  NODE_OPTIONS: `${BUILD_HEAP} ${process.env['NODE_OPTIONS'] ?? ''}`.trim(),
});

/** Reads the content before a build, so that each build starts with it cached (`readEveryFile`). */
function warmContent(folders: Folders): void {
  log(`read the content (${mb(readEveryFile(folders.content)).toFixed(1)} MB) before building`);
}

/** Builds the full site from the corpus and measures it. */
async function buildSite(folders: Folders, env: NodeJS.ProcessEnv): Promise<BuildFigures> {
  warmContent(folders);
  log('building the full site …');
  const phases: BuildFigures['phases'] = [];
  const build = await measuredStep(
    'site',
    join(BIN, 'astro'),
    ['build', '--outDir', folders.siteDist],
    ROOT,
    {
      ...env,
      ...BUILD_ALLOCATOR,
      POSTBAG_CONTENT_DIR: folders.content,
      POSTBAG_CACHE_DIR: join(folders.run, 'site', 'cache'),
    },
    phases,
  );
  const site = figures(folders.siteDist, [build], phases);
  log(`site: ${site.seconds.toFixed(1)}s, peak ${site.peakRssMib.toFixed(0)} MiB`);
  return site;
}

type BaselineOutcome = Awaited<ReturnType<typeof buildBaseline>>;

/** Builds the bare baseline from the same corpus, unless asked not to. */
async function baselineOf(
  options: Options,
  folders: Folders,
  env: NodeJS.ProcessEnv,
): Promise<BaselineOutcome> {
  if (!options.baseline) return { error: 'not built (--no-baseline)', phases: [] };
  warmContent(folders);
  const base = await buildBaseline(
    folders.baselineDir,
    folders.content,
    env,
    options.baselineStore,
  );
  if ('error' in base) log(`baseline: ${base.error}`);
  else
    log(
      `baseline: ${base.figures.seconds.toFixed(1)}s, peak ${base.figures.peakRssMib.toFixed(0)} MiB`,
    );
  return base;
}

/** What a reader's searches cost on the site and on the baseline, in Chromium. */
async function searchCosts(
  options: Options,
  folders: Folders,
  baselineBuilt: boolean,
): Promise<{ site: QueryCost[]; baseline: QueryCost[] }> {
  const missing = browserMissingReason();
  if (!options.search) {
    log('search not measured (--no-search)');
    return { site: [], baseline: [] };
  }
  if (missing !== undefined) {
    if (process.env['CI'] === 'true') throw new Error(`${missing} Search cannot be skipped in CI.`);
    process.stderr.write(`\n*** SEARCH NOT MEASURED: ${missing} ***\n\n`);
    return { site: [], baseline: [] };
  }
  log('measuring search in headless Chromium …');
  const started = performance.now();
  const site = await measureSearch(folders.siteDist, 'site', QUERIES);
  let baseline: QueryCost[] = [];
  if (baselineBuilt) {
    const baseDist = join(folders.baselineDir, 'dist');
    const firstLetter = readdirSync(join(baseDist, 'letters'))[0] ?? '';
    baseline = await measureSearch(baseDist, 'baseline', QUERIES, `/letters/${firstLetter}/`);
  }
  log(`search measured in ${((performance.now() - started) / 1000).toFixed(1)}s`);
  return { site, baseline };
}

/** The machine the run was on, and how loaded it was before and after. */
const machineOf = (loadBefore: number[]) => ({
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  memory_gib: round(totalmem() / 2 ** 30),
  node: process.version,
  load_before: loadBefore.map((l) => round(l, 2)),
  load_after: loadavg().map((l) => round(l, 2)),
});

/** The run's figures, site against baseline, as the JSON report has them. */
function reportOf(
  run: { options: Options; corpus: CorpusSummary; loadBefore: number[] },
  site: BuildFigures,
  base: BaselineOutcome,
  queries: { site: QueryCost[]; baseline: QueryCost[] },
) {
  const baseline = 'error' in base ? undefined : base.figures;
  const first = queries.site[0];
  return {
    letters: run.corpus.letters,
    corpus_folder: run.options.corpus ?? null,
    seed: run.options.corpus === undefined ? run.options.seed : null,
    date: new Date().toISOString(),
    machine: machineOf(run.loadBefore),
    corpus: run.corpus,
    build_seconds: round(site.seconds),
    baseline_seconds: orNull(baseline?.seconds, round),
    baseline_astro_seconds: 'error' in base ? null : round(base.astroSeconds),
    baseline_pagefind_seconds: 'error' in base ? null : round(base.pagefindSeconds),
    baseline_error: 'error' in base ? base.error : null,
    baseline_store: run.options.baselineStore,
    build_ratio: orNull(baseline?.seconds, (b) => round(site.seconds / b, 2)),
    build_cpu_seconds: round(site.cpuSeconds),
    baseline_cpu_seconds: orNull(baseline?.cpuSeconds, round),
    cpu_ratio: orNull(baseline?.cpuSeconds, (b) => round(site.cpuSeconds / b, 2)),
    cpu_seconds_by_program: site.cpuSecondsByProgram,
    baseline_cpu_seconds_by_program: baseline?.cpuSecondsByProgram ?? null,
    system_cpu_seconds: round(site.systemCpuSeconds),
    baseline_system_cpu_seconds: orNull(baseline?.systemCpuSeconds, round),
    minor_faults: site.minorFaults,
    baseline_minor_faults: baseline?.minorFaults ?? null,
    peak_rss_mib: round(site.peakRssMib, 0),
    peak_rss_mib_by_program: site.peakRssMibByProgram,
    baseline_peak_rss_mib: orNull(baseline?.peakRssMib, (b) => round(b, 0)),
    baseline_peak_rss_mib_by_program: baseline?.peakRssMibByProgram ?? null,
    peak_at_seconds: site.peakAtSeconds,
    peak_at_seconds_by_program: site.peakAtSecondsByProgram,
    baseline_peak_at_seconds: baseline?.peakAtSeconds ?? null,
    baseline_peak_at_seconds_by_program: baseline?.peakAtSecondsByProgram ?? null,
    dist_files: site.distFiles,
    dist_mb: round(site.distMb),
    largest_file: sized(site.largestFile),
    largest_html_page: sized(site.largestPage),
    baseline_dist_files: baseline?.distFiles ?? null,
    baseline_dist_mb: orNull(baseline?.distMb, round),
    index_files: site.indexFiles,
    index_mb: round(site.indexMb),
    baseline_index_files: baseline?.indexFiles ?? null,
    baseline_index_mb: orNull(baseline?.indexMb, round),
    first_query: first?.query ?? null,
    first_query_kb: first ? round(first.coldKb) : null,
    first_query_gzip_kb: first ? round(first.coldGzipKb) : null,
    first_query_files: first?.coldFiles ?? [],
    first_query_ms: first ? round(first.coldMs, 0) : null,
    queries: queries.site.map(roundQuery),
    baseline_queries: queries.baseline.map(roundQuery),
    site_phases: site.phases,
    baseline_phases: 'error' in base ? base.phases : base.figures.phases,
  };
}

async function main(): Promise<number> {
  const options = readOptions();
  if ('exit' in options) return options.exit;
  const folders = runFolders(options);
  const loadBefore = loadavg();
  log(`load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')}; working in ${folders.run}`);
  mkdirSync(folders.run, { recursive: true });
  try {
    const started = performance.now();
    const corpus =
      options.corpus === undefined
        ? generateCorpus({
            letters: options.letters ?? 0,
            seed: options.seed,
            from: join(ROOT, 'content'),
            to: folders.content,
          })
        : summariseCorpus(options.corpus);
    log(
      `${options.corpus === undefined ? 'generated' : `read ${options.corpus}:`} ${corpus.letters} letters (${corpus.undated} undated, ${corpus.answers} answers, ` +
        `${corpus.words} words, vocabulary ${corpus.vocabulary}) in ${((performance.now() - started) / 1000).toFixed(1)}s`,
    );
    const env = buildEnv();
    const site = await buildSite(folders, env);
    const base = await baselineOf(options, folders, env);
    const queries = await searchCosts(options, folders, !('error' in base));
    const report = reportOf({ options, corpus, loadBefore }, site, base, queries);
    process.stdout.write(table(report));
    if (options.json !== undefined) {
      writeFileSync(options.json, `${JSON.stringify(report, null, 2)}\n`);
      log(`wrote ${options.json}`);
    }
    return 0;
  } finally {
    if (options.keep) log(`kept ${folders.run}`);
    else rmSync(folders.run, { recursive: true, force: true });
  }
}

/** A file as the report gives it: its path and kilobytes. */
const sized = (file: SizedFile | undefined) =>
  file === undefined ? null : { path: file.path, kb: round(file.bytes / 1000) };

const roundQuery = (q: QueryCost) => ({
  query: q.query,
  results: q.results,
  cold_kb: round(q.coldKb),
  cold_gzip_kb: round(q.coldGzipKb),
  cold_ms: round(q.coldMs, 0),
  complete_kb: round(q.completeKb),
  complete_ms: round(q.completeMs, 0),
  warm_kb: round(q.warmKb),
  warm_first_ms: round(q.warmFirstMs, 0),
  warm_ms: round(q.warmMs, 0),
});

interface TableInput {
  letters: number;
  machine: { cpus: number; memory_gib: number; load_before: number[]; load_after: number[] };
  build_seconds: number;
  baseline_seconds: number | null;
  baseline_error: string | null;
  baseline_store: BaselineStore;
  build_ratio: number | null;
  build_cpu_seconds: number;
  baseline_cpu_seconds: number | null;
  cpu_ratio: number | null;
  cpu_seconds_by_program: Record<string, number>;
  baseline_cpu_seconds_by_program: Record<string, number> | null;
  system_cpu_seconds: number;
  baseline_system_cpu_seconds: number | null;
  minor_faults: number;
  baseline_minor_faults: number | null;
  peak_rss_mib: number;
  peak_rss_mib_by_program: Record<string, number>;
  baseline_peak_rss_mib: number | null;
  baseline_peak_rss_mib_by_program: Record<string, number> | null;
  peak_at_seconds: number;
  peak_at_seconds_by_program: Record<string, number>;
  baseline_peak_at_seconds: number | null;
  baseline_peak_at_seconds_by_program: Record<string, number> | null;
  dist_files: number;
  dist_mb: number;
  largest_file: { path: string; kb: number } | null;
  largest_html_page: { path: string; kb: number } | null;
  baseline_dist_files: number | null;
  baseline_dist_mb: number | null;
  index_files: number;
  index_mb: number;
  baseline_index_files: number | null;
  baseline_index_mb: number | null;
  queries: ReturnType<typeof roundQuery>[];
  baseline_queries: ReturnType<typeof roundQuery>[];
}

/** The results as a markdown table, ready for docs/performance.md. */
function table(r: TableInput): string {
  const or = (x: number | null) => (x === null ? 'n/a' : String(x));
  /** The three programs with the largest figures (of `rank`, when given), each with its figure. */
  const byProgram = (
    figures: Record<string, number> | null,
    rank: Record<string, number> | null = figures,
  ) =>
    figures === null
      ? 'n/a'
      : Object.entries(figures)
          .sort((a, b) => (rank?.[b[0]] ?? b[1]) - (rank?.[a[0]] ?? a[1]))
          .slice(0, 3)
          .map(([program, figure]) => `${program} ${figure}`)
          .join(', ');
  const file = (f: { path: string; kb: number } | null) =>
    f === null ? 'n/a' : `${f.kb} ${f.path}`;
  const rows: [string, string, string][] = [
    ['wall time (s)', String(r.build_seconds), r.baseline_error ?? or(r.baseline_seconds)],
    ['full ÷ baseline (wall)', or(r.build_ratio), '1'],
    ['CPU time, user + system (s)', String(r.build_cpu_seconds), or(r.baseline_cpu_seconds)],
    ['full ÷ baseline (CPU)', or(r.cpu_ratio), '1'],
    [
      'CPU by program (s)',
      byProgram(r.cpu_seconds_by_program),
      byProgram(r.baseline_cpu_seconds_by_program),
    ],
    ['of which in the kernel (s)', String(r.system_cpu_seconds), or(r.baseline_system_cpu_seconds)],
    [
      'minor page faults (millions)',
      String(round(r.minor_faults / 1e6, 2)),
      r.baseline_minor_faults === null ? 'n/a' : String(round(r.baseline_minor_faults / 1e6, 2)),
    ],
    ['peak RSS, process tree (MiB)', String(r.peak_rss_mib), or(r.baseline_peak_rss_mib)],
    [
      'peak RSS by program (MiB)',
      byProgram(r.peak_rss_mib_by_program),
      byProgram(r.baseline_peak_rss_mib_by_program),
    ],
    [
      'peak reached at (s into the build)',
      `${r.peak_at_seconds}: ${byProgram(r.peak_at_seconds_by_program, r.peak_rss_mib_by_program)}`,
      r.baseline_peak_at_seconds === null
        ? 'n/a'
        : `${r.baseline_peak_at_seconds}: ${byProgram(r.baseline_peak_at_seconds_by_program, r.baseline_peak_rss_mib_by_program)}`,
    ],
    ['dist/ files', String(r.dist_files), or(r.baseline_dist_files)],
    ['dist/ MB', String(r.dist_mb), or(r.baseline_dist_mb)],
    ['largest file (kB)', file(r.largest_file), ''],
    ['largest HTML page (kB)', file(r.largest_html_page), ''],
    ['index files (dist/pagefind)', String(r.index_files), or(r.baseline_index_files)],
    ['index MB', String(r.index_mb), or(r.baseline_index_mb)],
  ];
  r.queries.forEach((q, i) => {
    const b = r.baseline_queries[i];
    const cell = (x: ReturnType<typeof roundQuery> | undefined, which: 'cold' | 'warm') =>
      x === undefined
        ? 'n/a'
        : which === 'cold'
          ? `${x.cold_kb} kB (${x.cold_gzip_kb} gz), ${x.cold_ms} ms`
          : `${x.warm_kb} kB, ${x.warm_ms} ms (first results ${x.warm_first_ms} ms)`;
    rows.push([`“${q.query}” cold (${q.results} results)`, cell(q, 'cold'), cell(b, 'cold')]);
    if (q.complete_kb !== q.cold_kb) {
      rows.push([`“${q.query}” every part`, `${q.complete_kb} kB, ${q.complete_ms} ms`, 'n/a']);
    }
    rows.push([`“${q.query}” warm`, cell(q, 'warm'), cell(b, 'warm')]);
  });
  const width = (i: 0 | 1 | 2) => Math.max(...rows.map((row) => row[i].length), 12);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(width(i as 0 | 1 | 2))).join(' | ')} |`;
  return [
    '',
    `${r.letters} letters; ${r.machine.cpus} CPUs, ${r.machine.memory_gib} GiB; load ${r.machine.load_before.join(' ')} → ${r.machine.load_after.join(' ')}`,
    '',
    line([
      '',
      'full site',
      r.baseline_store === 'pieces' ? 'baseline, store in pieces' : 'baseline',
    ]),
    line(['-', '-', '-'].map((d, i) => d.repeat(width(i as 0 | 1 | 2)))),
    ...rows.map(line),
    '',
  ].join('\n');
}

if (!existsSync(join(BIN, 'astro'))) {
  process.stderr.write('node_modules/.bin/astro is missing: run npm install first.\n');
  process.exitCode = 1;
} else {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`[bench] ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
