/**
 * Sees each page and file as it is rendered, and hands it on: every one to the
 * build's record of its output (src/lib/output-recorder.ts), which the checks after
 * the build read instead of the disk; each letter page to the build's search indexer
 * (src/lib/search-indexing.ts), with the letter's article, which is all Pagefind
 * reads. The page is written exactly as rendered. Outside a build neither is
 * registered, and responses pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { partOfLetter } from './data/search-parts';
import { registeredOutputRecorder } from './lib/output-recorder';
import { registeredLetterPageIndexer, searchedHtml } from './lib/search-indexing';

/** `/letters/<slug>/`: a letter's page, or a year's or an alias's, which have no part. */
const LETTER_PAGE = /^\/letters\/([^/]+)\/$/;

/** Every chunk of a stream. */
async function chunksOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

/** The text of UTF-8 chunks. */
function textOf(chunks: readonly Uint8Array[]): string {
  const utf8 = new TextDecoder();
  return chunks.map((chunk) => utf8.decode(chunk, { stream: true })).join('') + utf8.decode();
}

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = registeredLetterPageIndexer();
  const recorder = registeredOutputRecorder();
  // Astro writes a page of its own for a redirect.
  const redirect = response.status >= 300 && response.status < 400;
  if ((indexer === undefined && recorder === undefined) || redirect || response.body === null) {
    return response;
  }
  // The page's bytes are written as they came (encoding its text again took 33 s of a
  // 100,000-letter build), and read here from a branch of the response's own stream,
  // which hands both branches the same chunks: reading the response into bytes and
  // handing Astro a response of them made each page's bytes twice over.
  const [written, read] = response.body.tee();
  const chunks = await chunksOf(read);
  const path = context.url.pathname;
  const html = response.headers.get('content-type')?.startsWith('text/html') === true;
  await recorder?.record({ path, html, chunks });
  const slug = html ? LETTER_PAGE.exec(path)?.[1] : undefined;
  const part = indexer === undefined || slug === undefined ? undefined : await partOfLetter(slug);
  if (indexer !== undefined && part !== undefined) {
    await indexer.add({ part, url: path, html: searchedHtml(path, textOf(chunks)) });
  }
  return new Response(written, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
