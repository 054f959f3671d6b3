/**
 * `/search/vocabulary.json`: the archive's most frequent words (in its newest letters), for spelling
 * suggestions (src/lib/search-vocabulary.ts), loaded by the search page only
 * when a search finds nothing.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive';
import { archiveVocabulary } from '../../lib/search-vocabulary';

export const GET: APIRoute = async () => {
  const { letters } = await loadArchive();
  return new Response(JSON.stringify(archiveVocabulary(letters)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
