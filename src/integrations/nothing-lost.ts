/**
 * After the build, checks that every published letter in the content reached a
 * page, the search index and the open data (/data/letters/<year>.json), and fails naming any that did
 * not. Drafts are expected to be missing; everything else is counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { findLostLetters, type LetterInventory } from '../lib/inventory.ts';
import { publishedLetterSlug } from '../lib/content-files.ts';
import { OutputRecord } from '../lib/output-record.ts';
import { inWorker } from './in-worker.ts';
import { siteFiles } from './link-check.ts';
import type { OutputRecording } from './output-record.ts';
import { readSearchParts } from './pagefind.ts';

/** Published letters in the content folder, by slug (`publishedLetterSlug`), read from the disk. */
export function contentLetters(root: string): string[] {
  return readdirSync(join(root, 'letters'), { recursive: true, encoding: 'utf8' })
    .map((f) => `letters/${f.split(sep).join('/')}`)
    .flatMap(
      (path) => publishedLetterSlug(path, () => readFileSync(join(root, path), 'utf8')) ?? [],
    );
}

/** Letter slugs of the pages in every part of the Pagefind index, read from its fragments (gzipped JSON after a signature). */
export function searchRecords(siteDir: string): string[] {
  return readSearchParts(siteDir).flatMap((part) => partRecords(join(siteDir, part.path)));
}

function partRecords(indexDir: string): string[] {
  const fragments = join(indexDir, 'fragment');
  return readdirSync(fragments).flatMap((file) => {
    const text = gunzipSync(readFileSync(join(fragments, file))).toString('utf8');
    const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
    const match = /^\/letters\/([^/]+)\/$/.exec(url);
    return match?.[1] === undefined ? [] : [match[1]];
  });
}

/**
 * Gathers what each part of the build holds, all read from the disk: the letter
 * pages and the open data's letters as the build's record of its output tells them
 * (`OutputRecord`), given every page and file to read.
 */
export function takeInventory(siteDir: string, root: string): LetterInventory {
  const read = (file: string) => readFileSync(join(siteDir, file.slice(1)));
  const built = new OutputRecord().finish(new Set(siteFiles(siteDir)), read);
  return {
    content: contentLetters(root),
    pages: built.letterPages,
    search: searchRecords(siteDir),
    data: built.dataLetters,
  };
}

/**
 * The Astro integration that fails the build when a letter went missing on the way.
 * The published letters are those the content files' check found (`content`), the
 * letter pages and the open data's letters those the build's record of its output
 * (`output`) saw rendered; only Pagefind's index, written in its own process, is
 * read from the disk.
 */
export default function nothingLost(
  output: OutputRecording,
  content: () => readonly string[],
): AstroIntegration {
  return {
    name: 'postbag-nothing-lost',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // In a worker: it reads every search record, and the main thread's heap is large.
        const [search, check] = await Promise.all([
          inWorker<typeof searchRecords>(
            new URL(import.meta.url),
            'searchRecords',
            fileURLToPath(dir),
          ),
          output.check(),
        ]);
        const inventory = {
          content: content(),
          pages: check.letterPages,
          search,
          data: check.dataLetters,
        };
        const problems = findLostLetters(inventory);
        if (problems.length > 0) {
          throw new Error(
            `Letters were lost in the build:\n${problems.map((p) => `  ${p}`).join('\n')}`,
          );
        }
        const n = inventory.content.length;
        logger.info(
          `Nothing lost: ${n === 1 ? 'the 1 letter has' : `each of the ${n} letters has`} a page, a search record and an open-data entry`,
        );
      },
    },
  };
}
