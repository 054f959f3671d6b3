/**
 * The search page: reads the search from the URL, runs it with Pagefind, shows
 * results with their answers, filter counts and a spoken result count, and keeps
 * the URL in step (history.replaceState) as the reader types or ticks filters.
 *
 * Filter counts cost a download of every filter's index (about 140 kB at 10,000
 * letters, more than the results themselves), so they are loaded only when the
 * reader reaches for the filters: pointing at or focusing the filter panel, or
 * arriving with a filter already in the URL. A reader who only types words never
 * pays for them.
 *
 * Past 10,000 letters the index is in parts (src/lib/search-parts.ts): every
 * search runs in each part and the results are merged here, in the chosen order.
 */
import { FACET_KEYS } from '../lib/search-facets';
import { mergePartCounts, PART_FILTER, partSearches } from '../lib/search-parts';
import {
  isActiveSearch,
  pagefindOptions,
  pagefindTerm,
  parseSearchState,
  searchStateToParams,
  withHighlight,
  type SearchState,
} from '../lib/search-state';
import { loadPagefind, type PagefindResult, type PagefindSearch } from './pagefind-api';

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
}

function writeUrl(state: SearchState): void {
  const query = searchStateToParams(state).toString();
  history.replaceState(null, '', query === '' ? window.location.pathname : `?${query}`);
}

function showCounts(counts: PagefindSearch['filters'] | undefined): void {
  for (const span of form.querySelectorAll<HTMLElement>('[data-facet-count]')) {
    const [key = '', value = ''] = (span.dataset['facetCount'] ?? '').split(/:(.*)/s);
    const count = counts?.[key]?.[value];
    span.textContent = count === undefined ? '' : `(${count})`;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpts are its own escaped text with <mark> around matches, so they are safe as HTML. */
function excerpt(html: string, className: string): HTMLParagraphElement {
  const p = element('p', className);
  p.innerHTML = html;
  return p;
}

async function renderResult(result: PagefindResult, query: string): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = element('li', 'search-result');
  const heading = element('h3', 'search-result__title');
  const link = element('a', '', data.meta['title'] ?? data.url);
  link.href = withHighlight(data.url, query);
  heading.append(link);
  const meta = [
    data.meta['date'],
    data.meta['from'],
    data.meta['reference'] && `Ref. ${data.meta['reference']}`,
  ]
    .filter(Boolean)
    .join(' · ');
  item.append(heading, element('p', 'search-result__meta', meta));
  const answers = data.sub_results.filter((sub) => sub.anchor !== undefined);
  if (answers.length === 0 || query.trim() === '') {
    item.append(excerpt(data.excerpt, 'search-result__excerpt'));
  }
  if (answers.length > 0 && query.trim() !== '') {
    const answerList = element('ul', 'search-result__answers');
    for (const answer of answers) {
      const answerItem = element('li', 'search-result__answer');
      const answerLink = element('a', '', answer.title);
      answerLink.href = withHighlight(answer.url, query);
      answerItem.append(answerLink, excerpt(answer.excerpt, 'search-result__excerpt'));
      answerList.append(answerItem);
    }
    item.append(answerList);
  }
  return item;
}

let shown: { search: PagefindSearch; query: string; count: number } | undefined;

async function showMore(): Promise<void> {
  if (shown === undefined) return;
  const { search, query } = shown;
  const next = search.results.slice(shown.count, shown.count + PAGE_SIZE);
  const items = await Promise.all(next.map((r) => renderResult(r, query)));
  list.append(...items);
  shown.count += next.length;
  more.hidden = shown.count >= search.results.length;
}

/** The result count as read out: "2 letters found for “Wixams”". */
function describe(count: number, state: SearchState): string {
  const letters = `${count} letter${count === 1 ? '' : 's'}`;
  const query = state.query.trim();
  if (query === '') return `${letters} ${count === 1 ? 'matches' : 'match'} the filters`;
  return `${letters} found for ${/^".*"$/.test(query) ? query : `“${query}”`}`;
}

// Every part of the index (src/lib/search-parts.ts), newest letters first: one
// part up to 10,000 letters. The first is Pagefind's own index; the others are
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
// The other parts load while the reader types; the first search waits for them.
const merged = Promise.all(
  partPaths
    .slice(1)
    .map((path, i) => pagefind.mergeIndex(path, { mergeFilter: { [PART_FILTER]: String(i + 2) } })),
);
// A part that fails to load is reported by the search that needs it (below), not as unhandled.
merged.catch(() => undefined);

/** Runs a search in every part; its results are those of Pagefind's searches, one after the other. */
async function searchEveryPart(state: SearchState): Promise<PagefindSearch> {
  await merged;
  const searches = await Promise.all(
    partSearches(pagefindOptions(state), state.sort, partPaths.length).map((options) =>
      pagefind.search(pagefindTerm(state), options),
    ),
  );
  return {
    results: searches.flatMap((search) => search.results),
    filters: mergePartCounts(searches.map((search) => search.filters)),
  };
}

// Loading the filters once is what makes Pagefind return per-value counts with
// each search (1.6 returns none before it); they are also the counts shown
// before the reader has searched.
let allCounts: PagefindSearch['filters'] | undefined;
let latest = 0;

async function run(immediate: boolean): Promise<void> {
  const state = readForm();
  writeUrl(state);
  const ticket = ++latest;
  if (!isActiveSearch(state)) {
    shown = undefined;
    list.replaceChildren();
    more.hidden = true;
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
  // Pagefind returns counts only once the filters are loaded: a search begun
  // before then must not blank counts that arrived while it ran.
  const withCounts = allCounts !== undefined;
  let search: PagefindSearch;
  try {
    search = await searchEveryPart(state);
  } catch (error) {
    if (ticket !== latest) return;
    list.replaceChildren();
    more.hidden = true;
    status.textContent =
      'Search could not load its index. Try again later, or browse the letters by topic, person or year.';
    throw error;
  }
  // A newer search has started: let it report instead.
  if (ticket !== latest) return;
  if (withCounts) showCounts(search.filters);
  shown = { search, query: state.query, count: 0 };
  list.replaceChildren();
  await showMore();
  status.textContent = describe(search.results.length, state);
}

let countsLoading: Promise<void> | undefined;

/** Loads every filter's index once, after which each search comes with its counts. */
function loadCounts(): Promise<void> {
  countsLoading ??= (async () => {
    allCounts = await pagefind.filters();
  })();
  return countsLoading;
}

/** Loads the counts and shows them for the search on screen, leaving its results as they are. */
async function countsForShownSearch(): Promise<void> {
  await loadCounts();
  const ticket = latest;
  const state = readForm();
  const counts = isActiveSearch(state) ? (await searchEveryPart(state)).filters : allCounts;
  // A newer search shows its own counts.
  if (ticket === latest) showCounts(counts);
}

byId('search-needs-js', HTMLDivElement).hidden = true;
form.hidden = false;
const initial = parseSearchState(new URLSearchParams(window.location.search));
writeForm(initial);
for (const event of ['pointerenter', 'focusin'] as const) {
  filterPanel.addEventListener(event, () => void countsForShownSearch(), { once: true });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
input.addEventListener('input', () => void run(false));
form.addEventListener('change', (event) => {
  if (event.target !== input) void run(true);
});
more.addEventListener('click', () => void showMore());
clear.addEventListener('click', () => {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = false;
  }
  void run(true);
});

// With a filter in the address the reader has reached for the filters already.
if (FACET_KEYS.some((key) => initial.filters[key].length > 0)) await loadCounts();
await run(true);
