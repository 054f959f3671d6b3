/**
 * What a search query means, word by word, and whether a piece of text really
 * contains it. Pagefind finds candidate letters (its matching is loose: word
 * prefixes, stems, phrases that are not exact); these functions decide which of
 * them truly match, so the search page never lists a match that is not there.
 *
 * - a plain word matches the same word or a word with the same stem
 *   (`doctor` for `doctors`), never a bare prefix (`do`);
 * - a phrase in double quotes matches only those words, exactly, in that order;
 * - `-word` (or `-"a phrase"`) excludes text that contains it.
 *
 * Pure: the search page and the unit tests use the same code.
 */

/** A query, read into what must be there and what must not. */
export interface ParsedQuery {
  /** Words that must each appear (stems allowed), normalised. */
  readonly words: readonly string[];
  /** Phrases that must appear exactly, each as its normalised words. */
  readonly phrases: readonly (readonly string[])[];
  /** Words or phrases that must not appear, each as its normalised words. */
  readonly excluded: readonly (readonly string[])[];
}

/**
 * A token as a comparable word: lower case, accents and punctuation removed, a
 * possessive `'s` dropped ("GP’s" is "gp", "PO-1531376" is "po1531376").
 */
export function normaliseWord(token: string): string {
  return token
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u2019']s$/u, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * A light English stem, enough to equate plurals and common endings
 * (doctors, doctor; pharmacies, pharmacy; housing, houses, house) without ever
 * equating a word with a mere prefix of it.
 */
export function stemWord(word: string): string {
  if (word.length < 3 || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('ing') && stem.length >= 6) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length >= 5) stem = stem.slice(0, -2);
  if (stem.endsWith('e') && stem.length >= 4) stem = stem.slice(0, -1);
  return stem;
}

/** The normalised words of a piece of text, split at whitespace as Pagefind splits its content. */
export function wordsOfText(text: string): string[] {
  return text.split(/\s+/).filter((token) => token !== '');
}

const normalisedWords = (text: string): string[] =>
  wordsOfText(text)
    .map(normaliseWord)
    .filter((word) => word !== '');

/** Reads a query: plain words, "quoted phrases", and -excluded words or -"phrases". */
export function parseQuery(query: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const excluded: string[][] = [];
  // A quoted phrase (its closing quote optional at the end), or a run of non-space characters.
  for (const match of query.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const [, minus, phrase, bare] = match;
    if (phrase !== undefined) {
      const parts = normalisedWords(phrase);
      if (parts.length === 0) continue;
      if (minus === '-') excluded.push(parts);
      else phrases.push(parts);
      continue;
    }
    const token = bare ?? '';
    const negative = token.startsWith('-') && token.length > 1;
    const word = normaliseWord(negative ? token.slice(1) : token);
    if (word === '') continue;
    if (negative) excluded.push([word]);
    else words.push(word);
  }
  return { words: [...new Set(words)], phrases, excluded };
}

/** Tells whether a query asks for any words at all (exclusions alone find nothing to show). */
export function hasPositiveTerms(query: ParsedQuery): boolean {
  return query.words.length > 0 || query.phrases.length > 0;
}

/** Tells whether Pagefind's candidates must be checked: with no words or exclusions, each one is a result. */
export function needsChecking(query: ParsedQuery): boolean {
  return hasPositiveTerms(query) || query.excluded.length > 0;
}

/**
 * The words to give Pagefind to find candidates: the query as typed, without its
 * exclusions (Pagefind would look for them). Null when nothing is left.
 */
export function candidateTerm(query: string): string | null {
  const term = withoutExclusions(query).replace(/\s+/g, ' ').trim();
  return term === '' ? null : term;
}

/** The query as typed, with every -word and -"phrase" taken out. */
export function withoutExclusions(query: string): string {
  return query.replace(/(^|\s)-"[^"]*"?/g, ' ').replace(/(^|\s)-\S+/g, ' ');
}

/** Where a phrase (exact words in order) occurs in normalised words: each occurrence's positions. */
function phraseAt(words: readonly string[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((part, j) => words[i + j] === part)) {
      for (let j = 0; j < phrase.length; j++) found.push(i + j);
    }
  }
  return found;
}

/** Positions of the words that match a plain query word (same word or same stem). */
function wordAt(words: readonly string[], stems: readonly string[], word: string): number[] {
  const stem = stemWord(word);
  const found: number[] = [];
  words.forEach((w, i) => {
    if (w === word || stems[i] === stem) found.push(i);
  });
  return found;
}

/** Text prepared for matching: its normalised words and their stems, by position. */
export interface MatchableText {
  readonly words: readonly string[];
  readonly stems: readonly string[];
}

/** Prepares raw tokens (as split from Pagefind's content) for matching. */
export function matchable(tokens: readonly string[]): MatchableText {
  const words = tokens.map(normaliseWord);
  return { words, stems: words.map(stemWord) };
}

/** How a query matched a text: for each wanted word or phrase, the positions it was found at. */
export interface TextMatch {
  /** Positions (indexes into the text's tokens) of each wanted word, then each phrase. */
  readonly hits: readonly (readonly number[])[];
}

/** Every position of every wanted word and phrase, sorted. */
export function matchedPositions(match: TextMatch): number[] {
  return [...new Set(match.hits.flat())].sort((a, b) => a - b);
}

/**
 * Matches a query against a text: undefined unless every wanted word and phrase
 * is in it. Exclusions are not checked here (see `containsExcluded`): they apply
 * to a whole letter.
 */
export function matchText(query: ParsedQuery, text: MatchableText): TextMatch | undefined {
  const hits = [
    ...query.words.map((word) => wordAt(text.words, text.stems, word)),
    ...query.phrases.map((phrase) => phraseAt(text.words, phrase)),
  ];
  if (hits.length === 0 || hits.some((positions) => positions.length === 0)) return undefined;
  return { hits };
}

/** Tells whether a text contains any excluded word (stems allowed) or phrase (exact). */
export function containsExcluded(query: ParsedQuery, text: MatchableText): boolean {
  return query.excluded.some((parts) =>
    parts.length === 1
      ? wordAt(text.words, text.stems, parts[0] ?? '').length > 0
      : phraseAt(text.words, parts).length > 0,
  );
}
