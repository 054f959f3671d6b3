/**
 * Hands each letter page, as it is rendered, to the build's search indexer
 * (src/lib/search-indexing.ts): the letter's article, which is all Pagefind reads.
 * The page is written exactly as rendered.
 */
import { defineMiddleware } from 'astro:middleware';
import { partOfLetter } from './data/search-parts';
import { registeredLetterPageIndexer, searchedHtml } from './lib/search-indexing';

/** `/letters/<slug>/`: a letter's page, or a year's or an alias's, which have no part. */
const LETTER_PAGE = /^\/letters\/([^/]+)\/$/;

const utf8 = new TextDecoder();

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const indexer = registeredLetterPageIndexer();
  const slug = LETTER_PAGE.exec(context.url.pathname)?.[1];
  if (indexer === undefined || slug === undefined) return response;
  const part = await partOfLetter(slug);
  if (part === undefined) return response;
  // The page's bytes are written as they came: encoding its text again took 33 s of a
  // 100,000-letter build.
  const bytes = await response.bytes();
  const html = utf8.decode(bytes);
  await indexer.add({
    part,
    url: context.url.pathname,
    html: searchedHtml(context.url.pathname, html),
  });
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
