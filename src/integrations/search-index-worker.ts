/**
 * The body of the worker that builds the search index (`LiveSearchIndex`, in
 * src/integrations/pagefind.ts) off the build's main thread: handing a letter to
 * Pagefind's process (its JSON, base64 and the write to the process) took the main
 * thread about 9 s of the written-answers corpus's build, while Astro waited to
 * render the next page. Messages are those of `SearchIndexInWorker`
 * (src/integrations/pagefind.ts). Loaded by Node itself, without Vite.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchPart } from '../lib/search-parts.ts';
import {
  LiveSearchIndex,
  type SearchIndexReply,
  type SearchIndexRequest,
  type SearchIndexWorkerData,
} from './pagefind.ts';

const { siteDir } = workerData as SearchIndexWorkerData;
const post = (reply: SearchIndexReply): void => parentPort?.postMessage(reply);
const live = new LiveSearchIndex(siteDir, (message) => {
  post({ kind: 'report', message });
});
/** The parts of the index by path, each sent once, with its first letter. */
const parts = new Map<string, SearchPart>();

async function handle(request: SearchIndexRequest): Promise<SearchIndexReply> {
  switch (request.kind) {
    case 'pages': {
      for (const part of request.parts) parts.set(part.path, part);
      for (const { part, url, html } of request.pages) {
        const known = parts.get(part);
        if (known === undefined) throw new Error(`${url}: its part ${part} was never sent`);
        await live.add({ part: known, url, html });
      }
      return { kind: 'taken', chars: request.chars };
    }
    case 'finish':
      return { kind: 'finished', result: await live.finish(request.parts, request.silenceMs) };
  }
}

// One request at a time, in the order sent: `add` resolves once Pagefind can take more.
let queue = Promise.resolve();
parentPort?.on('message', (request: SearchIndexRequest) => {
  queue = queue.then(async () => {
    try {
      post(await handle(request));
    } catch (error) {
      post({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  });
});
