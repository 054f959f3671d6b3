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

const utf8 = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = registeredLetterPageIndexer();
  const recorder = registeredOutputRecorder();
  // Astro writes a page of its own for a redirect.
  const redirect = response.status >= 300 && response.status < 400;
  if ((indexer === undefined && recorder === undefined) || redirect || response.body === null) {
    return response;
  }
  // The page's bytes are written as they came: encoding its text again took 33 s of a
  // 100,000-letter build.
  const bytes = await response.bytes();
  const path = context.url.pathname;
  const html = response.headers.get('content-type')?.startsWith('text/html') === true;
  await recorder?.record({ path, html, bytes });
  const slug = html ? LETTER_PAGE.exec(path)?.[1] : undefined;
  const part = indexer === undefined || slug === undefined ? undefined : await partOfLetter(slug);
  if (indexer !== undefined && part !== undefined) {
    await indexer.add({ part, url: path, html: searchedHtml(path, utf8.decode(bytes)) });
  }
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
