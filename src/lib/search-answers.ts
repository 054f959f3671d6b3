/**
 * Answers as search results. Pagefind finds letters; here each letter is cut
 * into its answers (the text from one answer heading to the next, as Pagefind's
 * anchors mark them), each answer is checked against the query word by word
 * (src/lib/search-match.ts), and every answer that truly matches becomes a
 * result, scored so that the best-matching answer comes first. A letter without
 * answer headings is one result; so is a letter whose words match only as a
 * whole (one word in one answer, the other in another).
 *
 * Pure: the search page feeds it Pagefind's page data.
 */
import {
  containsExcluded,
  hasPositiveTerms,
  matchable,
  matchedPositions,
  matchText,
  wordsOfText,
  type MatchableText,
  type ParsedQuery,
  type TextMatch,
} from './search-match';

/** The parts of Pagefind's page data used here. */
export interface IndexedPage {
  readonly url: string;
  /** The page's indexed text; Pagefind's word locations index it split at whitespace. */
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  /** The filter values the page is filed under. */
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  readonly anchors: readonly {
    readonly element: string;
    readonly id: string;
    readonly text?: string | undefined;
    readonly location: number;
  }[];
}

/** The meta fields a letter page gives its search record (see LetterView.astro). */
export const SEARCH_META = {
  /** JSON: the letter's own topic ids. */
  letterTopics: 'letter-topics',
  /** JSON: `{ "<answer id>": ["<topic id>", …] }` for answers filed under topics. */
  answerTopics: 'answer-topics',
  /** JSON: `{ "<topic id>": "<title>" }` for the letter's and its answers' topics. */
  topicTitles: 'topic-titles',
  /** JSON: `{ "<answer id>": "<speaker>" }` for answers given by someone other than the signatory. */
  answerSpeakers: 'answer-speakers',
} as const;

/** One stretch of a letter: the part before the first answer heading, or one answer. */
export interface Section {
  /** The answer heading's id; undefined for the part before the first answer. */
  readonly id: string | undefined;
  readonly heading: string;
  /** The section's tokens, as split from the page's content, its heading's first. */
  readonly tokens: readonly string[];
  /** Where the heading's own words end, within `tokens`. */
  readonly headingLength: number;
}

const HEADING = /^h[2-6]$/;

/** Cuts a page's content into the part before the first answer heading and one section per answer. */
export function splitSections(page: IndexedPage): Section[] {
  const tokens = wordsOfText(page.content);
  const anchors = page.anchors
    .filter((anchor) => HEADING.test(anchor.element))
    .sort((a, b) => a.location - b.location);
  const sections: Section[] = [];
  const first = anchors[0]?.location ?? tokens.length;
  if (first > 0) {
    sections.push({
      id: undefined,
      heading: page.meta['title'] ?? page.url,
      tokens: tokens.slice(0, first),
      headingLength: 0,
    });
  }
  anchors.forEach((anchor, i) => {
    const end = anchors[i + 1]?.location ?? tokens.length;
    const heading = (anchor.text ?? '').trim() || anchor.id;
    sections.push({
      id: anchor.id,
      heading,
      tokens: tokens.slice(anchor.location, end),
      headingLength: wordsOfText(heading).length,
    });
  });
  return sections;
}

/** Reads a JSON meta field, or the fallback when it is absent or not valid JSON. */
export function readJsonMeta<T>(page: IndexedPage, key: string, fallback: T): T {
  const value = page.meta[key];
  if (value === undefined || value.trim() === '') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** A section's topic ids: an answer's own, or else (and for the opening) the letter's. */
export function sectionTopics(page: IndexedPage, id: string | undefined): string[] {
  const answerTopics = readJsonMeta<Record<string, string[]>>(page, SEARCH_META.answerTopics, {});
  const own = id === undefined ? undefined : answerTopics[id];
  return own !== undefined && own.length > 0
    ? own
    : readJsonMeta<string[]>(page, SEARCH_META.letterTopics, []);
}

/** The titles of an answer's own topics, which count as its words ("GP workforce" for "GP"). */
export function answerTopicTitles(page: IndexedPage, id: string | undefined): string[] {
  if (id === undefined) return [];
  const own = readJsonMeta<Record<string, string[]>>(page, SEARCH_META.answerTopics, {})[id] ?? [];
  const titles = readJsonMeta<Record<string, string>>(page, SEARCH_META.topicTitles, {});
  return own.map((topic) => titles[topic] ?? topic);
}

/** How well a section matches: hits in its heading count most, then how often each word occurs. */
export function scoreMatch(match: TextMatch, headingLength: number, tokenCount: number): number {
  let score = 0;
  for (const positions of match.hits) {
    const inHeading = positions.filter((p) => p < headingLength).length;
    score += (inHeading > 0 ? 4 : 0) + Math.log2(1 + positions.length - inHeading);
  }
  // A short answer that says it is better than a long one that mentions it.
  return score / Math.log2(8 + tokenCount);
}

/** One result: an answer (or a whole letter), with where it matched. */
export interface AnswerResult {
  readonly url: string;
  /** The answer's id; undefined when the result is the letter as a whole. */
  readonly answerId: string | undefined;
  readonly heading: string;
  /** The text after the heading, as tokens, for the excerpt. */
  readonly tokens: readonly string[];
  /** Positions in `tokens` of the matched words, for the excerpt. */
  readonly positions: readonly number[];
  readonly score: number;
  /** Titles of the answer's own topics (its words too, though not in its text). */
  readonly topics: readonly string[];
}

const sectionUrl = (url: string, id: string | undefined): string =>
  id === undefined ? url : `${url.split('#')[0] ?? url}#${id}`;

/** A section with its topics' titles after its text, ready to match. */
function sectionText(page: IndexedPage, section: Section) {
  const topics = answerTopicTitles(page, section.id);
  return { topics, text: matchable([...section.tokens, ...topics.flatMap(wordsOfText)]) };
}

function resultOf(
  page: IndexedPage,
  section: Section,
  text: MatchableText,
  match: TextMatch | undefined,
  topics: readonly string[] = [],
): AnswerResult {
  // The excerpt is of the text after the heading, which the result shows as its title.
  const start = section.headingLength;
  const inText = (p: number): boolean => p >= start && p < section.tokens.length;
  return {
    url: sectionUrl(page.url, section.id),
    answerId: section.id,
    heading: section.heading,
    tokens: section.tokens.slice(start),
    positions:
      match === undefined
        ? []
        : matchedPositions(match)
            .filter(inText)
            .map((p) => p - start),
    score: match === undefined ? 0 : scoreMatch(match, section.headingLength, text.words.length),
    topics,
  };
}

/**
 * The results one letter gives for a query, best first: its matching answers on
 * the chosen topics. The part before the first answer (title, correspondents,
 * topics) is a result only when no answer matches. A letter that contains an
 * excluded word gives none; one whose words match only across answers is one
 * result. With no wanted words (filters alone) the letter is one result.
 */
export function answerResults(
  query: ParsedQuery,
  page: IndexedPage,
  chosenTopics: readonly string[] = [],
): AnswerResult[] {
  const sections = splitSections(page);
  const tokens = sections.flatMap((section) => section.tokens);
  const whole = matchable(tokens);
  if (containsExcluded(query, whole)) return [];
  const onTopic = (id: string | undefined): boolean =>
    chosenTopics.length === 0 || sectionTopics(page, id).some((t) => chosenTopics.includes(t));
  const letter: Section = {
    id: undefined,
    heading: page.meta['title'] ?? page.url,
    tokens,
    headingLength: 0,
  };
  if (!hasPositiveTerms(query)) return [resultOf(page, letter, whole, undefined)];
  const results: AnswerResult[] = [];
  for (const section of sections) {
    if (section.id === undefined || !onTopic(section.id)) continue;
    const { topics, text } = sectionText(page, section);
    const match = matchText(query, text);
    if (match !== undefined) results.push(resultOf(page, section, text, match, topics));
  }
  if (results.length > 0) return results.sort((a, b) => b.score - a.score);
  // No answer has every word: the opening (title, correspondents, topics), or else the
  // letter as a whole, is one result.
  for (const section of [sections[0], letter]) {
    if (section === undefined || section.id !== undefined || !onTopic(undefined)) continue;
    const text = matchable(section.tokens);
    const match = matchText(query, text);
    if (match !== undefined)
      return [resultOf(page, { ...section, heading: letter.heading }, text, match)];
  }
  return [];
}

/** The speaker shown for an answer: named in the `answer-speakers` meta, else the letter's sender. */
export function answerSpeaker(page: IndexedPage, answerId: string | undefined): string | undefined {
  const speakers = readJsonMeta<Record<string, string>>(page, SEARCH_META.answerSpeakers, {});
  const named = answerId === undefined ? undefined : speakers[answerId];
  return typeof named === 'string' && named.trim() !== '' ? named : page.meta['from'];
}

/** A stretch of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/** About `length` words around the first match, with matched words marked. */
export function excerptParts(
  tokens: readonly string[],
  positions: readonly number[],
  length = 30,
): ExcerptPart[] {
  const first = positions[0] ?? 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), tokens.length - length));
  const end = Math.min(tokens.length, start + length);
  const marked = new Set(positions);
  const parts: ExcerptPart[] = [];
  if (start > 0) parts.push({ text: '… ', marked: false });
  for (let i = start; i < end; i++) {
    const space = i < end - 1 ? ' ' : '';
    const token = tokens[i] ?? '';
    const last = parts.at(-1);
    if (marked.has(i)) {
      parts.push({ text: token, marked: true });
      if (space !== '') parts.push({ text: space, marked: false });
    } else if (last !== undefined && !last.marked) {
      parts[parts.length - 1] = { text: last.text + token + space, marked: false };
    } else parts.push({ text: token + space, marked: false });
  }
  if (end < tokens.length) parts.push({ text: ' …', marked: false });
  return parts;
}
