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

const BODY_MARK = ' data-pagefind-body';
const ARTICLE_END = '</article>';

/**
 * What Pagefind is given of a letter page: its `data-pagefind-body` article (the
 * letter, with its filters, metadata and sort key), in a bare document. Pagefind
 * reads nothing outside that article, but parses all of it, and the header,
 * navigation, footer and JSON-LD are about 40 % of a short letter's page; the
 * search records are the same either way. Throws, naming the page, if it has no
 * such article.
 */
export function searchedHtml(url: string, page: string): string {
  const start = page.lastIndexOf('<article', page.indexOf(BODY_MARK));
  const end = page.lastIndexOf(ARTICLE_END);
  if (!page.includes(BODY_MARK) || start === -1 || end < start) {
    throw new Error(`${url}: the letter page has no <article data-pagefind-body> to index`);
  }
  const article = page.slice(start, end + ARTICLE_END.length);
  return `<!doctype html><html lang="en-GB"><body>${article}</body></html>`;
}
