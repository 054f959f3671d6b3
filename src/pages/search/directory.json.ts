/**
 * `/search/directory.json`: the people, organisations, constituencies and topics
 * a search can lead to directly (src/lib/search-directory.ts), loaded by the
 * search page with a reader's first search.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive';
import { buildDirectory } from '../../lib/search-directory';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildDirectory(await loadArchive())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
