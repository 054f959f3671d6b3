/**
 * The results of one search, as the search page lists them: Pagefind's candidate
 * letters are checked a batch at a time (each letter's page data is a download),
 * each gives its truly matching answers (src/lib/search-answers.ts), and the
 * results so far are kept in order. The count is exact once every candidate is
 * checked; before that the status says how many letters are left to check.
 *
 * Pure apart from the downloads it is handed: the search page supplies them.
 */
import { answerResults, type AnswerResult, type IndexedPage } from './search-answers';
import { type ParsedQuery } from './search-match';

/** A result with the page (letter) it comes from. */
export interface ListedResult {
  readonly result: AnswerResult;
  readonly page: IndexedPage;
  /** The candidate's place in Pagefind's order, to keep letters in that order on ties. */
  readonly rank: number;
}

/** Letters checked in the first batch, and in each batch after. */
export const CHECK_BATCH = 20;

/** One search's results, checked as far as asked. */
export interface ResultStream {
  /** The results found so far, in the order they are listed. */
  readonly listed: readonly ListedResult[];
  /** Candidate letters checked so far, and in all. */
  readonly checked: number;
  readonly candidates: number;
  /** Letters with at least one listed result. */
  readonly letters: number;
  /** Checks candidates until at least `wanted` results are found or none are left. */
  fill(wanted: number): Promise<void>;
}

/** How results are ordered: best match first, or in the candidates' (date) order. */
export type ResultOrder = 'score' | 'candidates';

/**
 * A stream of results over candidate pages (`load(i)` downloads the i-th).
 * With `order: 'score'` each batch's results are merged in by score; answers of
 * the same score keep their letters' order.
 */
export function resultStream(
  query: ParsedQuery,
  candidates: number,
  load: (index: number) => Promise<IndexedPage>,
  options: { topics: readonly string[]; order: ResultOrder; batch?: number },
): ResultStream {
  const listed: ListedResult[] = [];
  const letters = new Set<string>();
  let checked = 0;
  const batch = options.batch ?? CHECK_BATCH;
  const stream: ResultStream = {
    get listed() {
      return listed;
    },
    get checked() {
      return checked;
    },
    candidates,
    get letters() {
      return letters.size;
    },
    async fill(wanted: number) {
      while (listed.length < wanted && checked < candidates) {
        const end = Math.min(candidates, checked + batch);
        const indexes = Array.from({ length: end - checked }, (_, i) => checked + i);
        const pages = await Promise.all(indexes.map((i) => load(i)));
        pages.forEach((page, i) => {
          const found = answerResults(query, page, options.topics);
          if (found.length > 0) letters.add(page.url);
          for (const result of found) listed.push({ result, page, rank: checked + i });
        });
        checked = end;
        if (options.order === 'score') {
          listed.sort((a, b) => b.result.score - a.result.score || a.rank - b.rank);
        }
      }
    },
  };
  return stream;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * What the status line says about a search: the query, the active filters and
 * the count ("3 results in 1 letter found for “GP”, filtered by Topic: GP
 * workforce."), and while letters are left to check, how many.
 */
export function describeResults(options: {
  readonly query: string;
  /** Active filters as read out: "Topic: GP workforce". */
  readonly filters: readonly string[];
  readonly results: number;
  readonly letters: number;
  readonly checked: number;
  readonly candidates: number;
  /**
   * While only one part of the index has been searched and the others are, which:
   * the newest letters' or the oldest letters'.
   */
  readonly soFarAmong?: 'newest' | 'oldest' | undefined;
}): string {
  const query = options.query.trim();
  const end = options.soFarAmong;
  const complete = options.checked >= options.candidates && end === undefined;
  const toCheck =
    options.checked >= options.candidates
      ? ''
      : `; ${plural(options.candidates - options.checked, 'more letter')} still to check`;
  const among = end === undefined ? '' : ` among the ${end} letters`;
  const others = end === 'oldest' ? 'newer' : 'older';
  const searching = end === undefined ? '' : `; ${others} letters are still being searched`;
  const rest = complete ? '' : ` so far${among}${toCheck}${searching}`;
  if (query === '') {
    const verb = options.letters === 1 ? 'matches' : 'match';
    const filters = options.filters.length === 0 ? '' : `: ${options.filters.join('; ')}`;
    return `${plural(options.letters, 'letter')} ${verb} the filters${filters}${rest}.`;
  }
  const quoted = /^".*"$/.test(query) ? query : `“${query}”`;
  const filters = options.filters.length === 0 ? '' : `, filtered by ${options.filters.join('; ')}`;
  const found =
    options.results === 0
      ? complete
        ? 'No results'
        : '0 results'
      : options.results === options.letters
        ? plural(options.results, 'result')
        : `${plural(options.results, 'result')} in ${plural(options.letters, 'letter')}`;
  return `${found} found for ${quoted}${filters}${rest}.`;
}
