/**
 * Dates as UK letters write them: "3 October 2024", "5th May 2021", "06/04/2021"
 * (day first), "Tuesday, 3 Oct 2024". Parsing gives an ISO date or nothing; it
 * never guesses a year and never falls back to today.
 */
import { isCalendarDate } from '../../src/model/calendar-date.ts';

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;

/** "3 October 2024", "5th of May, 2021", "Tue, 3 Oct 2024". */
const DAY_MONTH_YEAR = new RegExp(`${WEEKDAY}${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})`, 'i');
/** "October 3, 2024": unambiguous, so accepted though not the UK order. */
const MONTH_DAY_YEAR = new RegExp(`${WEEKDAY}${MONTH}\\s+${DAY},?\\s+(\\d{4})`, 'i');
/** "06/04/2021", "6.4.21", "06-04-2021": always day first. */
const NUMERIC = /(?<![\d-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/;
/** "2021-04-06": ISO, year first. */
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(iso) ? iso : undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/** Where a date was found in some text and what it means. */
export interface FoundDate {
  /** The date, YYYY-MM-DD. */
  readonly iso: string;
  /** The date as written. */
  readonly written: string;
  /** Where the written date starts. */
  readonly index: number;
}

/** Finds the first UK-style date in text, or `undefined`. Two-digit years are read as 20xx. */
export function findUkDate(text: string): FoundDate | undefined {
  const found: FoundDate[] = [];
  const named = DAY_MONTH_YEAR.exec(text);
  if (named) {
    const iso = isoDate(Number(named[3]), monthNumber(named[2] ?? ''), Number(named[1]));
    if (iso !== undefined) found.push({ iso, written: named[0], index: named.index });
  }
  const american = MONTH_DAY_YEAR.exec(text);
  if (american) {
    const iso = isoDate(Number(american[3]), monthNumber(american[1] ?? ''), Number(american[2]));
    if (iso !== undefined) found.push({ iso, written: american[0], index: american.index });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const rawYear = numeric[3] ?? '';
    const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
    const iso = isoDate(year, Number(numeric[2]), Number(numeric[1]));
    if (iso !== undefined) found.push({ iso, written: numeric[0], index: numeric.index });
  }
  const iso = ISO.exec(text);
  if (iso) {
    const date = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date !== undefined) found.push({ iso: date, written: iso[0], index: iso.index });
  }
  return found.sort((a, b) => a.index - b.index)[0];
}

/** A date's label: "Date:", "Dated", "Sent:", "Date of response:", "Response date -". */
export const DATE_LABEL =
  /^\s*(?:date[d]?(?: of (?:response|reply|letter|issue))?|sent|(?:response|reply) date)\s*[:\-–]?\s*/i;

/** Reads a whole string as one date ("3 October 2024", "DATE: 06/04/2021"); `undefined` if it is anything more. */
export function parseUkDate(text: string): string | undefined {
  const bare = text
    .replaceAll('*', '')
    .replace(DATE_LABEL, '')
    .replace(/^\s*on\s+/i, '')
    .trim()
    .replace(/[.,]$/, '');
  const found = findUkDate(bare);
  if (found === undefined) return undefined;
  // Allow a time after the date ("3 October 2024 09:15") but nothing else around it.
  const rest = (bare.slice(0, found.index) + bare.slice(found.index + found.written.length)).trim();
  return rest === '' ||
    /^(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]m)?(?:\s*[+-]\d{4})?(?:\s*\(?[A-Z]{2,4}\)?)?$/i.test(
      rest,
    )
    ? found.iso
    : undefined;
}
