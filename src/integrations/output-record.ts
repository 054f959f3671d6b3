/**
 * The build's record of its output (src/lib/output-record.ts), kept in a worker
 * thread (output-record-worker.ts) from the start of a build: the site's middleware
 * hands it each page and file as rendered, and the checks after the build (the link
 * check, nothing-lost, the open data's index) ask it instead of reading the site
 * back from the disk.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FileMeasure } from '../lib/export-files.ts';
import type { OutputCheck } from '../lib/output-record.ts';
import {
  registerOutputRecorder,
  type OutputRecorder,
  type RenderedOutput,
} from '../lib/output-recorder.ts';

/** A rendered page or file as sent: its bytes are the first `length` of a buffer the worker sends back. */
export interface SentOutput {
  readonly path: string;
  readonly html: boolean;
  readonly buffer: ArrayBuffer;
  readonly length: number;
}

/** What the build asks the worker. */
export type RecordRequest =
  | { readonly kind: 'output'; readonly output: SentOutput }
  | { readonly kind: 'measures' }
  | { readonly kind: 'finish'; readonly siteDir: string };

/** What the worker answers, in the order it was asked. */
export type RecordReply =
  | { readonly kind: 'taken'; readonly buffer: ArrayBuffer }
  | { readonly kind: 'measures'; readonly measures: [string, FileMeasure][] }
  | { readonly kind: 'finished'; readonly check: OutputCheck };

/**
 * How many bytes of rendered output may wait for the worker before the middleware
 * waits too, so a slow worker cannot fill the memory.
 */
const WAITING_BYTES = 64 << 20;
/** The smallest buffer made to send a page in: most pages fit. */
const MIN_BUFFER = 128 << 10;

/** The worker that keeps the record, asked in order and answering in order. */
class RecordWorker implements OutputRecorder {
  private readonly worker = new Worker(new URL('./output-record-worker.ts', import.meta.url));
  private readonly replies: {
    resolve: (reply: RecordReply) => void;
    reject: (error: Error) => void;
  }[] = [];
  private waitingBytes = 0;
  /**
   * Buffers back from the worker, to send the next pages in. A new buffer for each
   * page is memory the worker frees only when its own heap is next collected, and
   * the system's to map; reused, they stay few (2,000 letters: 11 buffers, 14 MB).
   */
  private readonly buffers: ArrayBuffer[] = [];
  /** The middleware's calls waiting for the worker to catch up (two pages render at a time). */
  private waiting: (() => void)[] = [];
  /** Why the worker stopped, if it failed. */
  private failure: Error | undefined;

  constructor() {
    // It must not keep a failed build's process alive; `ask` holds it while an answer is due.
    this.worker.unref();
    this.worker.on('message', (reply: RecordReply) => {
      if (reply.kind === 'taken') {
        this.waitingBytes -= reply.buffer.byteLength;
        this.buffers.push(reply.buffer);
        if (this.waitingBytes <= WAITING_BYTES) this.drain();
      }
      this.replies.shift()?.resolve(reply);
      if (this.replies.length === 0) this.worker.unref();
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const reply of this.replies.splice(0)) reply.reject(error);
      this.drain();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => {
      fail(new Error(`The record of the build's output ended with code ${code}`));
    });
  }

  private drain(): void {
    for (const resume of this.waiting.splice(0)) resume();
  }

  private ask(request: RecordRequest, transfer: ArrayBuffer[] = []): Promise<RecordReply> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.replies.push({ resolve, reject });
      this.worker.postMessage(request, transfer);
    });
  }

  /** A buffer of at least `bytes`: one back from the worker if one is large enough. */
  private buffer(bytes: number): ArrayBuffer {
    const at = this.buffers.findIndex((buffer) => buffer.byteLength >= bytes);
    const [reused] = at === -1 ? [] : this.buffers.splice(at, 1);
    return reused ?? new ArrayBuffer(Math.max(bytes, MIN_BUFFER));
  }

  async record({ path, html, chunks }: RenderedOutput): Promise<void> {
    // A copy, moved to the worker: Astro still writes the chunks.
    const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    const buffer = this.buffer(length);
    let at = 0;
    for (const chunk of chunks) {
      new Uint8Array(buffer, at).set(chunk);
      at += chunk.byteLength;
    }
    this.waitingBytes += buffer.byteLength;
    const output = { path, html, buffer, length };
    void this.ask({ kind: 'output', output }, [buffer]).catch(() => undefined);
    this.throwFailure();
    if (this.waitingBytes > WAITING_BYTES) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      this.throwFailure();
    }
  }

  private throwFailure(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  async measures(): Promise<Map<string, FileMeasure>> {
    const reply = await this.ask({ kind: 'measures' });
    return new Map(reply.kind === 'measures' ? reply.measures : []);
  }

  async finish(siteDir: string): Promise<OutputCheck> {
    const reply = await this.ask({ kind: 'finish', siteDir });
    await this.worker.terminate();
    if (reply.kind !== 'finished') throw new Error(`The record answered ${reply.kind} to finish`);
    return reply.check;
  }
}

/** The record of one build's output, for the integrations that check it. */
export interface OutputRecording {
  /** The integration that starts the record as the build starts, and stops taking output once the pages are built. */
  readonly integration: AstroIntegration;
  /** The size and SHA-256 of each file that is not HTML, by its site path. */
  measures(): Promise<ReadonlyMap<string, FileMeasure>>;
  /** The record checked against the files in the built site (at most once: the worker then ends). */
  check(): Promise<OutputCheck>;
}

/** Starts the record of a build's output. Put its integration before every integration that asks it. */
export default function outputRecord(): OutputRecording {
  let worker: RecordWorker | undefined;
  let siteDir: string | undefined;
  let checked: Promise<OutputCheck> | undefined;
  const started = (): RecordWorker => {
    if (worker === undefined) throw new Error('The record of the build’s output was never started');
    return worker;
  };
  return {
    integration: {
      name: 'postbag-output-record',
      hooks: {
        'astro:build:start': () => {
          worker = new RecordWorker();
          registerOutputRecorder(worker);
        },
        'astro:build:done': ({ dir }) => {
          registerOutputRecorder(undefined);
          siteDir = fileURLToPath(dir);
        },
      },
    },
    measures: () => started().measures(),
    check: () => {
      if (siteDir === undefined) throw new Error('The site was not built: nothing to check');
      checked ??= started().finish(siteDir);
      return checked;
    },
  };
}
