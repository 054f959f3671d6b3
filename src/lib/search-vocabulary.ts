/**
 * Spelling suggestions from the archive's own words. The build counts the words
 * of the newest VOCABULARY_LETTERS letters (every letter, up to that many: the
 * count's work is bounded however large the archive grows; counting 100,000
 * letters' 100 million words took 51 s of one build) and writes the most frequent
 * (`/search/vocabulary.json`, at most VOCABULARY_LIMIT words, most frequent first,
 * so its size is bounded too); the search page loads it only when a search
 * finds nothing, and suggests, for each word it does not know, the most frequent
 * known word within a small edit distance ("pharmcy": "pharmacy").
 */
import { normaliseWord, parseQuery } from './search-match';

/** Where the build writes the vocabulary. */
export const VOCABULARY_FILE = '/search/vocabulary.json';

/** The most words the vocabulary keeps: about 200 kB of JSON, 70 kB compressed. */
export const VOCABULARY_LIMIT = 20_000;

/** How many letters, newest first, the vocabulary's words are counted in. */
export const VOCABULARY_LETTERS = 20_000;

/** The vocabulary of an archive's letters (newest first): the words of the newest `sample`. */
export function archiveVocabulary(
  letters: readonly { readonly title: string; readonly text: string }[],
  sample: number = VOCABULARY_LETTERS,
): string[] {
  return buildVocabulary(
    letters
      .slice(0, sample)
      .values()
      .flatMap((letter) => [letter.title, letter.text]),
  );
}

/** Words worth suggesting: letters only, 3 to 24 of them. */
const SUGGESTIBLE = /^\p{L}{3,24}$/u;

/**
 * Counts the words of texts (normalised, suggestible ones only). Tokens are counted as
 * written and each distinct one normalised once: an archive of 100,000 letters has 100
 * million tokens but about a million distinct ones, and normalising is the costly part.
 */
function countWords(texts: Iterable<string>): Map<string, number> {
  const tokens = new Map<string, number>();
  for (const text of texts) {
    for (const token of text.split(/\s+/)) tokens.set(token, (tokens.get(token) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [token, count] of tokens) {
    const word = normaliseWord(token);
    if (SUGGESTIBLE.test(word)) counts.set(word, (counts.get(word) ?? 0) + count);
  }
  return counts;
}

/** The vocabulary: the `limit` most frequent words, most frequent first (ties alphabetical). */
export function buildVocabulary(
  texts: Iterable<string>,
  limit: number = VOCABULARY_LIMIT,
): string[] {
  return [...countWords(texts).entries()]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .slice(0, limit)
    .map(([word]) => word);
}

/** The edit distance between two words, counting a swap of neighbours as one edit. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}

/** How far a word of this length may be from its suggestion. */
const allowedDistance = (word: string): number => (word.length <= 4 ? 1 : 2);

/** The most frequent known word close to `word`; undefined when it is known or nothing is close. */
export function suggestWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (!SUGGESTIBLE.test(word) || vocabulary.includes(word)) return undefined;
  const allowed = allowedDistance(word);
  let best: { word: string; distance: number } | undefined;
  for (const known of vocabulary) {
    if (Math.abs(known.length - word.length) > allowed) continue;
    const distance = editDistance(word, known);
    // The vocabulary is most frequent first: keep the first word at the smallest distance.
    if (distance <= allowed && (best === undefined || distance < best.distance)) {
      best = { word: known, distance };
    }
  }
  return best?.word;
}

/**
 * The query with each unknown word replaced by its suggestion, keeping quotes,
 * exclusions and known words; undefined when there is nothing to suggest.
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  // Split keeps the words at odd places, with what lies between them at even ones.
  const parts = query.split(/([\p{L}\p{N}'\u2019-]+)/u);
  let changed = false;
  for (let i = 1; i < parts.length; i += 2) {
    const token = parts[i] ?? '';
    const better = suggestWord(normaliseWord(token), vocabulary);
    if (better === undefined || parseQuery(token).words.length === 0) continue;
    parts[i] = better;
    changed = true;
  }
  return changed ? parts.join('') : undefined;
}
