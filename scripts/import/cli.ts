/**
 * `npm run import -- <file|folder>... [--out DIR] [--json] [--force]`
 *
 * Turns raw letters (.txt, .md, .pdf, .docx, .eml) into draft content entries for
 * an editor to review. See docs/importer.md.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCatalogue } from './catalogue.ts';
import { draftLetter, type ImportSummary } from './draft.ts';
import { readSource, SUPPORTED_EXTENSIONS } from './read-source.ts';
import { DEFAULT_LIMITS, ImportError, type ReadLimits } from './source.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Progress is shown when a run has more files than this.
const PROGRESS_FROM = 3;

const USAGE = `usage: npm run import -- <file|folder>... [--out DIR] [--json] [--force] [--max-size MB]
  Reads ${SUPPORTED_EXTENSIONS.join(', ')} letters and writes one draft per file
  into content/letters/<year>/ (or DIR). Files over --max-size (default
  ${DEFAULT_LIMITS.maxBytes / 1024 / 1024} MB) are refused. See docs/importer.md.`;

/** One input's outcome, as printed by --json. */
interface ImportRecord extends ImportSummary {
  input: string;
  output: string | null;
  error?: string;
}

/** Lists the files to import: files as given, folders' supported files (not recursive), sorted. */
async function inputsOf(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory() === true) {
      const names = (await readdir(path)).filter((n) =>
        SUPPORTED_EXTENSIONS.some((ext) => n.toLowerCase().endsWith(ext)),
      );
      files.push(...names.sort().map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  return files;
}

const display = (path: string): string => relative(process.cwd(), path) || path;

/** How one run writes: where, whether to overwrite, the size limit, and what it has written so far. */
interface RunOptions {
  readonly out: string | undefined;
  readonly force: boolean;
  readonly limits: ReadLimits;
  /** Drafts written earlier in this run: never overwritten by a later input. */
  readonly written: Set<string>;
}

/** The draft's path: `<slug>.md`, or `<slug>-2.md`… when an earlier input of this run took that name. */
function freePath(folder: string, slug: string, written: ReadonlySet<string>): string {
  let path = join(folder, `${slug}.md`);
  for (let n = 2; written.has(path); n++) path = join(folder, `${slug}-${n}.md`);
  return path;
}

/**
 * Writes a draft, never through a symbolic link (refused even with --force, and
 * opened with O_NOFOLLOW so a link made meanwhile is refused too), and never over
 * an existing file without --force.
 */
async function writeDraft(output: string, markdown: string, force: boolean): Promise<void> {
  const info = await lstat(output).catch(() => undefined);
  const link = `${display(output)} is a symbolic link; the importer never writes through one (remove it first)`;
  if (info?.isSymbolicLink() === true) throw new ImportError(link);
  if (info !== undefined && !force)
    throw new ImportError(`${display(output)} already exists; use --force to overwrite it`);
  const flags =
    constants.O_WRONLY |
    constants.O_CREAT |
    constants.O_TRUNC |
    constants.O_NOFOLLOW |
    (force ? 0 : constants.O_EXCL);
  const handle = await open(output, flags, 0o644).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new ImportError(link);
    if (code === 'EEXIST')
      throw new ImportError(`${display(output)} already exists; use --force to overwrite it`);
    throw error;
  });
  try {
    await handle.writeFile(markdown);
  } finally {
    await handle.close();
  }
}

/** Imports one file and writes its draft; returns what was found. */
async function importOne(
  input: string,
  options: RunOptions,
  catalogue: ReturnType<typeof loadCatalogue>,
): Promise<ImportRecord> {
  const source = await readSource(input, options.limits);
  const draft = draftLetter(source, catalogue, { sourcesDir: join(ROOT, 'content/sources') });
  const folder = options.out ?? join(ROOT, 'content/letters', draft.folder);
  const output = freePath(folder, draft.slug, options.written);
  const warnings = [...draft.summary.warnings];
  if (output !== join(folder, `${draft.slug}.md`))
    warnings.push(
      `an earlier file of this run has the same slug, ${draft.slug}; written as ${display(output)} instead: rename one`,
    );
  await mkdir(folder, { recursive: true });
  await writeDraft(output, draft.markdown, options.force);
  options.written.add(output);
  return { input: display(input), output: display(output), ...draft.summary, warnings };
}

/** Reads `--max-size` (megabytes) as limits; `undefined` if it is not a positive number. */
function limitsOf(maxSize: string | undefined): ReadLimits | undefined {
  if (maxSize === undefined) return DEFAULT_LIMITS;
  const megabytes = Number(maxSize);
  return Number.isFinite(megabytes) && megabytes > 0
    ? { maxBytes: Math.round(megabytes * 1024 * 1024) }
    : undefined;
}

/** The record of a file that failed: one line, no stack trace (an ImportError is the editor's message; anything else is a bug, said briefly). */
function failedRecord(input: string, error: unknown): ImportRecord {
  const message =
    error instanceof ImportError
      ? error.message
      : `failed unexpectedly (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  return {
    input: display(input),
    output: null,
    error: message,
    date: null,
    reference: null,
    from: { name: null, role: null, organisation: null },
    to: { name: null, organisation: null },
    topics: [],
    sections: [],
    found: { date: null, reference: null, from: null, to: null },
    missing: [],
    warnings: [],
  };
}

/** The closing line on stderr: how many files were imported, and each failure. */
function runSummary(count: number, failures: readonly string[]): string {
  return (
    `import: ${count - failures.length} of ${count} file${count === 1 ? '' : 's'} imported` +
    (failures.length === 0
      ? '\n'
      : `; ${failures.length} failed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`)
  );
}

/** Runs the importer; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(
      `import: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) {
    process.stderr.write(`import: name at least one file or folder\n${USAGE}\n`);
    return 2;
  }

  const limits = limitsOf(values['max-size']);
  if (limits === undefined) {
    process.stderr.write(`import: --max-size takes a number of megabytes, such as 20\n${USAGE}\n`);
    return 2;
  }
  const inputs = await inputsOf(positionals);
  const catalogue = loadCatalogue(join(ROOT, 'content'));
  const out = values.out === undefined ? undefined : resolve(values.out);
  const records: ImportRecord[] = [];
  const failures: string[] = [];
  const written = new Set<string>();

  for (const [i, input] of inputs.entries()) {
    if (inputs.length > PROGRESS_FROM)
      process.stderr.write(`[${i + 1}/${inputs.length}] ${display(input)}\n`);
    try {
      const record = await importOne(
        input,
        { out, force: values.force, limits, written },
        catalogue,
      );
      records.push(record);
      if (!values.json) {
        const todo =
          record.missing.length === 0 ? '' : ` (not detected: ${record.missing.join(', ')})`;
        process.stdout.write(`${record.input} → ${record.output ?? ''}${todo}\n`);
      }
    } catch (error) {
      const record = failedRecord(input, error);
      failures.push(`${record.input}: ${record.error ?? ''}`);
      process.stderr.write(`import: ${record.input}: ${record.error ?? ''}\n`);
      records.push(record);
    }
  }

  if (values.json) process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
  if (inputs.length > 1 || failures.length > 0)
    process.stderr.write(runSummary(inputs.length, failures));
  return failures.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
