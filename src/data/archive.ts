/**
 * The one place that reads Astro's content collections. It hands them to the pure
 * `buildArchive`, which checks them and throws a `ContentError` naming every bad
 * file and field, so a content mistake fails the build rather than a page.
 */
import { getCollection } from 'astro:content';
import type { LetterText } from '../lib/answers';
import { buildArchive, type Archive } from '../lib/archive';
import { LETTER_TEXT_KEY } from '../markdown/remark-letter-text';

let archive: Promise<Archive> | undefined;

/** What the markdown pipeline read from a letter, if the rendered entry carries it. */
function letterTextOf(frontmatter: unknown): LetterText | undefined {
  // Astro types rendered frontmatter loosely (unknown in a fresh checkout), so check its shape here.
  if (typeof frontmatter !== 'object' || frontmatter === null) return undefined;
  const text = (frontmatter as Record<string, unknown>)[LETTER_TEXT_KEY] as
    Partial<LetterText> | undefined;
  return typeof text?.preamble === 'string' && Array.isArray(text.answers)
    ? (text as LetterText)
    : undefined;
}

/** Loads the archive once per build. Drafts show in `astro dev` only, never in a public build. */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () =>
    buildArchive(
      {
        letters: (await getCollection('letters')).map((entry) => ({
          ...entry,
          letterText: letterTextOf(entry.rendered?.metadata?.frontmatter),
        })),
        people: await getCollection('people'),
        organisations: await getCollection('organisations'),
        topics: await getCollection('topics'),
        constituencies: await getCollection('constituencies'),
      },
      { includeDrafts: import.meta.env.DEV },
    ))();
  return archive;
}
