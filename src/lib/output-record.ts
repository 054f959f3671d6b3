/**
 * The record of what a build rendered, kept as each page and file passes through
 * the site's middleware, so the checks after the build need not read the site
 * back from the disk: at 100,000 letters they read 16 GB so, and took 489 s of a
 * 1,696 s build on a machine that keeps a file in its page cache for only a minute.
 *
 * It holds what those checks ask of the output, and no page's text:
 * - the link check: each HTML file's ids, every link target (file and anchor)
 *   another page wants, and the problems found on a page by itself (a repeated id,
 *   an anchor missing on its own page, an href that is no URL);
 * - nothing-lost: the letter pages (those that carry the search mark) and the
 *   letters of the open data's full records (/data/letters/<year>.json);
 * - the open data's index: each data file's size and SHA-256.
 *
 * `finish` answers them for the files the build wrote, reading from the disk only
 * the HTML and data files no route rendered (a 404 page Astro names apart, a page
 * from `public/`). Pure but for that reader; src/integrations/output-record.ts runs it
 * in a worker.
 */
import { createHash } from 'node:crypto';
import type { FileMeasure } from './export-files.ts';
import { slugsOfRecords } from './inventory.ts';
import {
  copied,
  fileForPath,
  LinkTargets,
  missingAnchor,
  missingTarget,
  pathForFile,
  readPageHrefs,
  readPageIds,
  repeatedIds,
  type BrokenLink,
} from './link-check.ts';

/** What a letter's own page carries, and no other page: the search mark. */
export const LETTER_PAGE_MARK = 'data-pagefind-body';

/** A letter page's site path: `/letters/<slug>/`. */
const LETTER_PATH = /^\/letters\/([^/]+)\/$/;
/** The open data's full records, read for their letters. */
const DATA_LETTERS = /^\/data\/letters\/[^/]+\.json$/;

/** What the checks after the build learn from the record. */
export interface OutputCheck {
  /** Broken links and repeated ids, each with the page it is on. */
  readonly broken: readonly BrokenLink[];
  /** HTML pages checked, and the links on them. */
  readonly pages: number;
  readonly links: number;
  /** How many of those pages had to be read from the disk: no route rendered them. */
  readonly pagesRead: number;
  /** The slugs of the letter pages. */
  readonly letterPages: readonly string[];
  /** The slugs of the letters in the open data's full records. */
  readonly dataLetters: readonly string[];
}

/** Reads a file of the built site, by its site path. */
export type SiteReader = (file: string) => Uint8Array;

const utf8 = new TextDecoder();

const SEPARATOR = '\0';

/**
 * A page's ids, kept as one string (`\0a\0b\0`) rather than a set: at 100,000
 * letters, 3.7 million ids, which as sets took most of the record's memory. An id
 * holding the separator keeps its page's ids in a set.
 */
class PageIds {
  private readonly ids: string | ReadonlySet<string>;

  constructor(ids: ReadonlySet<string>) {
    const list = [...ids];
    this.ids = list.some((id) => id.includes(SEPARATOR)) ? ids : ['', ...list, ''].join(SEPARATOR);
  }

  has(id: string): boolean {
    if (typeof this.ids !== 'string') return this.ids.has(id);
    return !id.includes(SEPARATOR) && this.ids.includes(`${SEPARATOR}${id}${SEPARATOR}`);
  }
}

/** The record of one build's output. */
export class OutputRecord {
  /** The ids of each HTML page, by its file. */
  private readonly idsByFile = new Map<string, PageIds>();
  /** How many links each HTML page has, by its file. */
  private readonly linksByFile = new Map<string, number>();
  /**
   * The link targets other pages want: by file, each anchor ('' for none) with the
   * first page that wants it.
   */
  private readonly wanted = new Map<string, Map<string, string>>();
  /** Problems a page has by itself, each with its file. */
  private readonly problems: { file: string; broken: BrokenLink }[] = [];
  private readonly letterPages = new Map<string, string>();
  private readonly dataLetters = new Map<string, readonly string[]>();
  private readonly measured = new Map<string, FileMeasure>();
  private readonly targets = new LinkTargets();

  /** Records a rendered HTML page, at its site path (`/letters/x/`). */
  addPage(path: string, html: string): void {
    const file = fileForPath(path);
    const ids = readPageIds(html);
    this.idsByFile.set(file, new PageIds(ids));
    for (const id of repeatedIds(html)) {
      const broken = {
        page: path,
        href: `#${id}`,
        reason: `the id "${id}" is on the page more than once`,
      };
      this.problems.push({ file, broken });
    }
    const hrefs = readPageHrefs(html);
    this.linksByFile.set(file, hrefs.length);
    for (const href of hrefs) this.addLink(path, file, ids, href);
    const slug = LETTER_PATH.exec(path)?.[1];
    if (slug !== undefined && html.includes(LETTER_PAGE_MARK))
      this.letterPages.set(file, copied(slug));
  }

  private addLink(path: string, file: string, ids: ReadonlySet<string>, href: string): void {
    const target = this.targets.of(path, href);
    if (target.kind === 'external') return;
    let reason: string | undefined;
    if (target.kind === 'broken') reason = target.reason;
    else if (target.file === file) reason = missingAnchor(target, ids);
    else {
      let anchors = this.wanted.get(target.file);
      if (anchors === undefined)
        this.wanted.set(target.file, (anchors = new Map<string, string>()));
      if (!anchors.has(target.anchor)) anchors.set(target.anchor, path);
    }
    if (reason !== undefined)
      this.problems.push({ file, broken: { page: path, href: copied(href), reason } });
  }

  /** Records a rendered file that is not HTML, at its site path (`/data/letters/2024.json`): measured, and read for letters if it is full records. */
  addFile(path: string, bytes: Uint8Array): void {
    const hash = createHash('sha256').update(bytes);
    this.measured.set(path, { bytes: bytes.byteLength, sha256: hash.digest('hex') });
    if (DATA_LETTERS.test(path)) this.dataLetters.set(path, slugsOfRecords([bytes]));
  }

  /** The size and SHA-256 of each file recorded by `addFile`, by its site path. */
  measures(): ReadonlyMap<string, FileMeasure> {
    return this.measured;
  }

  /**
   * Checks the record against `files`, every file the build wrote (by site path),
   * first reading with `read` each HTML page and data file in it that was not
   * recorded. A page recorded at a path no file has (Astro writes `/404/` as
   * `/404.html`) is left out: its file is read instead.
   */
  finish(files: ReadonlySet<string>, read: SiteReader): OutputCheck {
    let pagesRead = 0;
    for (const file of files) {
      if (file.endsWith('.html') && !this.idsByFile.has(file)) {
        this.addPage(pathForFile(file), utf8.decode(read(file)));
        pagesRead += 1;
      } else if (DATA_LETTERS.test(file) && !this.dataLetters.has(file)) {
        this.dataLetters.set(file, slugsOfRecords([read(file)]));
      }
    }
    const written = (file: string) => files.has(file);
    const broken = this.problems.filter((p) => written(p.file)).map((p) => p.broken);
    // Every wanted target is checked, whichever page first wanted it: a page left out
    // above wants what its file, read instead, wants too.
    for (const [file, anchors] of this.wanted) {
      for (const [anchor, page] of anchors) {
        // The record keeps no href as written: the target is named by its site path.
        const path = pathForFile(file);
        const reason = missingTarget(
          { kind: 'internal', file, anchor, path },
          files,
          this.idsByFile,
        );
        const href = anchor === '' ? path : `${path}#${anchor}`;
        if (reason !== undefined) broken.push({ page, href, reason });
      }
    }
    const pageFiles = [...this.linksByFile.keys()].filter(written);
    return {
      broken,
      pages: pageFiles.length,
      links: pageFiles.reduce((sum, file) => sum + (this.linksByFile.get(file) ?? 0), 0),
      pagesRead,
      letterPages: [...this.letterPages].filter(([file]) => written(file)).map(([, slug]) => slug),
      dataLetters: [...this.dataLetters]
        .filter(([file]) => written(file))
        .flatMap(([, slugs]) => slugs),
    };
  }
}
