/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node
 * API, so `npm run build` alone produces `dist/pagefind/`: one index, or past
 * 2,000 letters one index per part (src/lib/search-parts.ts). Letter pages are
 * indexed as they are rendered (src/lib/search-indexing.ts, src/middleware.ts),
 * so Pagefind works while Astro renders instead of after it, and handed to it from
 * a worker thread (`SearchIndexInWorker`), so the main thread only renders.
 *
 * Only letter pages are indexed (they alone carry `data-pagefind-body`): topic,
 * person and organisation pages repeat letters' words and would crowd the
 * results with second-hand copies, while the search page's facets already
 * narrow results by topic, sender, recipient and organisation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type * as pagefind from 'pagefind';
import {
  registerLetterPageIndexer,
  type LetterPage,
  type LetterPageIndexer,
} from '../lib/search-indexing.ts';
import { FIRST_PART_PATH, SEARCH_PARTS_FILE, type SearchPart } from '../lib/search-parts.ts';
import { QueuedWorker } from './queued-worker.ts';

/** What a finished search index says: how many letters it holds, and the folder of each part. */
export interface IndexedLetters {
  readonly letters: number;
  readonly outputPaths: string[];
}

/** The language every page is indexed under; the site is written in British English. */
export const INDEX_LANGUAGE = 'en';

/** The parts of the index the build planned, as the site wrote them (`/search/index-parts.json`). */
export function readSearchParts(siteDir: string): SearchPart[] {
  const file = join(siteDir, SEARCH_PARTS_FILE);
  let parts: unknown;
  try {
    parts = (JSON.parse(readFileSync(file, 'utf8')) as { parts?: unknown }).parts;
  } catch (error) {
    throw new Error(`Could not read the search index's parts from ${file}: ${String(error)}`, {
      cause: error,
    });
  }
  if (!Array.isArray(parts) || parts.length === 0) {
    throw new Error(`${file} lists no parts of the search index`);
  }
  return parts as SearchPart[];
}

/** Pages handed to Pagefind and not yet indexed, at most; past this, rendering waits. */
const PAGES_IN_FLIGHT = 16;

/**
 * How long the build waits, once the pages are built, without a word from Pagefind before
 * it fails saying so (writing the largest part takes under a minute), rather than hang.
 */
const PAGEFIND_SILENCE_MS = 10 * 60_000;

/** What the build uses of Pagefind's Node API. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/**
 * Pagefind's Node API loaded afresh for part `n`: the API keeps one indexing process per
 * module instance, and a process works through its requests one at a time, so with one
 * process for every part the next part's pages would wait while the last part is written
 * (about 40 s for 10,000 letters). Each part gets a process of its own, stopped once the
 * part is written, which also gives all its memory back.
 */
async function freshPagefind(n: number): Promise<PagefindApi> {
  const url = new URL(import.meta.resolve('pagefind'));
  url.searchParams.set('part', String(n));
  return (await nativeImport(url.href)) as PagefindApi;
}

/**
 * Node's own `import()`. This module is loaded through Vite's module runner, which
 * handles its `import()` calls itself and is closed by the time pages render; a
 * function made at run time is not rewritten by Vite, so its `import()` is Node's.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed body, no input is evaluated
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

/** One part of the index while its letters arrive. */
interface OpenPart {
  readonly part: SearchPart;
  readonly service: Promise<PagefindApi>;
  readonly index: Promise<pagefind.PagefindIndex>;
  /** Its letters handed to the index so far, and of those, added to Pagefind. */
  handed: number;
  added: number;
  /** Settled (by `end`) once the part is written, or cannot be: a page or its write failed. */
  readonly ended: PromiseWithResolvers<void>;
  hasEnded: boolean;
  closed: boolean;
}

/**
 * The search index, built while Astro renders (src/lib/search-indexing.ts). Each
 * part has its own Pagefind index, created when its first letter arrives and
 * written to the part's folder, then freed, when its last has been added. Letters
 * are rendered newest first, as the parts are laid out, so about one part is held
 * at a time. Parts are written one at a time, and a new part waits to start while
 * two earlier parts are still to be written: writing a part takes several times the
 * memory of adding its pages, and where rendering outran writing, parts' writes
 * overlapped (10,000 letters in parts of 2,000 peaked at 3,225 MiB, with no Pagefind
 * process over 1,039 MiB; one write at a time, 2,597 MiB).
 * Every Pagefind error is kept and thrown by `finish`.
 */
export class LiveSearchIndex implements LetterPageIndexer {
  private readonly open = new Map<string, OpenPart>();
  private readonly written = new Map<string, string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly errors: string[] = [];
  /** The last part's write, after which the next may start. */
  private lastWrite: Promise<void> = Promise.resolve();
  /** When Pagefind last answered (`Date.now()`). */
  private lastAnswer = Date.now();

  private readonly siteDir: string;
  private readonly report: (message: string) => void;
  private readonly startPagefind: (n: number) => Promise<PagefindApi>;

  /**
   * `report` is told each part as it is written: progress on a long build. `startPagefind`
   * gives each part (numbered from 1) its own Pagefind process.
   */
  constructor(
    siteDir: string,
    report: (message: string) => void = () => undefined,
    startPagefind: (n: number) => Promise<PagefindApi> = freshPagefind,
  ) {
    this.siteDir = siteDir;
    this.report = report;
    this.startPagefind = startPagefind;
  }

  async add(page: LetterPage): Promise<void> {
    if (!this.open.has(page.part.path)) await this.roomForPart();
    const open = this.openPart(page.part);
    open.handed++;
    const task = this.index(open, page).catch((error: unknown) => {
      this.errors.push(error instanceof Error ? error.message : String(error));
      end(open);
    });
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
    while (this.inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(this.inFlight);
  }

  /** Waits until at most one part is still to be written with all its letters handed in. */
  private async roomForPart(): Promise<void> {
    for (;;) {
      const toWrite = [...this.open.values()].filter(
        (open) => !open.hasEnded && open.handed === open.part.slugs.length,
      );
      if (toWrite.length < 2) return;
      await Promise.race(toWrite.map((open) => open.ended.promise));
    }
  }

  private openPart(part: SearchPart): OpenPart {
    let open = this.open.get(part.path);
    if (open === undefined) {
      const service = this.startPagefind(this.open.size + 1);
      open = {
        part,
        service,
        index: service.then(createIndex),
        handed: 0,
        added: 0,
        ended: Promise.withResolvers(),
        hasEnded: false,
        closed: false,
      };
      this.open.set(part.path, open);
    }
    return open;
  }

  private async index(open: OpenPart, page: LetterPage): Promise<void> {
    const index = await open.index;
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    this.lastAnswer = Date.now();
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    open.added++;
    if (open.added === open.part.slugs.length) {
      // One part written at a time, in the order they were completed.
      const write = this.lastWrite.then(() => this.write(open, index));
      const ended = () => {
        end(open);
      };
      this.lastWrite = write.then(ended, ended);
      await write;
    }
  }

  private async write(open: OpenPart, index: pagefind.PagefindIndex): Promise<void> {
    const { path } = open.part;
    const written = await index.writeFiles({ outputPath: join(this.siteDir, path.slice(0, -1)) });
    this.lastAnswer = Date.now();
    if (written.errors.length > 0) {
      throw new Error(
        `Pagefind could not write the index of ${path}: ${written.errors.join('; ')}`,
      );
    }
    await this.close(open);
    this.written.set(path, written.outputPath);
    this.report(`Wrote the search index of ${open.added} letters at ${path}`);
  }

  /**
   * Waits for every page to be indexed and every part written, then checks each part's
   * index holds exactly its letters; throws naming what is wrong. Closes Pagefind.
   */
  async finish(
    parts: readonly SearchPart[],
    silenceMs = PAGEFIND_SILENCE_MS,
  ): Promise<IndexedLetters> {
    try {
      await this.settled(silenceMs);
      if (this.errors.length > 0) throw new Error(this.errors.join('\n'));
      const outputPaths = parts.map((part) => this.checkedPart(part));
      return { letters: parts.reduce((sum, p) => sum + p.slugs.length, 0), outputPaths };
    } finally {
      await Promise.all([...this.open.values()].map((open) => this.close(open)));
    }
  }

  /** Waits for every page and part in flight; throws if Pagefind says nothing for `silenceMs`. */
  private async settled(silenceMs: number): Promise<void> {
    // Silence is counted from now: rendering other pages after the letters is no silence.
    this.lastAnswer = Date.now();
    while (this.inFlight.size > 0) {
      // The timer is stopped once the work is done, so it never keeps the build waiting.
      const stop = new AbortController();
      const tick = sleep(Math.min(silenceMs, 10_000), undefined, { signal: stop.signal });
      await Promise.race([Promise.all(this.inFlight), tick.catch(() => undefined)]);
      stop.abort();
      const silent = Date.now() - this.lastAnswer;
      if (this.inFlight.size > 0 && silent >= silenceMs) {
        throw new Error(
          `Pagefind has not answered for ${Math.round(silent / 1000)} s with ${this.inFlight.size} pages or parts still to index or write`,
        );
      }
    }
  }

  /** Stops a part's Pagefind process, once. */
  private async close(open: OpenPart): Promise<void> {
    if (open.closed) return;
    open.closed = true;
    await (await open.service).close();
  }

  private checkedPart(part: SearchPart): string {
    const outputPath = this.written.get(part.path);
    if (outputPath === undefined) {
      const added = this.open.get(part.path)?.added ?? 0;
      throw new Error(
        `The search index at ${part.path} was given ${added} of its ${part.slugs.length} letter pages`,
      );
    }
    const indexed = indexedPageCount(outputPath);
    if (indexed !== part.slugs.length) {
      throw new Error(
        `The search index at ${part.path} holds ${indexed} pages, but its part has ${part.slugs.length} letters`,
      );
    }
    return outputPath;
  }
}

/** What the search index's worker (search-index-worker.ts) is started with. */
export interface SearchIndexWorkerData {
  readonly siteDir: string;
}

/** A letter page as sent to the worker: its part by path (each part is sent once). */
interface SentPage {
  readonly part: string;
  readonly url: string;
  readonly html: string;
}

/** What the build asks the search index's worker, answered in the order asked. */
export type SearchIndexRequest =
  | {
      readonly kind: 'pages';
      /** Parts not sent before, which these pages are the first of. */
      readonly parts: readonly SearchPart[];
      readonly pages: readonly SentPage[];
      /** The length of the pages' HTML, handed back in `taken`. */
      readonly chars: number;
    }
  | { readonly kind: 'finish'; readonly parts: readonly SearchPart[]; readonly silenceMs: number };

/** What the worker answers; `report` is progress, told whenever a part is written. */
export type SearchIndexReply =
  | { readonly kind: 'taken'; readonly chars: number }
  | { readonly kind: 'finished'; readonly result: IndexedLetters }
  | { readonly kind: 'failed'; readonly error: string }
  | { readonly kind: 'report'; readonly message: string };

/** How much letter HTML (in characters) is sent to the worker at once (see queued-worker.ts). */
const BATCH_CHARS = 512 << 10;
/** How much may be sent and not yet taken by Pagefind before the middleware waits too. */
const WAITING_CHARS = 8 << 20;

/**
 * The `LiveSearchIndex` of a build, run in a worker thread of its own
 * (search-index-worker.ts): the main thread only copies each letter's HTML to it,
 * in batches, and the worker hands it to Pagefind's process, on the second core,
 * while Astro renders the next pages. Rendering waits while more than
 * `WAITING_CHARS` of HTML is still to be taken. `finish` answers as
 * `LiveSearchIndex.finish` does, and ends the worker.
 */
export class SearchIndexInWorker implements LetterPageIndexer {
  private readonly worker: QueuedWorker<SearchIndexRequest, SearchIndexReply>;
  private readonly sentParts = new Set<string>();
  private batch: { parts: SearchPart[]; pages: SentPage[]; chars: number } = emptyBatch();

  constructor(siteDir: string, report: (message: string) => void = () => undefined) {
    const workerData: SearchIndexWorkerData = { siteDir };
    this.worker = new QueuedWorker(
      new URL('./search-index-worker.ts', import.meta.url),
      "The search index's worker",
      {
        workerData,
        resourceLimits: { maxYoungGenerationSizeMb: 8 },
        waitingLimit: WAITING_CHARS,
        onMessage: (reply) => {
          if (reply.kind === 'report') report(reply.message);
          if (reply.kind === 'taken') this.worker.taken(reply.chars);
          // Thrown by the next `add` and by `finish`.
          if (reply.kind === 'failed') this.worker.fail(new Error(reply.error));
          return reply.kind !== 'report';
        },
      },
    );
  }

  async add({ part, url, html }: LetterPage): Promise<void> {
    if (!this.sentParts.has(part.path)) {
      this.sentParts.add(part.path);
      this.batch.parts.push(part);
    }
    this.batch.pages.push({ part: part.path, url, html });
    this.batch.chars += html.length;
    if (this.batch.chars >= BATCH_CHARS) this.send();
    await this.worker.room();
  }

  /** Sends the pages not yet sent, if any. */
  private send(): void {
    const { parts, pages, chars } = this.batch;
    if (pages.length === 0) return;
    this.batch = emptyBatch();
    this.worker.send({ kind: 'pages', parts, pages, chars }, chars);
  }

  /** As `LiveSearchIndex.finish`, in the worker, which then ends. */
  async finish(
    parts: readonly SearchPart[],
    silenceMs = PAGEFIND_SILENCE_MS,
  ): Promise<IndexedLetters> {
    this.send();
    try {
      const reply = await this.worker.ask({ kind: 'finish', parts, silenceMs });
      if (reply.kind !== 'finished') throw new Error(`The search index answered ${reply.kind}`);
      return reply.result;
    } finally {
      await this.worker.end();
    }
  }
}

const emptyBatch = () => ({ parts: [] as SearchPart[], pages: [] as SentPage[], chars: 0 });

/** Marks a part as ended: written, or never to be. */
function end(open: OpenPart): void {
  open.hasEnded = true;
  open.ended.resolve();
}

/** A new, empty English index in a Pagefind process. */
async function createIndex(service: PagefindApi): Promise<pagefind.PagefindIndex> {
  const { errors, index } = await service.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (index === undefined || errors.length > 0) {
    throw new Error(`Pagefind could not start: ${errors.join('; ') || 'no index was created'}`);
  }
  return index;
}

/**
 * How many pages an index holds, from its `pagefind-entry.json`. Pagefind's own
 * count is of files read, most of which (topic and person pages) it skips.
 */
export function indexedPageCount(outputPath: string): number {
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The Astro integrations of the search index: `indexer` registers a `LiveSearchIndex`
 * when a build starts, and when the pages are built sets it finishing (Pagefind writes
 * the last part in its own process) without waiting; `finished` waits for it and checks
 * it against the parts the site wrote. Checks that do not read the index run between the
 * two, while Pagefind writes.
 */
export default function pagefindIntegration(): {
  indexer: AstroIntegration;
  finished: AstroIntegration;
} {
  let outDir: URL | undefined;
  let live: SearchIndexInWorker | undefined;
  let finishing: Promise<{ letters: number; parts: number; siteDir: string }> | undefined;
  const indexer: AstroIntegration = {
    name: 'postbag-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': ({ logger }) => {
        if (outDir === undefined) throw new Error('The build started before its config was read');
        live = new SearchIndexInWorker(fileURLToPath(outDir).replace(/\/$/, ''), (message) => {
          logger.info(message);
        });
        registerLetterPageIndexer(live);
      },
      'astro:build:done': ({ dir, logger }) => {
        registerLetterPageIndexer(undefined);
        const siteDir = fileURLToPath(dir).replace(/\/$/, '');
        const index = live;
        if (index === undefined) throw new Error('The search index was never started');
        logger.info('Finishing the search index while the other checks run …');
        const parts = readSearchParts(siteDir);
        finishing = index.finish(parts).then(({ letters }) => ({
          letters,
          parts: parts.length,
          siteDir,
        }));
        // Reported by `finished`, not as an unhandled rejection in between.
        finishing.catch(() => undefined);
      },
    },
  };
  const finished: AstroIntegration = {
    name: 'postbag-pagefind-finished',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        if (finishing === undefined) throw new Error('The search index was never finished');
        const { letters, parts, siteDir } = await finishing;
        if (letters === 0) throw new Error('The search index holds no letters');
        const inParts = parts > 1 ? ` in ${parts} parts` : '';
        logger.info(
          `Indexed ${letters} letter pages for search${inParts}, under ${join(siteDir, FIRST_PART_PATH)}`,
        );
      },
    },
  };
  return { indexer, finished };
}
