/**
 * Letter pages are indexed for search as Astro renders them, not read back from
 * disk afterwards: Pagefind's indexer runs as a process of its own, fed by a
 * worker thread, so both work on the second core while Astro renders on the
 * first. The build's Pagefind integration (src/integrations/pagefind.ts)
 * registers an indexer for the length of a build; the site's middleware
 * (src/middleware.ts) hands it each letter page as it is rendered. Outside a
 * build (`astro dev`) none is registered and pages pass through untouched.
 */
import { buildGlobal } from './build-global.ts';
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

// The integration and the rendered pages are loaded as different modules of one process.
const registeredIndexer = buildGlobal<LetterPageIndexer>('postbag.letter-page-indexer');

/** Registers the build's indexer, or, with `undefined`, removes it. */
export function registerLetterPageIndexer(indexer: LetterPageIndexer | undefined): void {
  registeredIndexer.set(indexer);
}

/** The indexer of the build running in this process, if any. */
export function registeredLetterPageIndexer(): LetterPageIndexer | undefined {
  return registeredIndexer.get();
}

const BODY_MARK = ' data-pagefind-body';
const ARTICLE_END = '</article>';
/** An element Pagefind leaves out whole, with everything in it. */
const IGNORED_ALL = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore="all"[^>]*>/g;

/**
 * What Pagefind is given of a letter page: its `data-pagefind-body` article (the
 * letter, with its filters, metadata and sort key), in a bare document, without the
 * parts of it Pagefind ignores whole (the outline, the citations, related letters).
 * Pagefind reads nothing else, but parsed all of it, and handing it over was the
 * build's own work: at 100,000 letters, 56 s of encoding and writing to Pagefind's
 * process. The search records are the same. Throws, naming the page, if it has no
 * such article or an ignored element does not end.
 */
export function searchedHtml(url: string, page: string): string {
  const mark = page.indexOf(BODY_MARK);
  const start = mark === -1 ? -1 : page.lastIndexOf('<article', mark);
  const end = page.lastIndexOf(ARTICLE_END);
  if (start === -1 || end < start) {
    throw new Error(`${url}: the letter page has no <article data-pagefind-body> to index`);
  }
  const article = withoutIgnored(url, page.slice(start, end + ARTICLE_END.length));
  return `<!doctype html><html lang="en-GB"><body>${article}</body></html>`;
}

/** `html` without its `data-pagefind-ignore="all"` elements, found by counting their tag's openings and closings. */
function withoutIgnored(url: string, html: string): string {
  let kept = '';
  let from = 0;
  for (const opening of html.matchAll(IGNORED_ALL)) {
    if (opening.index < from) continue;
    const tag = opening[1] ?? '';
    const close = elementEnd(html, tag, opening.index);
    if (close === -1) throw new Error(`${url}: a <${tag} data-pagefind-ignore="all"> never ends`);
    kept += html.slice(from, opening.index);
    from = close;
  }
  return kept + html.slice(from);
}

/** Where the `tag` element opened at `at` ends (just after its closing tag), or -1. */
function elementEnd(html: string, tag: string, at: number): number {
  const tags = new RegExp(`<${tag}\\b|</${tag}>`, 'g');
  tags.lastIndex = at;
  let depth = 0;
  for (let found = tags.exec(html); found !== null; found = tags.exec(html)) {
    depth += found[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return found.index + found[0].length;
  }
  return -1;
}
