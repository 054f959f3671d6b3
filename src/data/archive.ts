/**
 * The one place that reads Astro's content collections. It hands them to the pure
 * `buildArchive`, which checks them and throws a `ContentError` naming every bad
 * file and field, so a content mistake fails the build rather than a page.
 *
 * The content store holds letters' frontmatter only (`letter-loader.ts`), so each
 * letter's markdown is read here from its file (`src/markdown/letter-body.ts`):
 * once, one letter at a time, while the archive is built, and again by the
 * letter's page when it renders (`letterMarkdown`). Nothing holds every letter's
 * body at once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection } from 'astro:content';
import { buildArchive, type Archive, type Letter } from '../lib/archive';
import { readLetterBody } from '../markdown/letter-body';

let archive: Promise<Archive> | undefined;

/**
 * A letter's markdown body and the line of the file it starts on. Astro records
 * `filePath` relative to the project root, which is the folder the build runs in
 * (the site is never built with `--root`).
 */
function entryBody(filePath: string | undefined): { body?: string; bodyLine?: number } {
  if (filePath === undefined) return {};
  return readLetterFile(filePath);
}

/** A letter file's markdown body and the line it starts on, its frontmatter unparsed; throws naming the file. */
function readLetterFile(filePath: string): { body: string; bodyLine: number } {
  try {
    return readLetterBody(readFileSync(resolve(filePath), 'utf8'));
  } catch (error) {
    // Astro's loader read (and checked the frontmatter of) the file a moment ago; name it if
    // it has since become unreadable (while `astro dev` runs), rather than fail without a name.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${filePath}: the letter could not be read: ${reason}`, { cause: error });
  }
}

/** Loads the archive once per build. Drafts show in `astro dev` only, never in a public build. */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () =>
    buildArchive(
      {
        letters: (await getCollection('letters')).values().map((entry) => ({
          ...entry,
          ...entryBody(entry.filePath),
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

/** A letter's markdown, read from its file (`letter.file`) for its page to render. */
export function letterMarkdown(letter: Letter): string {
  return readLetterFile(letter.file).body;
}
