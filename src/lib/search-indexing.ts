/**
 * Letter pages are indexed for search as Astro renders them, not read back from
 * disk afterwards: Pagefind's indexer runs as a process of its own, so it works
 * on the second core while Astro renders on the first. The build's Pagefind
 * integration (src/integrations/pagefind.ts) registers an indexer for the length
 * of a build; the site's middleware (src/middleware.ts) hands it each letter
 * page as it is rendered. Outside a build (`astro dev`) none is registered and
 * pages pass through untouched.
 */
import type { SearchPart } from './search-parts';

/** A rendered letter page, with the part of the index it belongs to. */
export interface LetterPage {
  readonly part: SearchPart;
  /** Its address: `/letters/<slug>/`. */
  readonly url: string;
  readonly html: string;
}

/** What the middleware hands pages to. `add` resolves once the indexer can take another page. */
export interface LetterPageIndexer {
  add(page: LetterPage): Promise<void>;
}

// The integration and the rendered pages are loaded as different modules of one process:
// a registered symbol on the global object is what they share.
const KEY = Symbol.for('postbag.letter-page-indexer');
type Holder = { [KEY]?: LetterPageIndexer | undefined };

/** Registers the build's indexer, or, with `undefined`, removes it. */
export function registerLetterPageIndexer(indexer: LetterPageIndexer | undefined): void {
  (globalThis as Holder)[KEY] = indexer;
}

/** The indexer of the build running in this process, if any. */
export function registeredLetterPageIndexer(): LetterPageIndexer | undefined {
  return (globalThis as Holder)[KEY];
}
