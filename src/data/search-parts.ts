/**
 * The search index's parts for this build (see `src/lib/search-parts.ts`), with
 * the part size from POSTBAG_SEARCH_PART_LETTERS when it is set: a build machine
 * with little memory can index in smaller parts, at the cost of larger full
 * results for readers (each part is a Pagefind index of its own).
 */
import { partLettersSetting, searchParts, type SearchPart } from '../lib/search-parts';
import { loadArchive } from './archive';

let parts: Promise<SearchPart[]> | undefined;

/** The parts, worked out once per build. */
export function loadSearchParts(): Promise<SearchPart[]> {
  parts ??= (async () => {
    const { letters } = await loadArchive();
    return searchParts(
      letters,
      partLettersSetting(process.env['POSTBAG_SEARCH_PART_LETTERS'], letters.length),
    );
  })();
  return parts;
}

let partBySlug: Promise<Map<string, SearchPart>> | undefined;

/** The part a letter is indexed in, by its slug; `undefined` for anything that is not a letter. */
export async function partOfLetter(slug: string): Promise<SearchPart | undefined> {
  partBySlug ??= (async () => {
    const bySlug = new Map<string, SearchPart>();
    for (const part of await loadSearchParts()) {
      for (const letter of part.slugs) bySlug.set(letter, part);
    }
    return bySlug;
  })();
  return (await partBySlug).get(slug);
}
