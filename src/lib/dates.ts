/**
 * Letter dates. A letter either states a date (`2024-10-03`) or is undated with an
 * estimate (`2024-02` or `2024`). Dates stay strings so no time zone can move a day,
 * and an estimate is never shown as an exact date.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** When a letter was written: stated on it, or estimated by an editor. */
export type LetterDate =
  | { readonly kind: 'stated'; readonly date: string }
  | { readonly kind: 'estimated'; readonly estimate: string };

function monthName(month: string): string {
  const name = MONTHS[Number(month) - 1];
  if (name === undefined) throw new RangeError(`not a month: ${month}`);
  return name;
}

/** Writes a calendar date the British way: "3 October 2024". */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split('-');
  if (year === undefined || month === undefined || day === undefined) {
    throw new RangeError(`not a date: ${date}`);
  }
  return `${Number(day)} ${monthName(month)} ${year}`;
}

/** Writes an estimate as a month and year ("February 2024") or a year ("2024"). */
export function formatEstimate(estimate: string): string {
  const [year, month] = estimate.split('-');
  return month === undefined ? String(year) : `${monthName(month)} ${year}`;
}

/** The date as a reader sees it: "3 October 2024" or "Undated (c. February 2024)". */
export function displayLetterDate(date: LetterDate): string {
  return date.kind === 'stated'
    ? formatCalendarDate(date.date)
    : `Undated (c. ${formatEstimate(date.estimate)})`;
}

/** The value for a `<time datetime>` attribute: a date, a month or a year. */
export function machineLetterDate(date: LetterDate): string {
  return date.kind === 'stated' ? date.date : date.estimate;
}

/**
 * A YYYY-MM-DD key that orders letters in time. An estimate is placed in the middle
 * of its period (the 15th of a month, 1 July of a year), so it sorts among the
 * letters it most likely sits between without claiming an exact day.
 */
export function letterSortKey(date: LetterDate): string {
  if (date.kind === 'stated') return date.date;
  const [year, month] = date.estimate.split('-');
  return month === undefined ? `${year}-07-01` : `${year}-${month}-15`;
}

/** The year a letter is filed under: its stated year, or the year of its estimate. */
export function letterYear(date: LetterDate): number {
  return Number(machineLetterDate(date).slice(0, 4));
}

/** Orders letters newest first; letters of the same day by slug, so every build is the same. */
export function sortNewestFirst<T extends { readonly sortKey: string; readonly slug: string }>(
  letters: readonly T[],
): T[] {
  return [...letters].sort((a, b) =>
    a.sortKey === b.sortKey ? a.slug.localeCompare(b.slug) : b.sortKey.localeCompare(a.sortKey),
  );
}
