/**
 * The build's record of its output (src/lib/output-record.ts), kept in a worker
 * thread (output-record-worker.ts) from the start of a build: the site's middleware
 * hands it each page and file as rendered, and the checks after the build (the link
 * check, nothing-lost, the open data's index) ask it instead of reading the site
 * back from the disk.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FileMeasure } from '../lib/export-files.ts';
import type { OutputCheck } from '../lib/output-record.ts';
import {
  registerOutputRecorder,
  type OutputRecorder,
  type RenderedOutput,
} from '../lib/output-recorder.ts';
import { QueuedWorker } from './queued-worker.ts';

/** A rendered page or file as sent: its bytes are `length` bytes from `start` of its batch's buffer. */
export interface SentOutput {
  readonly path: string;
  readonly html: boolean;
  readonly start: number;
  readonly length: number;
}

/** Pages and files sent together, in one buffer the worker sends back. */
export interface SentBatch {
  readonly buffer: ArrayBuffer;
  readonly outputs: readonly SentOutput[];
}

/** What the build asks the worker. */
export type RecordRequest =
  | { readonly kind: 'outputs'; readonly batch: SentBatch }
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
/** How many bytes of pages are sent to the worker at once (see queued-worker.ts). */
const BATCH_BYTES = 1 << 20;

/** The worker that keeps the record, fed pages and files in batches. */
class RecordWorker implements OutputRecorder {
  private readonly worker: QueuedWorker<RecordRequest, RecordReply>;
  /**
   * Buffers back from the worker, to send the next batches in. A new buffer for each
   * is memory the worker frees only when its own heap is next collected, and the
   * system's to map; reused, they stay few (2,000 letters: 10 buffers).
   */
  private readonly buffers: ArrayBuffer[] = [];
  /** The batch being filled: its buffer, its pages, and how many bytes of it they take. */
  private batch: { buffer: ArrayBuffer; outputs: SentOutput[]; length: number } | undefined;

  constructor() {
    this.worker = new QueuedWorker(
      new URL('./output-record-worker.ts', import.meta.url),
      "The record of the build's output",
      {
        waitingLimit: WAITING_BYTES,
        onMessage: (reply) => {
          if (reply.kind === 'taken') {
            this.buffers.push(reply.buffer);
            this.worker.taken(reply.buffer.byteLength);
          }
          return true;
        },
      },
    );
  }

  /** A buffer of at least `bytes`: one back from the worker if one is large enough. */
  private buffer(bytes: number): ArrayBuffer {
    const at = this.buffers.findIndex((buffer) => buffer.byteLength >= bytes);
    const [reused] = at === -1 ? [] : this.buffers.splice(at, 1);
    return reused ?? new ArrayBuffer(Math.max(bytes, BATCH_BYTES));
  }

  async record({ path, html, chunks }: RenderedOutput): Promise<void> {
    // A copy, moved to the worker with its batch: Astro still writes the chunks.
    const length = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    if (this.batch !== undefined && this.batch.length + length > this.batch.buffer.byteLength) {
      this.send();
    }
    this.batch ??= { buffer: this.buffer(length), outputs: [], length: 0 };
    const batch = this.batch;
    const start = batch.length;
    for (const chunk of chunks) {
      new Uint8Array(batch.buffer, batch.length).set(chunk);
      batch.length += chunk.byteLength;
    }
    batch.outputs.push({ path, html, start, length });
    await this.worker.room();
  }

  /** Sends the batch being filled, if any. */
  private send(): void {
    const batch = this.batch;
    if (batch === undefined) return;
    this.batch = undefined;
    const { buffer, outputs } = batch;
    this.worker.send({ kind: 'outputs', batch: { buffer, outputs } }, buffer.byteLength, [buffer]);
  }

  async measures(): Promise<Map<string, FileMeasure>> {
    this.send();
    const reply = await this.worker.ask({ kind: 'measures' });
    return new Map(reply.kind === 'measures' ? reply.measures : []);
  }

  async finish(siteDir: string): Promise<OutputCheck> {
    this.send();
    const reply = await this.worker.ask({ kind: 'finish', siteDir });
    await this.worker.end();
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
