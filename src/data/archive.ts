/**
 * The one place that reads Astro's content collections. It hands them to the pure
 * `buildArchive`, which checks them and throws a `ContentError` naming every bad
 * file and field, so a content mistake fails the build rather than a page.
 */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from '../lib/archive';

let archive: Promise<Archive> | undefined;

/** Loads the archive once per build. Drafts show in `astro dev` only, never in a public build. */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () =>
    buildArchive(
      {
        letters: await getCollection('letters'),
        people: await getCollection('people'),
        organisations: await getCollection('organisations'),
        topics: await getCollection('topics'),
        constituencies: await getCollection('constituencies'),
      },
      { includeDrafts: import.meta.env.DEV },
    ))();
  return archive;
}
