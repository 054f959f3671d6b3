/**
 * Listings of letters in date order, a page at a time, with a heading for each
 * year (all letters) or month (a year's letters) and links to jump to the page
 * where each year or month begins.
 */
import type { Letter } from './archive';
import { formatEstimate } from './dates';
import { jumps, pagedPath, runsBy } from './pagination';

/** How a listing of letters is divided: by the year they are filed under, or by month. */
export type LetterGrouping = 'year' | 'month';

/** The key of a letter's year (`2024`) or month (`2024-03`), by its filing date. */
export const groupKey = (letter: Letter, by: LetterGrouping): string =>
  by === 'year' ? String(letter.year) : letter.sortKey.slice(0, 7);

/** The heading a group is shown under: "2024", "March 2024". */
export const groupLabel = (key: string): string => formatEstimate(key);

/** The id of a group's heading on the page, which the jumps link to. */
export const groupAnchor = (key: string, by: LetterGrouping): string => `${by}-${key}`;

/** A link to where a year or month begins. */
export interface LetterJump {
  readonly label: string;
  readonly href: string;
  readonly count: number;
}

/**
 * Jumps already made, by listing and by how they were asked for. Every page of a listing
 * shows the same jumps, made from the whole listing: at 100,000 letters, 2,000 pages of
 * all letters would each walk all 100,000 to make them again.
 */
const madeJumps = new WeakMap<readonly Letter[], Map<string, LetterJump[]>>();

/** The jumps made for `letters` under `key`, made by `make` the first time they are asked for. */
function remembered(letters: readonly Letter[], key: string, make: () => LetterJump[]) {
  let made = madeJumps.get(letters);
  if (made === undefined) madeJumps.set(letters, (made = new Map<string, LetterJump[]>()));
  let found = made.get(key);
  if (found === undefined) made.set(key, (found = make()));
  return found;
}

/** For each year or month of `letters` (the whole listing), a link to its heading on the page where it begins. */
export function letterJumps(
  letters: readonly Letter[],
  by: LetterGrouping,
  base: string,
  size: number,
): LetterJump[] {
  return remembered(letters, `${by} ${size} ${base}`, () =>
    jumps(letters, (l) => groupKey(l, by), size).map(({ key, count, page }) => ({
      label: groupLabel(key),
      href: `${pagedPath(base, page)}#${groupAnchor(key, by)}`,
      count,
    })),
  );
}

/** One page's letters in runs of the same year or month, each with its heading's label and id. */
export function letterGroups(
  letters: readonly Letter[],
  by: LetterGrouping,
): { label: string; anchor: string; letters: Letter[] }[] {
  return runsBy(letters, (l) => groupKey(l, by)).map(([key, list]) => ({
    label: groupLabel(key),
    anchor: groupAnchor(key, by),
    letters: list,
  }));
}

/**
 * For a listing that is not divided into years on the page (a topic's, a person's
 * letters), links to the page where each year's letters begin, at the list's
 * heading (`#<anchor>`).
 */
export function yearJumps(
  letters: readonly Letter[],
  base: string,
  size: number,
  anchor: string,
): LetterJump[] {
  return jumps(letters, (l) => String(l.year), size).map(({ key, count, page }) => ({
    label: key,
    href: `${pagedPath(base, page)}#${anchor}`,
    count,
  }));
}
