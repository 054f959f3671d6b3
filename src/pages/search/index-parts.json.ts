/**
 * `/search/index-parts.json`: how the search index is split, written for the
 * build's indexer (src/integrations/pagefind.ts), which reads it from the built
 * site and indexes each part's letters into the part's folder.
 */
import type { APIRoute } from 'astro';
import { loadSearchParts } from '../../data/search-parts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ parts: await loadSearchParts() }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
