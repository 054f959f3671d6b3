// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import linkCheck from './src/integrations/link-check.ts';
import nothingLost from './src/integrations/nothing-lost.ts';
import feedCheck from './src/integrations/feed-check.ts';
import contentFiles from './src/integrations/content-files.ts';
import failedBuild from './src/integrations/failed-build.ts';
import { SITE_SETTINGS, checkSiteSettings, isProductionBuild } from './src/lib/site.ts';
import budgets from './src/integrations/budgets.ts';
import openDataIndex from './src/integrations/open-data-index.ts';
import gcTuning from './src/integrations/gc-tuning.ts';
import contentStoreModule from './src/integrations/content-store-module.ts';
import outputRecord from './src/integrations/output-record.ts';

/**
 * The public address of the archive (POSTBAG_SITE): permalinks, feeds and the sitemap are built
 * on it. Every setting is read in src/lib/site.ts; a placeholder is a loud warning, and an error
 * in a production build (POSTBAG_PRODUCTION=1).
 */
const site = SITE_SETTINGS.site;
const placeholderWarning = checkSiteSettings(SITE_SETTINGS, isProductionBuild());
if (placeholderWarning !== undefined && process.argv.includes('build'))
  console.warn(`\n\x1b[1;33m${placeholderWarning}\x1b[0m\n`);

/** Removes the output of a build that fails (src/integrations/failed-build.ts). */
const { guard, done } = failedBuild();
/** Indexes letter pages as they render; the index is finished while the checks run. */
const search = pagefind();
/** What the build rendered, kept in a worker as it renders, for the checks after the build. */
const output = outputRecord();
/** Checks the content's files as they are on disk, and lists its published letters. */
const content = contentFiles();
/** Checks every link while the other checks run. */
const links = linkCheck(output);

export default defineConfig({
  site,
  // Test builds of fixture content use a cache of their own (see tests/support/astro-build.ts).
  cacheDir: process.env.POSTBAG_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Templates' white space is collapsed, each run to one space: Astro 7's compiler never removes
  // it between elements, so Pagefind still reads a reference as a word of its own
  // (tests/site/build.test.ts). Letters' own text is rendered apart (src/markdown/) and kept as
  // it is; so are <pre> blocks. Pages are 14 % smaller (the corpus's 508 → 436 MB of HTML).
  compressHTML: true,
  // Stylesheets are files, never inlined: the Content Security Policy allows no inline style.
  // Two pages at a time: one renders while the other's file is written (2k letters: 13.0 s to 11.5 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // Letters are rendered by the site itself (src/markdown/pipeline.ts), not by Astro's
  // markdown processor: see src/data/letter-loader.ts.
  // The failed-build guard is armed first and told the build is done last, so a failure in
  // any check between removes the output. The content's files are checked first, as they are
  // on disk, before Astro reads them, and their published letters listed. The record of the
  // output takes each page and file as it renders (in a worker), and the checks after the build
  // ask it rather than read the site back: the open data's index is written from its measures
  // as soon as the files are, so every check sees it. Pagefind writes the last of the search
  // index in its own process, and the record checks every link, while the feeds are checked;
  // then nothing-lost reads the index (in a worker too), and the budgets, last, weigh every
  // file. Garbage collection is tuned before any of it, for a heap that holds the whole archive,
  // and Astro's content store is compiled in pieces that V8 reads in linear time.
  integrations: [
    gcTuning(),
    contentStoreModule(),
    guard,
    content.integration,
    sitemap(),
    output.integration,
    search.indexer,
    openDataIndex(output),
    securityHeaders(),
    links.started,
    feedCheck(),
    search.finished,
    nothingLost(output, content.letters),
    links.finished,
    budgets(),
    done,
  ],
  // Every script is a file of its own: a strict Content Security Policy allows no inline script.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
