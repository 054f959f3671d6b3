/**
 * Writes `/data/index.json`, every open data file with how many letters it covers,
 * its size and its SHA-256, once the build has written the files, measuring each
 * as Astro wrote it. A page cannot wait for other pages, so an index rendered as a
 * page had to make every file's text a second time to measure it: at 100,000
 * letters, 3 GB of JSON and CSV made twice, in a heap of several gigabytes. Each
 * file's bytes are hashed as they pass through the middleware, in the worker that
 * keeps the build's record of its output (src/integrations/output-record.ts), and
 * the index says what was published, byte for byte.
 *
 * The site registers the files it plans (`registerExportPlan`, src/data/exports.ts).
 * In `astro dev` there are no files: the index is a route that makes each file's
 * text to measure it (src/data/open-data-index-route.ts).
 */
import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  exportIndexText,
  registeredExportPlan,
  registerExportPlan,
  type FileMeasure,
} from '../lib/export-files.ts';
import type { OutputRecording } from './output-record.ts';

/** Where the index is, on the site. */
export const EXPORT_INDEX_PATH = '/data/index.json';

const CHUNK = 1 << 20;

/** The size and SHA-256 of a file, read a megabyte at a time into one buffer. */
export function measureFile(file: string, buffer = Buffer.alloc(CHUNK)): FileMeasure {
  const hash = createHash('sha256');
  let bytes = 0;
  const fd = openSync(file, 'r');
  try {
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; bytes += read) {
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * The Astro integration that lists the open data in `/data/index.json`. Each file
 * is measured as the build's record of its output (`output`) saw it rendered, the
 * bytes Astro wrote; a file the record did not see is read from the disk.
 */
export default function openDataIndex(output: OutputRecording): AstroIntegration {
  return {
    name: 'postbag-open-data-index',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') {
          injectRoute({
            pattern: EXPORT_INDEX_PATH,
            entrypoint: new URL('../data/open-data-index-route.ts', import.meta.url),
            prerender: true,
          });
        }
      },
      'astro:build:start': () => {
        registerExportPlan(undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const plan = registeredExportPlan();
        if (plan === undefined)
          throw new Error('The open data was never planned: no files to list');
        registerExportPlan(undefined);
        const measures = await output.measures();
        const siteDir = fileURLToPath(dir);
        const buffer = Buffer.alloc(CHUNK);
        let total = 0;
        const text = exportIndexText(plan, ({ file }) => {
          const measure = measures.get(file.name) ?? measureFile(join(siteDir, file.name), buffer);
          total += measure.bytes;
          return measure;
        });
        writeFileSync(join(siteDir, EXPORT_INDEX_PATH), text);
        logger.info(
          `Listed ${plan.sources.length} open data files (${(total / 1e6).toFixed(1)} MB), as written, in ${EXPORT_INDEX_PATH}`,
        );
      },
    },
  };
}
