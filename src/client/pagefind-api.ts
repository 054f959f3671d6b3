/**
 * The parts of Pagefind's browser API (`/pagefind/pagefind.js`, written by the
 * build) that Postbag uses, typed, and the one place that loads it.
 */
import { FIRST_PART_PATH } from '../lib/search-parts';

/** One page's data, fetched lazily for each result. */
export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  /** The page's indexed text; Pagefind's word locations index it split at whitespace. */
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[]>>;
  /** Every element with an id, with the word location it starts at. */
  readonly anchors: readonly {
    readonly element: string;
    readonly id: string;
    readonly text?: string | undefined;
    readonly location: number;
  }[];
  readonly sub_results: readonly {
    readonly title: string;
    readonly url: string;
    readonly anchor?: { readonly id: string } | undefined;
    readonly excerpt: string;
  }[];
}

/** One result of a search. */
export interface PagefindResult {
  readonly id: string;
  /** Pagefind's score for the query: comparable across merged indexes. */
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

/** What a search returns: the results, and filter counts within them. */
export interface PagefindSearch {
  readonly results: readonly PagefindResult[];
  readonly filters: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Options of one search. */
export interface PagefindSearchOptions {
  readonly filters?: Readonly<Record<string, { any: string[] }>>;
  readonly sort?: Readonly<Record<string, 'asc' | 'desc'>>;
}

/** Options of the index, or of an index merged into it. */
export interface PagefindIndexOptions {
  readonly excerptLength?: number;
  /** A filter value given to every page of the index, as if each page had it. */
  readonly mergeFilter?: Readonly<Record<string, string>>;
}

/** The Pagefind module: its own index (`/pagefind/`), and any merged into it. */
export interface Pagefind {
  options(options: PagefindIndexOptions): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: PagefindIndexOptions): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindSearch>;
  /** Fetches what a search will need, without running it. */
  preload(term: string | null, options?: PagefindSearchOptions): Promise<void>;
}

/** Loads Pagefind's module at run time (it does not exist until the site is built). */
export async function loadPagefind(): Promise<Pagefind> {
  const url = `${FIRST_PART_PATH}pagefind.js`;
  return (await import(/* @vite-ignore */ url)) as Pagefind;
}
