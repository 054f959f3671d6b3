/**
 * Paginated listings: every list that grows with the archive (all letters, a year,
 * a topic, a person, an organisation, a constituency) is shown a page at a time.
 * Page 1 keeps the listing's own address; page n is at `<address>page/<n>/`, so
 * every page's address stays the same while letters are added (a page's contents
 * move on as newer letters push older ones down, as in any archive listing).
 */

/** How many items a listing page shows, unless `POSTBAG_PAGE_SIZE` says otherwise. */
export const DEFAULT_PAGE_SIZE = 50;

/**
 * The path segment under which later pages live (`/letters/page/2/`). A letter's
 * slug or alias must never be one of these, or a letter would take the address
 * the listing's pages live under: `src/lib/archive.ts` should refuse them as it
 * refuses a year page's address.
 */
export const RESERVED_LISTING_SEGMENTS: readonly string[] = ['page'];

/** The page size: `POSTBAG_PAGE_SIZE` (a whole number from 1) if set, else the default. */
export function pageSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const value = env['POSTBAG_PAGE_SIZE'];
  if (value === undefined || value === '') return DEFAULT_PAGE_SIZE;
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(`POSTBAG_PAGE_SIZE: expected a whole number from 1, got "${value}"`);
  }
  return Number(value);
}

/** How many pages `total` items take: at least one, so an empty listing still has its page. */
export const pageCount = (total: number, size: number): number =>
  Math.max(1, Math.ceil(total / size));

/** How many pages a listing of several lists shown side by side takes: as many as its longest. */
export const pageCountOf = (lists: readonly (readonly unknown[])[], size: number): number =>
  Math.max(1, ...lists.map((list) => pageCount(list.length, size)));

/** The items on page `page` (from 1). */
export const pageItems = <T>(items: readonly T[], page: number, size: number): T[] =>
  items.slice((page - 1) * size, page * size);

/** The address of page `page` of the listing at `base` (which ends in a slash). */
export const pagedPath = (base: string, page: number): string =>
  page === 1 ? base : `${base}page/${page}/`;

/** The rest parameter of a page's address under its listing: none for page 1, `page/<n>` after. */
export const pageParam = (page: number): string | undefined =>
  page === 1 ? undefined : `page/${page}`;

/** Page numbers 1 … count, for a listing's getStaticPaths. */
export const pageNumbers = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => i + 1);

/** One link in the pagination. */
export interface PageLink {
  readonly page: number;
  readonly href: string;
}

/** What the pagination navigation shows; `numbers` holds `null` where numbers are left out. */
export interface PaginationNav {
  readonly current: number;
  readonly count: number;
  readonly first: PageLink | undefined;
  readonly previous: PageLink | undefined;
  readonly next: PageLink | undefined;
  readonly last: PageLink | undefined;
  readonly numbers: readonly (PageLink | null)[];
}

/**
 * The page numbers to show: the first, the last, and `around` on each side of the
 * current page, with `null` for each run left out (`1 … 4 5 6 7 8 … 20`).
 */
export function shownPageNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let page = 1; page <= count; page++) {
    const near = Math.abs(page - current) <= around;
    if (page === 1 || page === count || near) shown.push(page);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/** The pagination of page `current` of `count` of the listing at `base`. */
export function paginationNav(base: string, current: number, count: number): PaginationNav {
  const link = (page: number): PageLink => ({ page, href: pagedPath(base, page) });
  return {
    current,
    count,
    first: current > 1 ? link(1) : undefined,
    previous: current > 1 ? link(current - 1) : undefined,
    next: current < count ? link(current + 1) : undefined,
    last: current < count ? link(count) : undefined,
    numbers: shownPageNumbers(current, count).map((page) => (page === null ? null : link(page))),
  };
}

/** A place in a long listing to jump to: where the items of one year or month begin. */
export interface Jump {
  readonly key: string;
  /** How many items have this key. */
  readonly count: number;
  /** The page the first of them is on. */
  readonly page: number;
}

/** For each key, in the order the items first show it, the page where its items begin. */
export function jumps<T>(items: readonly T[], keyOf: (item: T) => string, size: number): Jump[] {
  const found = new Map<string, { count: number; page: number }>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const jump = found.get(key);
    if (jump === undefined) found.set(key, { count: 1, page: Math.floor(index / size) + 1 });
    else jump.count++;
  });
  return [...found].map(([key, { count, page }]) => ({ key, count, page }));
}

/** Splits items into runs of consecutive items with the same key, in order. */
export function runsBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const runs: [string, T[]][] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last !== undefined && last[0] === key) last[1].push(item);
    else runs.push([key, [item]]);
  }
  return runs;
}

/** A count with its noun, the British way: "1 letter", "1,234 letters". */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/**
 * Which items a page shows, in words ("letters 51–100 of 1,234"); "" when they all
 * fit on one page or this page shows none of them.
 */
export function shownRange(page: number, size: number, total: number, noun: string): string {
  const from = (page - 1) * size + 1;
  if (total <= size || from > total) return '';
  const to = Math.min(total, page * size);
  const n = (x: number) => x.toLocaleString('en-GB');
  return from === to
    ? `${noun} ${n(from)} of ${n(total)}`
    : `${noun} ${n(from)}–${n(to)} of ${n(total)}`;
}

/** One page of a listing of several lists shown side by side (a person's letters sent and received). */
export interface ListingPage<Lists extends Readonly<Record<string, readonly unknown[]>>> {
  /** This page's number, from 1. */
  readonly page: number;
  /** How many pages the listing has. */
  readonly count: number;
  /** Each list's items on this page. */
  readonly items: { readonly [K in keyof Lists]: Lists[K][number][] };
  /** Each list's length: what the listing says its total is. */
  readonly totals: { readonly [K in keyof Lists]: number };
}

/**
 * Every page of a listing of `lists`: page n shows the nth slice of each list, and
 * there are as many pages as the longest list needs. Each page is sliced once, so
 * building all of a listing's pages costs its length, not pages × length.
 */
export function listingPages<Lists extends Readonly<Record<string, readonly unknown[]>>>(
  lists: Lists,
  size: number,
): ListingPage<Lists>[] {
  const entries = Object.entries(lists);
  const count = pageCountOf(Object.values(lists), size);
  const totals = Object.fromEntries(entries.map(([k, list]) => [k, list.length]));
  return pageNumbers(count).map((page) => ({
    page,
    count,
    items: Object.fromEntries(entries.map(([k, list]) => [k, pageItems(list, page, size)])),
    totals,
  })) as unknown as ListingPage<Lists>[];
}
