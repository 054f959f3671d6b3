/**
 * Nothing lost: every published letter in the content must have a page, a search
 * record and an entry in the open data. Pure: give it the four lists of slugs;
 * `src/integrations/nothing-lost.ts` gathers them after the build.
 */

/** The letters each part of the build holds, by slug. */
export interface LetterInventory {
  /** Published (non-draft) letter files in the content folder. */
  readonly content: readonly string[];
  /** Letter pages in the built site. */
  readonly pages: readonly string[];
  /** Letter pages in the Pagefind index. */
  readonly search: readonly string[];
  /** Letters in the open data's full records (/data/letters/<year>.json). */
  readonly data: readonly string[];
}

const PLACES: Readonly<Record<Exclude<keyof LetterInventory, 'content'>, string>> = {
  pages: 'has no letter page',
  search: 'is not in the search index',
  data: 'is not in the open data (/data/letters/<year>.json)',
};

/** Every way the built site and the content disagree, naming the letters; empty when nothing is lost. */
export function findLostLetters(inventory: LetterInventory): string[] {
  const problems: string[] = [];
  const content = new Set(inventory.content);
  for (const [place, missing] of Object.entries(PLACES) as [keyof typeof PLACES, string][]) {
    const found = new Set(inventory[place]);
    for (const slug of content) if (!found.has(slug)) problems.push(`letter "${slug}" ${missing}`);
    for (const slug of found) {
      if (!content.has(slug))
        problems.push(
          `"${slug}" ${place === 'pages' ? 'has a letter page' : `is in ${place}`} but no published letter in the content`,
        );
    }
    if (found.size !== inventory[place].length)
      problems.push(`${place} lists a letter more than once`);
  }
  return problems;
}

/** A record's own `slug` line in `JSON.stringify(records, null, 2)`: indented by exactly four spaces. */
const SLUG_LINE = /^ {4}"slug": ("(?:[^"\\]|\\.)*"),?$/;

/**
 * The slugs of the records in a JSON file written as `JSON.stringify(records,
 * null, 2)` (`jsonArrayText`), given as chunks of its bytes and read line by line,
 * so a file is never one string: an export part holds its letters' full text. In
 * that layout a record's own fields are the lines indented by exactly four spaces,
 * and no string spans a line (JSON escapes line breaks).
 */
export function slugsOfRecords(chunks: Iterable<Uint8Array>): string[] {
  const slugs: string[] = [];
  const decoder = new TextDecoder();
  let rest = '';
  const read = (text: string, last: boolean) => {
    const lines = (rest + text).split('\n');
    rest = last ? '' : (lines.pop() ?? '');
    for (const line of lines) {
      const slug = SLUG_LINE.exec(line)?.[1];
      if (slug !== undefined) slugs.push(JSON.parse(slug) as string);
    }
  };
  for (const chunk of chunks) read(decoder.decode(chunk, { stream: true }), false);
  read(decoder.decode(), true);
  return slugs;
}
