/**
 * `/search/vocabulary.json`: the archive's most frequent words, for spelling
 * suggestions (src/lib/search-vocabulary.ts), loaded by the search page only
 * when a search finds nothing.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../data/archive';
import { buildVocabulary } from '../../lib/search-vocabulary';

export const GET: APIRoute = async () => {
  const { letters } = await loadArchive();
  const texts = letters.values().flatMap((letter) => [letter.title, letter.text]);
  return new Response(JSON.stringify(buildVocabulary(texts)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
