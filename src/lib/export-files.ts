/**
 * The open data in files of bounded size. One file per year for each export
 * (`/data/letters/2024.json`, `/data/letters/2024.csv`, `/data/answers/2024.csv`);
 * a year whose letters are more than `EXPORT_PART_BYTES` of JSON is split into
 * parts of consecutive letters (`2024.json`, `2024-2.json`, …), so no file
 * grows past a static host's limit however large the archive.
 */
import { createHash } from 'node:crypto';
import type { Letter } from './archive';
import { buildGlobal } from './build-global.ts';
import {
  ANSWER_FIELDS,
  answerRecords,
  csvText,
  jsonArrayText,
  LETTER_CSV_COLUMNS,
  letterCsvRow,
  letterRecord,
  SUMMARY_FIELDS,
  summaryRow,
} from './open-data';

/**
 * The most JSON (compact, in bytes) one part's letters may take. The written
 * file is indented and so somewhat larger, and the CSV files smaller; both stay
 * well under the 25 MiB file budget (`src/lib/budgets.ts`). A single letter larger
 * than this has a part of its own.
 */
export const EXPORT_PART_BYTES = 8 * 1024 * 1024;

/** One part of the exports: the letters of one year, or of one stretch of a year. */
export interface ExportPart {
  readonly year: number;
  /** 1 for a year's first (often only) part. */
  readonly part: number;
  /** The part's file name without its extension: `2024`, `2024-2`. */
  readonly name: string;
  /** Its letters, in the archive's order (newest first). */
  readonly letters: readonly Letter[];
}

/** The file name (without extension) of part `part` of `year`. */
export const partName = (year: number, part: number): string =>
  part === 1 ? String(year) : `${year}-${part}`;

/**
 * Splits letters (newest first) into parts: by year, and within a year into
 * consecutive runs whose sizes (`sizeOf`, in bytes) add up to at most `maxBytes`.
 */
export function exportParts(
  letters: readonly Letter[],
  sizeOf: (letter: Letter) => number,
  maxBytes = EXPORT_PART_BYTES,
): ExportPart[] {
  const parts: { year: number; part: number; letters: Letter[]; bytes: number }[] = [];
  for (const letter of letters) {
    const bytes = sizeOf(letter);
    const last = parts.at(-1);
    if (last !== undefined && last.year === letter.year && last.bytes + bytes <= maxBytes) {
      last.letters.push(letter);
      last.bytes += bytes;
    } else {
      const part = last !== undefined && last.year === letter.year ? last.part + 1 : 1;
      parts.push({ year: letter.year, part, letters: [letter], bytes });
    }
  }
  return parts.map(({ year, part, letters: list }) => ({
    year,
    part,
    name: partName(year, part),
    letters: list,
  }));
}

/** One file of the open data, as `/data/index.json` lists it before its size and hash. */
export interface ExportFile {
  /** Its address on the site: `/data/letters/2024.json`. */
  readonly name: string;
  /** What it holds: `letters.json`, `letters.csv` or `answers.csv` records. */
  readonly kind: string;
  /** The year its letters are filed under; null for the all-letters summary. */
  readonly year: number | null;
  /** How many letters it covers. */
  readonly letters: number;
}

/** One file in `/data/index.json`. */
export interface ExportFileEntry extends ExportFile {
  readonly bytes: number;
  readonly sha256: string;
}

/** A file's size in bytes and its SHA-256, in hex. */
export interface FileMeasure {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * The size and SHA-256 of a text given as parts, encoded as UTF-8, without holding it
 * whole or encoding it into buffers: at 100,000 letters the open data is about 3 GB,
 * and buffers of that much would each count towards V8's next full garbage collection
 * of a heap of several gigabytes.
 */
export function measureText(parts: Iterable<string>): FileMeasure {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const part of parts) {
    bytes += Buffer.byteLength(part, 'utf8');
    hash.update(part, 'utf8');
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** An export written once per part: where its files go and how a part's letters are written. */
export interface ExportKind {
  /** `letters.json`, `letters.csv`, `answers.csv`: what the records are. */
  readonly kind: string;
  /** The folder under `/data/`. */
  readonly folder: string;
  readonly extension: string;
  readonly contentType: string;
  readonly text: (letters: readonly Letter[], site: URL | string) => Iterable<string>;
}

export const EXPORT_KINDS: readonly ExportKind[] = [
  {
    kind: 'letters.json',
    folder: 'letters',
    extension: 'json',
    contentType: 'application/json; charset=utf-8',
    text: (letters, site) => jsonArrayText(letters.values().map((l) => letterRecord(l, site))),
  },
  {
    kind: 'letters.csv',
    folder: 'letters',
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8',
    text: (letters, site) =>
      csvText(
        letters.values().map((l) => letterCsvRow(letterRecord(l, site))),
        LETTER_CSV_COLUMNS,
      ),
  },
  {
    kind: 'answers.csv',
    folder: 'answers',
    extension: 'csv',
    contentType: 'text/csv; charset=utf-8',
    text: (letters, site) =>
      csvText(
        letters.values().flatMap((l) => answerRecords(l, site)),
        ANSWER_FIELDS.map((f) => f.name),
      ),
  },
];

/** A part's file of one export: `/data/letters/2024.json`. */
export const exportFilePath = (kind: ExportKind, part: ExportPart): string =>
  `/data/${kind.folder}/${part.name}.${kind.extension}`;

/** The address of the all-letters summary. */
export const SUMMARY_PATH = '/data/letters.csv';

/** `/data/letters.csv`: one short row per letter (no text), naming the part that holds it. */
export function summaryText(parts: readonly ExportPart[]): Iterable<string> {
  const rows = parts.values().flatMap((part) => part.letters.map((l) => summaryRow(l, part.name)));
  return csvText(
    rows,
    SUMMARY_FIELDS.map((f) => f.name),
    false,
  );
}

/** An open data file and how its text is written. */
export interface ExportSource {
  readonly file: ExportFile;
  readonly text: (site: URL | string) => Iterable<string>;
}

/** Every file of the open data, as `/data/index.json` lists them, and how each is written. */
export interface ExportPlan {
  /** How many letters the archive has. */
  readonly letters: number;
  /** The summary, then each part's files, newest year first. */
  readonly sources: readonly ExportSource[];
}

/** The open data's files, in the order `/data/index.json` lists them. */
export function exportPlan(parts: readonly ExportPart[]): ExportPlan {
  const letters = parts.reduce((n, part) => n + part.letters.length, 0);
  const summary: ExportSource = {
    file: { name: SUMMARY_PATH, kind: 'summary.csv', year: null, letters },
    text: () => summaryText(parts),
  };
  const files = parts.flatMap((part) =>
    EXPORT_KINDS.map((kind) => ({
      file: {
        name: exportFilePath(kind, part),
        kind: kind.kind,
        year: part.year,
        letters: part.letters.length,
      },
      text: (site: URL | string) => kind.text(part.letters, site),
    })),
  );
  return { letters, sources: [summary, ...files] };
}

/** The text of `/data/index.json`: the archive's size and every data file, each measured by `measure`. */
export function exportIndexText(
  plan: ExportPlan,
  measure: (source: ExportSource) => FileMeasure,
): string {
  const files: ExportFileEntry[] = plan.sources.map((source) => ({
    ...source.file,
    ...measure(source),
  }));
  return `${JSON.stringify({ letters: plan.letters, files }, null, 2)}\n`;
}

// The build's index integration (src/integrations/open-data-index.ts) and the pages are
// loaded as different modules of one process, as with the search indexer.
const registeredPlan = buildGlobal<ExportPlan>('postbag.export-plan');

/** Records the open data's plan for the build to list once its files are written; `undefined` clears it. */
export function registerExportPlan(plan: ExportPlan | undefined): void {
  registeredPlan.set(plan);
}

/** The open data's plan registered in this process, if any. */
export function registeredExportPlan(): ExportPlan | undefined {
  return registeredPlan.get();
}
