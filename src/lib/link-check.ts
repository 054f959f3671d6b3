/**
 * Link integrity of a built site: every internal link must reach a file, and
 * every #anchor an element with that id. Pure: give it each page's links, the
 * ids of every page and the site's files; `src/integrations/link-check.ts`
 * reads them.
 */

/** What a built HTML page points to. */
export interface PageLinks {
  /** The page's site path, e.g. `/letters/x/` (or `/404.html`). */
  readonly path: string;
  /** Every target it loads or links to: the `href` of an `<a>` or `<link>`, the `src` of an `<img>` or `<script>`, entities decoded. */
  readonly hrefs: readonly string[];
}

/** A link that leads nowhere. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

const BASE = 'http://site.invalid';

/** An attribute value as written, entities decoded. */
const decode = (value: string) =>
  value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/**
 * Every id on an HTML page as Astro writes it (double-quoted attributes). Each
 * is copied out of the page: V8 keeps a matched substring as a view of the whole
 * string, so keeping the ids of 30,000 pages would otherwise keep all their HTML
 * (which ran a 30,000-letter build out of memory).
 */
export function readPageIds(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => ` ${decode(m[1] ?? '')}`.slice(1)),
  );
}

/**
 * The ids an HTML page carries more than once, each once, in page order. A
 * repeated id makes its links ambiguous: a letter's raw HTML heading can take an
 * answer's id (`<h2>Housing targets</h2>` is given `housing-targets`) or one
 * the layout uses (`main-content`, `cite-…`), and a link then lands on the wrong
 * element.
 */
export function repeatedIds(html: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) {
    const id = decode(m[1] ?? '');
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

/**
 * Every target an HTML page as Astro writes it links to or loads, in page order:
 * the `href` of each `<a>` and `<link>`, the `src` of each `<img>` and `<script>`
 * (a letter's image is as much a broken link as its anchor), entities decoded.
 */
export function readPageHrefs(html: string): string[] {
  return [
    ...html.matchAll(/<(?:a|link)\b[^>]*?\shref="([^"]*)"|<(?:img|script)\b[^>]*?\ssrc="([^"]*)"/g),
  ].map((m) => decode(m[1] ?? m[2] ?? ''));
}

/** A percent-decoded path or anchor; undefined when a `%` starts no valid escape (`/100%/`). */
function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The file a site path is served from: `/x/` → `/x/index.html`. */
export function fileForPath(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * Every internal link that does not resolve. `files` holds the site's file
 * paths (`/letters/x/index.html`, `/feed.xml`, …) and `idsByFile` the ids of
 * each HTML file. `pages` is read once, in order, so a site can hand its pages
 * over one at a time rather than hold them all. Links to other origins,
 * `mailto:` and `tel:` are not this site's to check.
 */
export function findBrokenLinks(
  pages: Iterable<PageLinks>,
  files: ReadonlySet<string>,
  idsByFile: ReadonlyMap<string, ReadonlySet<string>>,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      if (/^(mailto|tel):/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, BASE + page.path);
      } catch {
        broken.push({ page: page.path, href, reason: 'not a valid URL' });
        continue;
      }
      if (url.origin !== BASE) continue;
      const path = safeDecode(url.pathname);
      const anchor = safeDecode(url.hash.slice(1));
      if (path === undefined || anchor === undefined) {
        broken.push({ page: page.path, href, reason: 'a "%" that is not percent-encoding' });
        continue;
      }
      const file = fileForPath(path);
      if (!files.has(file)) {
        broken.push({ page: page.path, href, reason: `no file ${file}` });
        continue;
      }
      if (anchor === '') continue;
      const ids = idsByFile.get(file);
      if (ids !== undefined && !ids.has(anchor)) {
        broken.push({
          page: page.path,
          href,
          reason: `no element with id "${anchor}" on ${url.pathname}`,
        });
      }
    }
  }
  return broken;
}
