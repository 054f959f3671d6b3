/**
 * Builds the Pagefind search index at the end of `astro build`, through
 * Pagefind's Node API, so `npm run build` alone produces `dist/pagefind/`: one
 * index, or past 10,000 letters one index per part (src/lib/search-parts.ts).
 *
 * Only letter pages are indexed (they alone carry `data-pagefind-body`): topic,
 * person and organisation pages repeat letters' words and would crowd the
 * results with second-hand copies, while the search page's facets already
 * narrow results by topic, sender, recipient and organisation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import {
  FIRST_PART_PATH,
  partGlobs,
  SEARCH_PARTS_FILE,
  type SearchPart,
} from '../lib/search-parts.ts';

/** The language every page is indexed under; the site is written in British English. */
export const INDEX_LANGUAGE = 'en';

/** The parts of the index the build planned, as the site wrote them (`/search/index-parts.json`). */
export function readSearchParts(siteDir: string): SearchPart[] {
  const file = join(siteDir, SEARCH_PARTS_FILE);
  let parts: unknown;
  try {
    parts = (JSON.parse(readFileSync(file, 'utf8')) as { parts?: unknown }).parts;
  } catch (error) {
    throw new Error(`Could not read the search index's parts from ${file}: ${String(error)}`, {
      cause: error,
    });
  }
  if (!Array.isArray(parts) || parts.length === 0) {
    throw new Error(`${file} lists no parts of the search index`);
  }
  return parts as SearchPart[];
}

/**
 * Indexes one part: its letter pages in `siteDir` into the part's folder. Only
 * letter pages carry `data-pagefind-body`, and the part's glob reads only letter
 * folders: topic, person and listing pages are large (each lists hundreds of
 * letters), and parsing them only to skip them was a fifth of the indexing time.
 */
async function indexPart(siteDir: string, part: SearchPart, globs: string[]): Promise<string> {
  const { errors, index } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (index === undefined || errors.length > 0) {
    throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index was created'}`);
  }
  let pages = 0;
  for (const glob of globs) {
    const added = await index.addDirectory({ path: siteDir, glob });
    if (added.errors.length > 0) {
      throw new Error(
        `Pagefind could not read the letters of ${part.path} in ${siteDir}: ${added.errors.join('; ')}`,
      );
    }
    pages += added.page_count;
  }
  // An empty folder is no error to Pagefind, but it is to an archive.
  if (pages === 0) throw new Error(`Pagefind found no letter pages for ${part.path} in ${siteDir}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, part.path.slice(0, -1)) });
  if (written.errors.length > 0) {
    throw new Error(
      `Pagefind could not write the index of ${part.path}: ${written.errors.join('; ')}`,
    );
  }
  return written.outputPath;
}

/**
 * Indexes the built site in `siteDir`, part by part (src/lib/search-parts.ts),
 * under `siteDir/pagefind/`. Pagefind's service is closed after each part, so
 * its memory is given back before the next. Throws on any Pagefind error, and
 * when a part's index does not hold exactly as many pages as the part has letters.
 */
export async function buildSearchIndex(
  siteDir: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<{ letters: number; outputPaths: string[] }> {
  const parts = readSearchParts(siteDir);
  const outputPaths: string[] = [];
  for (const [i, part] of parts.entries()) {
    if (parts.length > 1) {
      logger.info(
        `Part ${i + 1} of ${parts.length}: ${part.slugs.length} letter${part.slugs.length === 1 ? '' : 's'}, ${part.oldest} to ${part.newest} …`,
      );
    }
    let outputPath: string;
    try {
      outputPath = await indexPart(siteDir, part, partGlobs(part, parts.length));
    } finally {
      await pagefind.close();
    }
    const indexed = indexedPageCount(outputPath);
    if (indexed !== part.slugs.length) {
      throw new Error(
        `The search index at ${part.path} holds ${indexed} pages, but its part has ${part.slugs.length} letters`,
      );
    }
    outputPaths.push(outputPath);
  }
  const letters = parts.reduce((sum, part) => sum + part.slugs.length, 0);
  const inParts = parts.length > 1 ? ` in ${parts.length} parts` : '';
  logger.info(
    `Indexed ${letters} letter pages for search${inParts}, under ${join(siteDir, FIRST_PART_PATH)}`,
  );
  return { letters, outputPaths };
}

/**
 * How many pages an index holds, from its `pagefind-entry.json`. Pagefind's own
 * count is of files read, most of which (topic and person pages) it skips.
 */
export function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The Astro integration that runs `buildSearchIndex` after every build. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'postbag-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir).replace(/\/$/, '');
        logger.info('Building the search index …');
        const { letters } = await buildSearchIndex(siteDir, logger);
        if (letters === 0) throw new Error('The search index holds no letters');
      },
    },
  };
}
