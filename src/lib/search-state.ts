/**
 * A search as a URL: query, filters and sort live in the address
 * (`/search/?q=Wixams&topic=housing-targets&sort=newest`), so any search can be
 * shared and reloaded. Pure: the search page's script uses it to read the URL on
 * load and write it back as the reader types.
 */
import { FACET_KEYS, type FacetKey } from './search-facets';
import { candidateTerm, withoutExclusions } from './search-match';

/** How results are ordered. */
export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** The sort orders, as offered on the search page. */
export const SORT_ORDERS: readonly { readonly value: SortOrder; readonly label: string }[] = [
  { value: 'relevance', label: 'Best match' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
];

/** One search. */
export interface SearchState {
  readonly query: string;
  readonly filters: Readonly<Record<FacetKey, readonly string[]>>;
  readonly sort: SortOrder;
}

const isSortOrder = (value: string | null): value is SortOrder =>
  SORT_ORDERS.some((s) => s.value === value);

/** Reads a search from a URL's query string; unknown parameters and values are ignored. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = {} as Record<FacetKey, string[]>;
  for (const key of FACET_KEYS) {
    filters[key] = [...new Set(params.getAll(key).filter((v) => v.trim() !== ''))];
  }
  const sort = params.get('sort');
  return { query: params.get('q') ?? '', filters, sort: isSortOrder(sort) ? sort : 'relevance' };
}

/** Writes a search as a query string, leaving out what is empty or default, in a stable order. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const key of FACET_KEYS) {
    for (const value of state.filters[key]) params.append(key, value);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Tells whether the search asks for anything: a query or at least one filter. */
export function isActiveSearch(state: SearchState): boolean {
  return state.query.trim() !== '' || FACET_KEYS.some((key) => state.filters[key].length > 0);
}

/** Pagefind's filter object: any chosen value within a facet, every facet at once. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const key of FACET_KEYS) {
    if (state.filters[key].length > 0) filters[key] = { any: [...state.filters[key]] };
  }
  return filters;
}

/** Pagefind's sort option; relevance is Pagefind's own order. */
export function pagefindSort(sort: SortOrder): { date: 'asc' | 'desc' } | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}

/** Pagefind's options for one search, as Pagefind needs them. */
export interface PagefindOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: { date: 'asc' | 'desc' };
}

/**
 * The words for Pagefind's `search()`, trimmed and without exclusions (which are
 * applied to its results: src/lib/search-match.ts), or null to browse by filters alone.
 */
export function pagefindTerm(state: SearchState): string | null {
  return candidateTerm(state.query);
}

/** The options for Pagefind's `search()`, leaving out what is empty or default. */
export function pagefindOptions(state: SearchState): PagefindOptions {
  const options: PagefindOptions = {};
  const filters = pagefindFilters(state);
  if (Object.keys(filters).length > 0) options.filters = filters;
  const sort = pagefindSort(state.sort);
  if (sort !== undefined) options.sort = sort;
  return options;
}

/**
 * The words to mark on a letter page opened from a result: the words the reader
 * typed, not Pagefind's normalised terms ("po1531376" would mark nothing).
 */
export function highlightWords(query: string): string[] {
  return withoutExclusions(query)
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 1);
}

/** Adds `highlight` parameters for the typed words to a result link, keeping its #anchor. */
export function withHighlight(url: string, query: string): string {
  const words = highlightWords(query);
  if (words.length === 0) return url;
  const [path = '', anchor] = url.split('#');
  const [base = '', search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.delete('highlight');
  for (const word of words) params.append('highlight', word);
  return `${base}?${params.toString()}${anchor === undefined ? '' : `#${anchor}`}`;
}
