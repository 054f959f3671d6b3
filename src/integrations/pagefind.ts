/**
 * Builds the Pagefind search index at the end of `astro build`, through
 * Pagefind's Node API, so `npm run build` alone produces `dist/pagefind/`.
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

/**
 * The pages Pagefind reads. Only letter pages carry `data-pagefind-body`, so the
 * index is the same as from reading every page; but topic, person and listing
 * pages are large (each lists hundreds of letters) and parsing them only to skip
 * them was a fifth of the indexing time. Year and redirect pages match the glob
 * and are skipped as before.
 */
export const LETTER_PAGES = 'letters/*/index.html';

/** The language every page is indexed under; the site is written in British English. */
export const INDEX_LANGUAGE = 'en';

/** Indexes the built site in `siteDir` into `siteDir/pagefind/`; throws on any Pagefind error. */
export async function buildSearchIndex(
  siteDir: string,
  logger: Pick<AstroIntegrationLogger, 'info'>,
): Promise<{ filesRead: number; outputPath: string }> {
  try {
    const { errors, index } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
    if (index === undefined || errors.length > 0) {
      throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index was created'}`);
    }
    const added = await index.addDirectory({ path: siteDir, glob: LETTER_PAGES });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not read the site: ${added.errors.join('; ')}`);
    }
    // An empty folder is no error to Pagefind, but it is to an archive.
    if (added.page_count === 0) throw new Error(`Pagefind found no pages in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    }
    logger.info(`Read ${added.page_count} HTML files; wrote the index to ${written.outputPath}`);
    return { filesRead: added.page_count, outputPath: written.outputPath };
  } finally {
    await pagefind.close();
  }
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
        const { outputPath } = await buildSearchIndex(siteDir, logger);
        const count = indexedPageCount(outputPath);
        if (count === 0) throw new Error('The search index holds no letters');
        logger.info(`Indexed ${count} letter pages for search`);
      },
    },
  };
}
