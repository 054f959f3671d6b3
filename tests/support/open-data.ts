/** Reading the built site's open data as a reuser would: through /data/index.json, file by file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';

/** The paths of the files of one kind (`letters.json`, `letters.csv`, `answers.csv`) in index.json. */
export function exportFiles(distDir: string, kind: string): string[] {
  const index = JSON.parse(readFileSync(join(distDir, 'data', 'index.json'), 'utf8')) as {
    files: { name: string; kind: string }[];
  };
  return index.files.filter((f) => f.kind === kind).map((f) => f.name);
}

/** Every record of the yearly `letters.json` files. */
export const exportedLetters = <T = Record<string, unknown>>(distDir: string): T[] =>
  exportFiles(distDir, 'letters.json').flatMap(
    (name) => JSON.parse(readFileSync(join(distDir, name), 'utf8')) as T[],
  );

/** Every row of the yearly CSV files of one kind (`letters.csv`, `answers.csv`). */
export const exportedRows = (distDir: string, kind: string): Record<string, string>[] =>
  exportFiles(distDir, kind).flatMap((name) =>
    parseCsv<Record<string, string>>(readFileSync(join(distDir, name), 'utf8'), {
      columns: true,
      bom: true,
    }),
  );
