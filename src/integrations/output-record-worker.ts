/**
 * The body of the worker that keeps the build's record of its output
 * (src/lib/output-record.ts), off the main thread: the pages' ids and links are
 * read here, on the second core, while Astro renders the next pages on the first.
 * Messages are those of src/integrations/output-record.ts. Loaded by Node itself,
 * without Vite.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { OutputRecord } from '../lib/output-record.ts';
import { siteFiles } from './link-check.ts';
import type { RecordReply, RecordRequest } from './output-record.ts';

const record = new OutputRecord();
const utf8 = new TextDecoder();

function answer(request: RecordRequest): RecordReply {
  switch (request.kind) {
    case 'outputs': {
      const { buffer, outputs } = request.batch;
      for (const { path, html, start, length } of outputs) {
        const bytes = new Uint8Array(buffer, start, length);
        if (html) record.addPage(path, utf8.decode(bytes));
        else record.addFile(path, bytes);
      }
      return { kind: 'taken', buffer };
    }
    case 'measures':
      return { kind: 'measures', measures: [...record.measures()] };
    case 'finish': {
      const { siteDir } = request;
      const check = record.finish(new Set(siteFiles(siteDir)), (file) =>
        readFileSync(join(siteDir, file.slice(1))),
      );
      return { kind: 'finished', check };
    }
  }
}

parentPort?.on('message', (request: RecordRequest) => {
  const reply = answer(request);
  // The buffer goes back, for the next page.
  parentPort?.postMessage(reply, reply.kind === 'taken' ? [reply.buffer] : []);
});
