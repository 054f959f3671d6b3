/**
 * The site's content collections: where each collection's files are and how they are
 * loaded. The schemas, with every field documented, are the content model in
 * `src/model/schemas.ts`; README.md shows an example letter.
 *
 * Astro's `reference()` only logs a missing entry, so the archive checks every
 * reference itself (`src/lib/archive.ts`) and fails the build naming the file.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { letterLoader } from './data/letter-loader';
import { contentRoot } from './lib/content-location';
import {
  constituencySchema,
  letterSchema,
  organisationSchema,
  personSchema,
  topicSchema,
} from './model/schemas';

/** Files starting with `_` are notes or templates, never published. */
const contentFiles = (folder: string, extensions: string) => ({
  base: `${contentRoot()}/${folder}`,
  pattern: [`**/[^_]*.${extensions}`],
});
const contentGlob = (folder: string, extensions: string) => glob(contentFiles(folder, extensions));

const letters = defineCollection({
  // Frontmatter only: the site reads and renders the markdown itself (see letter-loader.ts).
  loader: letterLoader(contentFiles('letters', 'md')),
  schema: letterSchema,
});
const people = defineCollection({ loader: contentGlob('people', 'yaml'), schema: personSchema });
const organisations = defineCollection({
  loader: contentGlob('organisations', 'yaml'),
  schema: organisationSchema,
});
const topics = defineCollection({ loader: contentGlob('topics', 'yaml'), schema: topicSchema });
const constituencies = defineCollection({
  loader: contentGlob('constituencies', 'yaml'),
  schema: constituencySchema,
});

export const collections = { letters, people, organisations, topics, constituencies };
