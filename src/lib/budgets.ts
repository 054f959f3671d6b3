/**
 * Size budgets the build enforces, whatever the archive's size: no HTML page over
 * 200 kB (a phone on a slow connection still loads it), no file over 25 MiB (the
 * largest file Cloudflare Pages accepts, and under every other common host's).
 *
 * A letter is published word for word on one page and never split, so a letter
 * page may pass the page budget when the letter's own text is that long: it is
 * allowed up to `LETTER_PAGE_LIMIT`, and the build names it in a warning. Past
 * that limit (a letter of about 700,000 words), the build fails as for any page.
 * Pure: `src/integrations/budgets.ts` measures the built files.
 */

/** The most an HTML page may weigh, in bytes. */
export const PAGE_BUDGET = 200_000;
/** The most a letter page may weigh, in bytes, when its letter is long. */
export const LETTER_PAGE_LIMIT = 5_000_000;
/** The most any file may weigh, in bytes: 25 MiB. */
export const FILE_BUDGET = 25 * 1024 * 1024;

/** The budgets in force. */
export interface Budgets {
  readonly page: number;
  readonly letterPage: number;
  readonly file: number;
}

/** A built file and its size. */
export interface BuiltFile {
  /** Its site path, e.g. `/letters/index.html`. */
  readonly path: string;
  readonly bytes: number;
  /** True for a letter's own page, whose length is the letter's. */
  readonly letterPage: boolean;
}

/** What the budgets say about a build. */
export interface BudgetReport {
  /** Files over a budget: the build fails naming them. */
  readonly errors: readonly string[];
  /** Letter pages over the page budget but within the letter page limit. */
  readonly warnings: readonly string[];
}

const DEFAULT_BUDGETS: Budgets = {
  page: PAGE_BUDGET,
  letterPage: LETTER_PAGE_LIMIT,
  file: FILE_BUDGET,
};

/** A size in words: "212.4 kB", "26.1 MB". */
export const formatBytes = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;

/**
 * The budgets, with test overrides: `POSTBAG_PAGE_BUDGET_BYTES` and
 * `POSTBAG_FILE_BUDGET_BYTES` (whole numbers of bytes).
 */
export function budgetsFrom(
  env: Readonly<Record<string, string | undefined>> = process.env,
): Budgets {
  const read = (name: string, fallback: number): number => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    if (!/^[1-9]\d*$/.test(value))
      throw new Error(`${name}: expected a whole number of bytes, got "${value}"`);
    return Number(value);
  };
  return {
    page: read('POSTBAG_PAGE_BUDGET_BYTES', DEFAULT_BUDGETS.page),
    letterPage: DEFAULT_BUDGETS.letterPage,
    file: read('POSTBAG_FILE_BUDGET_BYTES', DEFAULT_BUDGETS.file),
  };
}

/** Checks each file against the budgets; files are reported largest first. */
export function checkBudgets(
  files: readonly BuiltFile[],
  budgets: Budgets = DEFAULT_BUDGETS,
): BudgetReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const file of [...files].sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))) {
    const size = formatBytes(file.bytes);
    if (file.bytes > budgets.file) {
      errors.push(
        `${file.path}: ${size}, over the ${formatBytes(budgets.file)} budget for any file`,
      );
    } else if (file.path.endsWith('.html') && file.bytes > budgets.page) {
      if (!file.letterPage) {
        errors.push(
          `${file.path}: ${size}, over the ${formatBytes(budgets.page)} budget for a page`,
        );
      } else if (file.bytes > budgets.letterPage) {
        errors.push(
          `${file.path}: ${size}, over the ${formatBytes(budgets.letterPage)} limit for a letter page`,
        );
      } else {
        warnings.push(
          `${file.path}: ${size}, over the ${formatBytes(budgets.page)} page budget: allowed, as the letter’s own text is that long`,
        );
      }
    }
  }
  return { errors, warnings };
}

/**
 * The folder with the most entries (files and folders) in it, for the build's
 * report: some hosts limit entries per folder (Netlify: 54,000).
 */
export function fullestFolder(paths: readonly string[]): { folder: string; entries: number } {
  const entries = new Map<string, Set<string>>();
  for (const path of paths) {
    const parts = path.split('/').filter((p) => p !== '');
    for (let depth = 0; depth < parts.length; depth++) {
      const folder = `/${parts.slice(0, depth).join('/')}${depth > 0 ? '/' : ''}`;
      const set = entries.get(folder) ?? new Set<string>();
      set.add(parts[depth] ?? '');
      entries.set(folder, set);
    }
  }
  let fullest = { folder: '/', entries: 0 };
  for (const [folder, set] of entries) {
    if (set.size > fullest.entries) fullest = { folder, entries: set.size };
  }
  return fullest;
}
