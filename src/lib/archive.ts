/**
 * The archive: every content entry resolved into linked, checked domain objects
 * (`archive-model.ts`).
 *
 * Astro's `reference()` only logs a reference to a missing entry, and zod cannot
 * see across files, so the archive checks what spans entries (references, dates,
 * duplicate slugs and aliases, answer ids, speakers, empty bodies) and throws one
 * `ContentError` listing every problem with its file and field. Nothing here
 * imports Astro: `src/data/archive.ts` feeds it the collections, validated
 * against the content model (`src/model/schemas.ts`).
 */
import type { LetterData } from '../model/schemas';
import type { Archive, Entry, Letter } from './archive-model';
import { ContentError, type ContentProblem } from './content-problems';
import { sortNewestFirst } from './dates';
import { resolveEntries, type EntryInput } from './resolve-entries';
import { resolveLetter, SlugRegistry } from './resolve-letter';

export type {
  Archive,
  Constituency,
  Correspondent,
  Entry,
  Letter,
  LetterAnswer,
  Organisation,
  Person,
  Role,
  Speaker,
  Topic,
} from './archive-model';
export { ContentError, type ContentProblem } from './content-problems';

/** Every collection, as loaded. */
export interface ArchiveInput extends EntryInput {
  /** Read one at a time: each letter's body is needed only while it is resolved. */
  readonly letters: Iterable<Entry<LetterData>>;
}

/** Options for `buildArchive`. */
export interface BuildArchiveOptions {
  /** Publish letters marked `draft: true` too (for editors' previews). Default `false`. */
  readonly includeDrafts?: boolean;
}

/** Resolves and checks every collection; throws a `ContentError` naming each problem's file and field. */
export function buildArchive(input: ArchiveInput, options: BuildArchiveOptions = {}): Archive {
  const problems: ContentProblem[] = [];
  const { maps, resolve } = resolveEntries(input, problems);
  const context = { resolve, problems, slugs: new SlugRegistry(problems) };
  const letters: Letter[] = [];
  for (const entry of input.letters) {
    const letter = resolveLetter(entry, context);
    if (!letter.draft || options.includeDrafts === true) letters.push(letter);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { letters: sortNewestFirst(letters), ...maps };
}
