/**
 * Fails the build if any internal link or #anchor in the built site leads
 * nowhere, so a journalist's link never breaks unnoticed. Runs last.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findBrokenLinks, readPageHrefs, readPageIds } from '../lib/link-check.ts';

/** How many broken links the error lists before it summarises. */
const SHOWN = 50;

/**
 * Checks every link of the site in `siteDir`; throws listing the broken ones.
 * Pages are read twice, once for their ids and once for their links, so only the
 * ids of the whole site are held at once: all of its HTML would not fit in
 * Node's heap past about 25,000 letters.
 */
export function checkSiteLinks(siteDir: string): { pages: number; links: number } {
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map(
    (f) => `/${f.split(sep).join('/')}`,
  );
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const read = (file: string) => readFileSync(join(siteDir, file.slice(1)), 'utf8');
  const idsByFile = new Map(htmlFiles.map((file) => [file, readPageIds(read(file))]));
  let links = 0;
  const pages = htmlFiles.values().map((file) => {
    const hrefs = readPageHrefs(read(file));
    links += hrefs.length;
    return { path: file.replace(/index\.html$/, ''), hrefs };
  });
  const broken = findBrokenLinks(pages, new Set(files), idsByFile);
  if (broken.length > 0) {
    const list = broken
      .slice(0, SHOWN)
      .map((b) => `  ${b.page}: ${b.href} (${b.reason})`)
      .join('\n');
    const more = broken.length > SHOWN ? `\n  … and ${broken.length - SHOWN} more` : '';
    throw new Error(`${broken.length} broken internal link(s) in the built site:\n${list}${more}`);
  }
  return { pages: htmlFiles.length, links };
}

/** The Astro integration that checks links after every build. */
export default function linkCheck(): AstroIntegration {
  return {
    name: 'postbag-link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, links } = checkSiteLinks(fileURLToPath(dir));
        logger.info(`Checked ${links} links on ${pages} pages: none broken`);
      },
    },
  };
}
