/**
 * Slugs: the permanent names in Postbag's URLs. A letter's slug is its file name,
 * so `content/letters/2024/2024-10-03-karin-smyth-healthcare.md` is published at
 * `/letters/2024-10-03-karin-smyth-healthcare/` whatever folder it is filed in.
 */

/** What a slug may look like: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Tells whether a string is a well-formed slug. */
export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** Takes a letter's slug from its collection id (`2024/2024-10-03-x` → `2024-10-03-x`). */
export function letterSlug(entryId: string): string {
  const last = entryId.split('/').pop() ?? entryId;
  return last.replace(/\.md$/, '');
}

/** Makes a slug from free text, dropping accents and punctuation ("Seniors’ Forum" → "seniors-forum"). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
