/**
 * The search page: reads the search from the URL, finds candidate letters with
 * Pagefind, keeps only the answers that truly match (src/lib/search-answers.ts)
 * and lists them, best first, under any people, places and topics whose names
 * match (src/lib/search-directory.ts); when nothing matches it suggests a
 * spelling from the archive's words (src/lib/search-vocabulary.ts). It announces
 * the query, the filters and the count, and keeps the URL in step
 * (history.replaceState) as the reader types or ticks filters.
 *
 * Filter counts cost a download of every filter's index (about 140 kB at 10,000
 * letters, more than the results themselves), so they are loaded only when the
 * reader reaches for the filters: pointing at or focusing the filter panel, or
 * arriving with a filter already in the URL. A reader who only types words never
 * pays for them.
 *
 * Past 2,000 letters the index is in parts (src/lib/search-parts.ts): every
 * search runs in each part and the results are merged here, in the chosen order.
 * The first search a reader makes is shown from the newest part first, before
 * the other parts are loaded (at 100,000 letters they are a few MB between
 * them); the other parts are loaded then, and the full results replace the first.
 * A search by date is listed part by part, each part's results in its own search, run
 * only when needed (every Pagefind search runs in every part it holds: 25 searches of
 * 25 parts took 5.6 s at 100,000 letters); its first part's results are shown as soon
 * as they come, before the search of every part has counted the rest.
 */
import { FACET_KEYS } from '../lib/search-facets';
import { inPart, PART_FILTER, partOrder, partRuns, type PartRun } from '../lib/search-parts';
import {
  directHits,
  directoryShardPath,
  queryShardKey,
  type DirectoryEntry,
} from '../lib/search-directory';
import { needsChecking, parseQuery } from '../lib/search-match';
import { describeResults, resultStream, type ResultStream } from '../lib/search-results';
import {
  isActiveSearch,
  pagefindOptions,
  pagefindTerm,
  parseSearchState,
  searchStateToParams,
  type SearchState,
} from '../lib/search-state';
import { suggestQuery, VOCABULARY_FILE } from '../lib/search-vocabulary';
import { lazyFacets, loadFacetOptions } from './facet-options';
import { loadPagefind, type PagefindSearch } from './pagefind-api';
import { renderDirectHit, renderResult, renderSuggestion } from './search-render';

/** Results shown at first, and added by each "Show more". */
const PAGE_SIZE = 10;

/** How long typing must pause before a search runs; Enter and filters search at once. */
const TYPING_PAUSE_MS = 250;

/** The page's element with this id, checked to be of the expected kind. */
function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`The search page has no ${kind.name} #${id}`);
  return element;
}

const form = byId('search-form', HTMLFormElement);
const input = byId('search-q', HTMLInputElement);
const sortSelect = byId('search-sort', HTMLSelectElement);
const status = byId('search-status', HTMLParagraphElement);
const list = byId('search-results', HTMLOListElement);
const more = byId('search-more', HTMLButtonElement);
const clear = byId('search-clear', HTMLButtonElement);
const filterPanel = byId('search-filters', HTMLDivElement);
const direct = byId('search-direct', HTMLElement);
const directList = byId('search-direct-list', HTMLUListElement);
const help = byId('search-help', HTMLDivElement);
const suggestion = byId('search-suggestion', HTMLParagraphElement);

/** Where each part of the index is served from, as the page was built (`data-search-parts`). */
function readPartPaths(): string[] {
  const paths = JSON.parse(form.dataset['searchParts'] ?? '[]') as unknown;
  if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string')) {
    throw new Error('The search page lists no parts of the search index (data-search-parts)');
  }
  return paths;
}

function readForm(): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') params.append(key, value);
  }
  return parseSearchState(params);
}

function writeForm(state: SearchState): void {
  input.value = state.query;
  sortSelect.value = state.sort;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const key = FACET_KEYS.find((k) => k === box.name);
    box.checked = key !== undefined && state.filters[key].includes(box.value);
  }
  // A facet with a value chosen is shown open.
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details.facet')) {
    if (details.querySelector('input:checked') !== null) details.open = true;
  }
}

/** The active filters as read out: "Topic: GP workforce". */
function activeFilters(): string[] {
  return [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map(
    (box) => {
      const legend = box.closest('fieldset')?.querySelector('legend')?.textContent.trim() ?? '';
      const label = box.closest('label')?.querySelector('span')?.textContent.trim() ?? box.value;
      return legend === '' ? label : `${legend}: ${label}`;
    },
  );
}

function writeUrl(state: SearchState): void {
  const query = searchStateToParams(state).toString();
  history.replaceState(null, '', query === '' ? window.location.pathname : `?${query}`);
}

/** The counts last shown, for options that arrive later (src/client/facet-options.ts). */
let lastCounts: PagefindSearch['filters'] | undefined;

function showCounts(counts: PagefindSearch['filters'] | undefined): void {
  lastCounts = counts;
  for (const span of form.querySelectorAll<HTMLElement>('[data-facet-count]')) {
    const [key = '', value = ''] = (span.dataset['facetCount'] ?? '').split(/:(.*)/s);
    const count = counts?.[key]?.[value];
    span.textContent = count === undefined ? '' : `(${count})`;
  }
}

// Every part of the index (src/lib/search-parts.ts), newest letters first: one
// part up to 2,000 letters. The first is Pagefind's own index; the others are
// merged into it, sharing its WebAssembly, and each part's pages are given the
// filter part=n so that a date-sorted search can be run part by part.
const partPaths = readPartPaths();
const several = partPaths.length > 1;
const pagefind = await loadPagefind();
await pagefind.options({
  excerptLength: 30,
  ...(several ? { mergeFilter: { [PART_FILTER]: '1' } } : {}),
});
await pagefind.init();
// The other parts are loaded once the first search has shown what the newest part
// holds, so a first search costs what it costs in an archive of one part.
let merged: Promise<unknown> | undefined;

/** Loads every part after the first into Pagefind, once. */
function mergeParts(): Promise<unknown> {
  merged ??= Promise.all(
    partPaths
      .slice(1)
      .map((path, i) =>
        pagefind.mergeIndex(path, { mergeFilter: { [PART_FILTER]: String(i + 2) } }),
      ),
  );
  return merged;
}

/**
 * Which end of the archive a search can be shown from before the other parts answer:
 * the newest part, before the others load (only before they start loading: Pagefind
 * searches a part that is still loading too; and not oldest first, whose first results
 * are in the oldest part); once they are loaded, a search by date's first part.
 */
function firstPartShown(state: SearchState): 'newest' | 'oldest' | undefined {
  if (!several) return undefined;
  if (merged === undefined) return state.sort === 'oldest' ? undefined : 'newest';
  return state.sort === 'relevance' ? undefined : state.sort;
}

/** The part a search by date lists first: the newest, or the oldest. */
const firstPart = (sort: 'newest' | 'oldest'): string =>
  partOrder(sort, partPaths.length)[0] ?? '1';

/**
 * Runs a search in the part its first results come from (see `firstPartShown`): by date,
 * the first part listed; by best match, before the other parts load, the one loaded.
 */
async function searchFirstPart(state: SearchState): Promise<PagefindSearch> {
  const options = pagefindOptions(state);
  const inFirst = state.sort === 'relevance' ? options : inPart(options, firstPart(state.sort));
  return pagefind.search(pagefindTerm(state), inFirst);
}

/**
 * Runs a search in every part. `first` is the first part's answer to a search by date,
 * if it ran already (`searchFirstPart`).
 */
async function searchEveryPart(
  state: SearchState,
  first?: PagefindSearch,
): Promise<PagefindSearch> {
  await mergeParts();
  const whole = await pagefind.search(pagefindTerm(state), pagefindOptions(state));
  if (state.sort === 'relevance' || !several) return whole;
  return listedByDate(state, state.sort, whole, first);
}

/**
 * A search by date across the parts, in date order. Pagefind's one search of every
 * part (`whole`) finds and counts the results, part by part, but lists them by score;
 * each part's own search lists its results by date, and runs when one of them is first
 * needed, so a search whose first page is in the first part searches one part, not all.
 * Throws, when a result is needed, if a part's search disagrees with its share.
 */
function listedByDate(
  state: SearchState,
  sort: 'newest' | 'oldest',
  whole: PagefindSearch,
  first: PagefindSearch | undefined,
): PagefindSearch {
  const options = pagefindOptions(state);
  const shares = whole.filters[PART_FILTER] ?? {};
  const runs = partRuns(shares, whole.results.length, sort, partPaths.length);
  const searched = new Map<string, Promise<PagefindSearch>>();
  if (first !== undefined) searched.set(firstPart(sort), Promise.resolve(first));
  const partResult = async ({ part, count }: PartRun, i: number) => {
    let search = searched.get(part);
    if (search === undefined) {
      search = pagefind.search(pagefindTerm(state), inPart(options, part));
      searched.set(part, search);
    }
    const { results } = await search;
    const result = results[i];
    if (results.length !== count || result === undefined) {
      throw new Error(`Part ${part} of the index found ${results.length} results, not ${count}`);
    }
    return result;
  };
  const results = runs.flatMap((run) =>
    Array.from({ length: run.count }, (_, i) => ({
      id: `${run.part}:${i}`,
      score: 0,
      data: async () => (await partResult(run, i)).data(),
    })),
  );
  return { results, filters: whole.filters };
}

// Loading the filters once is what makes Pagefind return per-value counts with
// each search (1.6 returns none before it); they are also the counts shown
// before the reader has searched.
let allCounts: PagefindSearch['filters'] | undefined;

const loaded = new Map<string, Promise<unknown>>();

/** Loads a JSON list of the site once, on first need. */
function loadJson<T>(path: string): Promise<T[]> {
  let loading = loaded.get(path);
  if (loading === undefined) {
    loading = fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    });
    loaded.set(path, loading);
  }
  return loading as Promise<T[]>;
}
const loadVocabulary = () => loadJson<string>(VOCABULARY_FILE);

/** The search on screen; `soFarAmong` while it shows one end's part only and the others answer. */
interface Shown {
  stream: ResultStream;
  state: SearchState;
  count: number;
  soFarAmong: 'newest' | 'oldest' | undefined;
}

let shown: Shown | undefined;
let latest = 0;

/** The status line: the query, the active filters and the count. */
function describeShown(current: Shown): string {
  const { stream } = current;
  // Without words or exclusions every candidate letter is a result: the count is known at once.
  const every = !needsChecking(parseQuery(current.state.query));
  return describeResults({
    query: current.state.query,
    filters: activeFilters(),
    results: every ? stream.candidates : stream.listed.length,
    letters: every ? stream.candidates : stream.letters,
    checked: every ? stream.candidates : stream.checked,
    candidates: stream.candidates,
    soFarAmong: current.soFarAmong,
  });
}

/** Lists the next page of results, checking more candidate letters as needed. */
async function showMore(): Promise<void> {
  if (shown === undefined) return;
  const current = shown;
  await current.stream.fill(current.count + PAGE_SIZE);
  if (shown !== current) return;
  const next = current.stream.listed.slice(current.count, current.count + PAGE_SIZE);
  list.append(...next.map((listed) => renderResult(listed, current.state.query)));
  current.count += next.length;
  const complete = current.stream.checked >= current.stream.candidates;
  more.hidden = complete && current.count >= current.stream.listed.length;
  status.textContent = describeShown(current);
  // No results in one part says nothing yet: the others may have some.
  const none = complete && current.stream.listed.length === 0;
  if (none && current.soFarAmong === undefined) await showHelp(current.state);
}

/** Tips, browse routes and, if the archive knows a close spelling, a suggestion. */
async function showHelp(state: SearchState): Promise<void> {
  help.hidden = false;
  const vocabulary = await loadVocabulary().catch(() => []);
  const suggested = suggestQuery(state.query, vocabulary);
  if (suggested === undefined || shown?.state !== state) return;
  const params = searchStateToParams({ ...state, query: suggested });
  suggestion.replaceChildren(renderSuggestion(suggested, `?${params.toString()}`));
  suggestion.hidden = false;
}

/** Shows the people, organisations, constituencies and topics whose names match. */
async function showDirectHits(state: SearchState, ticket: number): Promise<void> {
  const query = parseQuery(state.query);
  const shard = queryShardKey(query);
  // A shard that cannot be loaded leaves out the direct hits, not the results.
  const entries =
    shard === undefined
      ? []
      : await loadJson<DirectoryEntry>(directoryShardPath(shard)).catch(() => []);
  if (ticket !== latest) return;
  const hits = directHits(query, entries);
  directList.replaceChildren(...hits.map(renderDirectHit));
  direct.hidden = hits.length === 0;
}

/** Clears what the last search showed. */
function clearShown(): void {
  shown = undefined;
  list.replaceChildren();
  more.hidden = true;
  help.hidden = true;
  suggestion.hidden = true;
  suggestion.replaceChildren();
}

/**
 * Filter counts for the search shown: Pagefind's when the query has no words to
 * check (they are exact then, once the filters are loaded); otherwise the
 * letters listed, once every candidate is checked, and none before (a count of
 * unchecked letters could promise matches that are not there).
 */
function countsOf(
  stream: ResultStream,
  state: SearchState,
  search: PagefindSearch,
): PagefindSearch['filters'] | undefined {
  if (state.query.trim() === '') return allCounts === undefined ? undefined : search.filters;
  if (stream.checked < stream.candidates) return undefined;
  const counts: Record<string, Record<string, number>> = {};
  const letters = new Map(stream.listed.map(({ page }) => [page.url, page]));
  for (const page of letters.values()) {
    for (const [key, values] of Object.entries(page.filters ?? {})) {
      const perValue = (counts[key] ??= {});
      for (const value of values) perValue[value] = (perValue[value] ?? 0) + 1;
    }
  }
  return counts;
}

async function run(immediate: boolean): Promise<void> {
  const state = readForm();
  writeUrl(state);
  const ticket = ++latest;
  if (!isActiveSearch(state)) {
    clearShown();
    direct.hidden = true;
    status.textContent = 'Type words to search, or choose a filter.';
    showCounts(allCounts);
    return;
  }
  if (!immediate) {
    // Fetch the words' index chunks while the reader may still be typing.
    pagefind.preload(pagefindTerm(state), pagefindOptions(state)).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
    // The reader typed on: the newer search reports instead.
    if (ticket !== latest) return;
  }
  const directShown = showDirectHits(state, ticket);
  try {
    const end = firstPartShown(state);
    let first: PagefindSearch | undefined;
    if (end !== undefined) {
      first = await searchFirstPart(state);
      // A newer search has started: let it report instead.
      if (ticket !== latest) return;
      await showSearch(state, first, ticket, end);
    }
    const search = await searchEveryPart(state, first);
    if (ticket !== latest) return;
    await Promise.all([showSearch(state, search, ticket, undefined), directShown]);
  } catch (error) {
    if (ticket === latest) showFailure();
    throw error;
  }
}

/** Says the search failed, in place of its results. */
function showFailure(): void {
  clearShown();
  status.textContent =
    'Search could not load its index. Try again later, or browse the letters by topic, person or year.';
}

/** Lists a search's first results; `soFarAmong` when they are one end's part's alone. */
async function showSearch(
  state: SearchState,
  search: PagefindSearch,
  ticket: number,
  soFarAmong: 'newest' | 'oldest' | undefined,
): Promise<void> {
  const { results } = search;
  const load = async (i: number) => {
    const result = results[i];
    if (result === undefined) throw new Error(`Search result ${i} is missing`);
    return result.data();
  };
  const query = parseQuery(state.query);
  const stream = resultStream(query, results.length, load, {
    topics: state.filters.topic,
    order: state.sort === 'relevance' ? 'score' : 'candidates',
    // Without anything to check, only the letters shown are downloaded.
    ...(needsChecking(query) ? {} : { batch: PAGE_SIZE }),
  });
  clearShown();
  shown = { stream, state, count: 0, soFarAmong };
  await showMore();
  if (ticket === latest && soFarAmong === undefined) showCounts(countsOf(stream, state, search));
}

let countsLoading: Promise<void> | undefined;

/** Loads every filter's index once, after which each search comes with its counts. */
function loadCounts(): Promise<void> {
  countsLoading ??= (async () => {
    await mergeParts();
    allCounts = await pagefind.filters();
  })();
  return countsLoading;
}

/** Loads the counts and shows them for a search by filters alone (a search with words has its own). */
async function countsForShownSearch(): Promise<void> {
  await loadCounts();
  const ticket = latest;
  const state = readForm();
  if (state.query.trim() !== '') return;
  const counts = isActiveSearch(state) ? (await searchEveryPart(state)).filters : allCounts;
  // A newer search shows its own counts.
  if (ticket === latest) showCounts(counts);
}

byId('search-needs-js', HTMLDivElement).hidden = true;
form.hidden = false;
const initial = parseSearchState(new URLSearchParams(window.location.search));
// A filter whose options load when needed is filled first if the address ticks one of them.
await Promise.all(
  lazyFacets(form)
    .filter((details) =>
      FACET_KEYS.some((k) => k === details.dataset['facetKey'] && initial.filters[k].length > 0),
    )
    .map(loadFacetOptions),
);
writeForm(initial);
for (const details of lazyFacets(form)) {
  details.addEventListener('toggle', () => {
    if (details.open)
      void loadFacetOptions(details).then(() => {
        showCounts(lastCounts);
      });
  });
}
for (const event of ['pointerenter', 'focusin', 'toggle'] as const) {
  filterPanel.addEventListener(event, () => void countsForShownSearch(), {
    once: true,
    capture: true,
  });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
input.addEventListener('input', () => void run(false));
form.addEventListener('change', (event) => {
  if (event.target !== input) void run(true);
});
more.addEventListener('click', () => {
  const ticket = latest;
  // A later part's results are searched for and downloaded only now.
  showMore().catch((error: unknown) => {
    if (ticket === latest) showFailure();
    throw error;
  });
});
clear.addEventListener('click', () => {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = false;
  }
  void run(true);
});

// With a filter in the address the reader has reached for the filters already.
if (FACET_KEYS.some((key) => initial.filters[key].length > 0)) await loadCounts();
await run(true);
