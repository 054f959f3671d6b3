/**
 * Fails the build if a page or file is over its size budget (`src/lib/budgets.ts`),
 * naming each one and its size; warns of a letter page over the page budget
 * because its letter is long.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { budgetsFrom, checkBudgets, fullestFolder, type BuiltFile } from '../lib/budgets.ts';
import { LETTER_PAGE_MARK } from '../lib/output-record.ts';

/** How many problems the error lists before it summarises. */
const SHOWN = 50;

/** Whether an HTML file is a letter's own page: the one kind of page search indexes. */
const isLetterPage = (file: string): boolean =>
  readFileSync(file, 'utf8').includes(LETTER_PAGE_MARK);

/** Every file under `siteDir` with its size; HTML pages over `pageBudget` are told apart. */
export function builtFiles(siteDir: string, pageBudget: number): BuiltFile[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).flatMap((relative) => {
    const file = join(siteDir, relative);
    const stat = statSync(file);
    if (!stat.isFile()) return [];
    const path = `/${relative.split(sep).join('/')}`;
    const letterPage =
      path.startsWith('/letters/') &&
      path.endsWith('.html') &&
      stat.size > pageBudget &&
      isLetterPage(file);
    return [{ path, bytes: stat.size, letterPage }];
  });
}

/** The Astro integration that checks the budgets after every build. */
export default function budgets(): AstroIntegration {
  return {
    name: 'postbag-budgets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const limits = budgetsFrom();
        const files = builtFiles(fileURLToPath(dir), limits.page);
        const { errors, warnings } = checkBudgets(files, limits);
        for (const warning of warnings) logger.warn(warning);
        if (errors.length > 0) {
          const more = errors.length > SHOWN ? `\n  … and ${errors.length - SHOWN} more` : '';
          throw new Error(
            `${errors.length} file(s) over the size budgets (static hosts refuse large files; phones choke on large pages):\n${errors
              .slice(0, SHOWN)
              .map((e) => `  ${e}`)
              .join('\n')}${more}`,
          );
        }
        const largest = files.reduce((max, f) => Math.max(max, f.bytes), 0);
        const { folder, entries } = fullestFolder(files.map((f) => f.path));
        logger.info(
          `Within budgets: ${files.length} files, the largest ${(largest / 1e6).toFixed(2)} MB; the fullest folder ${folder} holds ${entries} entries`,
        );
      },
    },
  };
}
