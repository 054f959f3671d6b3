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
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => copied(decode(m[1] ?? ''))));
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

/**
 * A copy of `text` that keeps nothing else alive: V8 keeps a matched substring as a
 * view of the whole string it was matched in, a page's HTML.
 */
export const copied = (text: string): string => ` ${text}`.slice(1);

/** The site path of a built HTML file: `/x/index.html` → `/x/` (the inverse of `fileForPath`). */
export const pathForFile = (file: string): string => file.replace(/index\.html$/, '');

/** The file a site path is served from: `/x/` → `/x/index.html`. */
export function fileForPath(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/** The ids of a page, as far as a link needs them. */
export type PageIdSet = Pick<ReadonlySet<string>, 'has'>;

/** A file of the site a link leads to, as its path was written (`path`) and as a file (`file`), and the anchor on it, or ''. */
export interface InternalTarget {
  readonly kind: 'internal';
  readonly file: string;
  readonly anchor: string;
  readonly path: string;
}

/** Where a link on a page leads: a file of the site (and an anchor on it, or ''), elsewhere, or nowhere. */
export type LinkTarget =
  | InternalTarget
  | { readonly kind: 'external' }
  | { readonly kind: 'broken'; readonly reason: string };

const EXTERNAL: LinkTarget = { kind: 'external' };

/**
 * Where `href`, on the page at `page`, leads. Links to other origins, `mailto:` and
 * `tel:` are not this site's to check.
 */
export function linkTarget(page: string, href: string): LinkTarget {
  if (/^(mailto|tel):/i.test(href)) return EXTERNAL;
  let url: URL;
  try {
    url = new URL(href, BASE + page);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (url.origin !== BASE) return EXTERNAL;
  const path = safeDecode(url.pathname);
  const anchor = safeDecode(url.hash.slice(1));
  if (path === undefined || anchor === undefined) {
    return { kind: 'broken', reason: 'a "%" that is not percent-encoding' };
  }
  return { kind: 'internal', file: fileForPath(path), anchor, path: url.pathname };
}

/** How many targets `LinkTargets` keeps of each kind, at most: its memory stays bounded. */
const REMEMBERED_TARGETS = 100_000;

/** `find(key)`, remembered in `memory` while it has room. */
function remembered(memory: Map<string, LinkTarget>, key: string, find: () => LinkTarget) {
  let target = memory.get(key);
  if (target === undefined) {
    target = find();
    // The key is copied: it may be a view of a whole page's HTML.
    if (memory.size < REMEMBERED_TARGETS) memory.set(copied(key), target);
  }
  return target;
}

/**
 * `linkTarget`, remembering what does not depend on the page. A site's links are mostly
 * the same paths (the header's, the footer's, its people and topics) and the same
 * anchors (`#answer-3`, `#on-this-page`) on every page, and parsing each one as a URL
 * again was a third of the work of recording 10,000 letters' pages
 * (docs/performance.md). A path from the root (`/x/`) leads to the same target from
 * any page, and an anchor alone (`#x`) to the same anchor on the page it is on; every
 * other href is worked out afresh. Gives exactly what `linkTarget` gives.
 */
export class LinkTargets {
  /** Targets of hrefs that start with "/" and have no anchor. */
  private readonly paths = new Map<string, LinkTarget>();
  /** Targets of hrefs that are only an anchor, as seen from "/": all but the page is the same. */
  private readonly anchors = new Map<string, LinkTarget>();
  /** The last page asked about, and its own target, for the anchors on it. */
  private page: { path: string; target: LinkTarget } | undefined;

  of(page: string, href: string): LinkTarget {
    if (href.startsWith('/') && !href.includes('#')) {
      return remembered(this.paths, href, () => linkTarget(page, href));
    }
    if (!href.startsWith('#')) return linkTarget(page, href);
    const anchor = remembered(this.anchors, href, () => linkTarget('/', href));
    const self = this.pageTarget(page);
    if (self.kind !== 'internal') return self;
    return anchor.kind === 'internal' ? { ...self, anchor: anchor.anchor } : anchor;
  }

  private pageTarget(page: string): LinkTarget {
    if (this.page?.path !== page) this.page = { path: copied(page), target: linkTarget(page, '') };
    return this.page.target;
  }
}

/** Why a link to `target` is broken, given the site's files and the ids of its HTML files; undefined if it is not. */
export function missingTarget(
  target: InternalTarget,
  files: ReadonlySet<string>,
  idsByFile: ReadonlyMap<string, PageIdSet>,
): string | undefined {
  if (!files.has(target.file)) return `no file ${target.file}`;
  return missingAnchor(target, idsByFile.get(target.file));
}

/** Why a link to `target`'s anchor is broken, given the ids of its file (undefined if not HTML); undefined if it is not. */
export function missingAnchor(
  target: InternalTarget,
  ids: PageIdSet | undefined,
): string | undefined {
  if (target.anchor === '' || ids === undefined || ids.has(target.anchor)) return undefined;
  return `no element with id "${target.anchor}" on ${target.path}`;
}

/**
 * Every internal link that does not resolve. `files` holds the site's file
 * paths (`/letters/x/index.html`, `/feed.xml`, …) and `idsByFile` the ids of
 * each HTML file. `pages` is read once, in order, so a site can hand its pages
 * over one at a time rather than hold them all.
 */
export function findBrokenLinks(
  pages: Iterable<PageLinks>,
  files: ReadonlySet<string>,
  idsByFile: ReadonlyMap<string, ReadonlySet<string>>,
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const targets = new LinkTargets();
  for (const page of pages) {
    for (const href of page.hrefs) {
      const target = targets.of(page.path, href);
      if (target.kind === 'external') continue;
      const reason =
        target.kind === 'broken' ? target.reason : missingTarget(target, files, idsByFile);
      if (reason !== undefined) broken.push({ page: page.path, href, reason });
    }
  }
  return broken;
}
