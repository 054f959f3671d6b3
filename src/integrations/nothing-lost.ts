/**
 * After the build, checks that every published letter in the content reached a
 * page, the search index and the open data (/data/letters/<year>.json), and fails naming any that did
 * not. Drafts are expected to be missing; everything else is counted.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { findLostLetters, slugsOfRecords, type LetterInventory } from '../lib/inventory.ts';
import { publishedLetterSlug } from '../lib/content-files.ts';
import { LETTER_PAGE_MARK } from '../lib/output-record.ts';
import { inWorker } from './in-worker.ts';
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

/** Letter pages in the built site: pages under /letters/ that are search records (not year or redirect pages). */
function letterPages(siteDir: string): string[] {
  const letters = join(siteDir, 'letters');
  return readdirSync(letters, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(letters, d.name, 'index.html')))
    .filter((d) => fileIncludes(join(letters, d.name, 'index.html'), LETTER_PAGE_MARK))
    .map((d) => d.name);
}

let scratchBuffer = Buffer.alloc(0);

/**
 * A buffer of at least `bytes`, the same one call after call, for reading pages and
 * data files: a fresh 16 kB buffer for each of 100,000 pages took 20 s of a build in
 * allocation and collection.
 */
function scratch(bytes: number): Buffer {
  if (scratchBuffer.length < bytes) scratchBuffer = Buffer.alloc(bytes);
  return scratchBuffer;
}

/**
 * Whether a file holds `marker` (ASCII), read in chunks of `chunkBytes` only until it
 * is found: a letter page's search mark comes a third of the way in, so most of
 * 100,000 pages need not be read to the end.
 */
export function fileIncludes(file: string, marker: string, chunkBytes = 1 << 14): boolean {
  const wanted = Buffer.from(marker);
  const buffer = scratch(chunkBytes + wanted.length);
  const fd = openSync(file, 'r');
  try {
    // Each read lands after the last bytes of the one before, so a mark split between reads is found.
    let kept = 0;
    for (;;) {
      const read = readSync(fd, buffer, kept, chunkBytes, null);
      if (read === 0) return false;
      const filled = kept + read;
      if (buffer.subarray(0, filled).includes(wanted)) return true;
      kept = Math.min(wanted.length - 1, filled);
      buffer.copy(buffer, 0, filled - kept, filled);
    }
  } finally {
    closeSync(fd);
  }
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
 * The slugs of the records in an open data file (`slugsOfRecords`), read in
 * chunks of `chunkBytes` into one reused buffer.
 */
export function recordSlugs(file: string, chunkBytes = 1 << 24): string[] {
  return slugsOfRecords(fileChunks(file, chunkBytes));
}

/** A file's bytes, `chunkBytes` at a time, each chunk in the same buffer: use one before asking for the next. */
function* fileChunks(file: string, chunkBytes: number): Generator<Uint8Array> {
  const buffer = scratch(chunkBytes);
  const fd = openSync(file, 'r');
  try {
    for (let read; (read = readSync(fd, buffer, 0, chunkBytes, null)) > 0;) {
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** Letters in the open data: the records of every `/data/letters/<year>.json` part. */
const dataLetters = (siteDir: string): string[] => {
  const folder = join(siteDir, 'data', 'letters');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => recordSlugs(join(folder, name)));
};

/** Gathers what each part of the build holds, all read from the disk. */
export function takeInventory(siteDir: string, root: string): LetterInventory {
  return {
    content: contentLetters(root),
    pages: letterPages(siteDir),
    search: searchRecords(siteDir),
    data: dataLetters(siteDir),
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
