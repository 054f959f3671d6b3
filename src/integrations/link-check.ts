/**
 * Fails the build if any internal link or #anchor in the built site leads
 * nowhere, so a journalist's link never breaks unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content-location.ts';
import {
  findBrokenLinks,
  pathForFile,
  readPageHrefs,
  readPageIds,
  repeatedIds,
  type BrokenLink,
} from '../lib/link-check.ts';
import { letterSlug } from '../lib/slugs.ts';
import type { OutputCheck } from '../lib/output-record.ts';
import { inWorker } from './in-worker.ts';
import type { OutputRecording } from './output-record.ts';

/** How many broken links the error lists before it summarises. */
const SHOWN = 50;

/**
 * Every file and folder under `siteDir`, by its site path (`/letters/x/index.html`,
 * `/letters`): what a link may lead to.
 */
export function siteFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).map(
    (f) => `/${f.split(sep).join('/')}`,
  );
}

/**
 * Checks every link of the site in `siteDir`, and that no page repeats an id;
 * throws listing the broken links and repeated ids, each letter page's named by
 * its file in `contentDir`.
 * Pages are read twice, once for their ids and once for their links, so only the
 * ids of the whole site are held at once: all of its HTML would not fit in
 * Node's heap past about 25,000 letters.
 */
export function checkSiteLinks(
  siteDir: string,
  contentDir?: string,
): { pages: number; links: number } {
  const files = siteFiles(siteDir);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const read = (file: string) => readFileSync(join(siteDir, file.slice(1)), 'utf8');
  const repeated: BrokenLink[] = [];
  const idsByFile = new Map(
    htmlFiles.map((file) => {
      const html = read(file);
      for (const id of repeatedIds(html)) {
        repeated.push({
          page: pathForFile(file),
          href: `#${id}`,
          reason: `the id "${id}" is on the page more than once`,
        });
      }
      return [file, readPageIds(html)];
    }),
  );
  let links = 0;
  const pages = htmlFiles.values().map((file) => {
    const hrefs = readPageHrefs(read(file));
    links += hrefs.length;
    return { path: pathForFile(file), hrefs };
  });
  const broken = [...repeated, ...findBrokenLinks(pages, new Set(files), idsByFile)];
  if (broken.length > 0) {
    const files = contentDir === undefined ? new Map<string, string>() : letterFiles(contentDir);
    const list = broken
      .slice(0, SHOWN)
      .map((b) => {
        const file = files.get(b.page);
        return `  ${file === undefined ? '' : `${file}, on `}${b.page}: ${b.href} (${b.reason})`;
      })
      .join('\n');
    const more = broken.length > SHOWN ? `\n  … and ${broken.length - SHOWN} more` : '';
    throw new Error(
      `${broken.length} broken internal link(s) or repeated id(s) in the built site:\n${list}${more}`,
    );
  }
  return { pages: htmlFiles.length, links };
}

/** The content file of each letter page, by its site path (`/letters/x/` → `content/letters/2024/x.md`). */
function letterFiles(contentDir: string): Map<string, string> {
  const label = relative(process.cwd(), contentDir) || '.';
  return new Map(
    readdirSync(join(contentDir, 'letters'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => [`/letters/${letterSlug(f)}/`, `${label}/letters/${f.split(sep).join('/')}`]),
  );
}

/**
 * The Astro integrations of the link check: `started` sets the build's record of its
 * output (`output`) checking every link of the built site, without waiting, so the
 * checks after it and Pagefind's last part run beside it; `finished` waits for it and
 * fails the build on a broken link. The record read the pages as they were rendered;
 * it reads from the disk only those no route rendered. When it finds a broken link,
 * the site is checked again from the disk, in a worker (`checkSiteLinks`), for the
 * error: it names every page with each broken link, and each letter page's file.
 * Everything between them must leave the HTML pages as they are.
 */
export default function linkCheck(output: OutputRecording): {
  started: AstroIntegration;
  finished: AstroIntegration;
} {
  let checking: Promise<OutputCheck> | undefined;
  const started: AstroIntegration = {
    name: 'postbag-link-check',
    hooks: {
      'astro:build:done': ({ logger }) => {
        logger.info('Checking every link while the other checks run …');
        checking = output.check();
        // Reported by `finished`, not as an unhandled rejection in between.
        checking.catch(() => undefined);
      },
    },
  };
  const finished: AstroIntegration = {
    name: 'postbag-link-check-finished',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (checking === undefined) throw new Error('The link check was never started');
        const { broken, pages, links, pagesRead } = await checking;
        if (broken.length > 0) {
          // Throws, naming them all.
          await inWorker<typeof checkSiteLinks>(
            new URL(import.meta.url),
            'checkSiteLinks',
            fileURLToPath(dir),
            contentRoot(),
          );
          throw new Error(
            `The links rendered and the links on the disk disagree: the pages as rendered had ${broken.length} broken link(s) or repeated id(s), the first on ${broken[0]?.page}: ${broken[0]?.href} (${broken[0]?.reason}), and the pages on the disk none`,
          );
        }
        const read = pagesRead === 1 ? '1 read from the disk' : `${pagesRead} read from the disk`;
        logger.info(`Checked ${links} links on ${pages} pages (${read}): none broken`);
      },
    },
  };
  return { started, finished };
}
