/**
 * Slugs: the permanent names in Postbag's URLs. A letter's slug is its file name,
 * so `content/letters/2024/2024-10-03-karin-smyth-healthcare.md` is published at
 * `/letters/2024-10-03-karin-smyth-healthcare/` whatever folder it is filed in.
 */
import { foldAccents } from '../markdown/fold-accents.ts';
import { RESERVED_LISTING_SEGMENTS } from './pagination.ts';

/** What a slug may look like: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tells whether a string is a well-formed slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/**
 * Whether a key under `/letters/` belongs to a page other than a letter's:
 * `/letters/<year>/` lists a year's letters (`src/pages/letters/[key].astro`),
 * and any number could be a year. A letter slug or alias must not take one,
 * even a year with no letters yet, or the day it gets one a page is replaced.
 */
export function isReservedLetterKey(key: string): boolean {
  return /^\d+$/.test(key) || RESERVED_LISTING_SEGMENTS.includes(key);
}

/** Why a reserved key cannot be a letter's slug or alias. */
export function reservedKeyMessage(key: string): string {
  const address = /^\d+$/.test(key)
    ? `a year’s page (/letters/${key}/)`
    : `the letters’ later pages (/letters/${key}/2/, …)`;
  return `"${key}" is the address of ${address}, not a letter’s; use the letter’s slug form, e.g. "${/^\d+$/.test(key) ? key : '2024'}-sender-subject"`;
}

/** Takes a letter's slug from its collection id (`2024/2024-10-03-x` → `2024-10-03-x`). */
export function letterSlug(entryId: string): string {
  const last = entryId.split('/').pop() ?? entryId;
  return last.replace(/\.md$/, '');
}

/** Makes a slug from free text, dropping accents and punctuation ("Seniors’ Forum" → "seniors-forum"). */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
