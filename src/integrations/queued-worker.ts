/**
 * A worker thread the build feeds while Astro renders: asked in order and answering
 * in order, with what has been sent and not yet taken bounded, so that a worker
 * slower than rendering holds rendering back instead of filling the memory. The
 * record of the output (output-record.ts) and the search index (pagefind.ts) each
 * keep one, fed in batches: a message a page woke the worker once a page, and cost
 * the main thread 4.7 s of the written-answers corpus's build (docs/performance.md).
 */
import { Worker, type ResourceLimits, type Transferable } from 'node:worker_threads';

/** How a queued worker's messages are read: which answer a question, and which are told on the side. */
export interface QueuedWorkerOptions<Reply> {
  readonly workerData?: unknown;
  readonly resourceLimits?: ResourceLimits;
  /** How much may wait (sent, not yet taken) before `room` waits. */
  readonly waitingLimit: number;
  /** Told every message first; returns false for one that answers no question (progress, say). */
  readonly onMessage?: (message: Reply) => boolean;
}

export class QueuedWorker<Request, Reply> {
  private readonly worker: Worker;
  private readonly replies: PromiseWithResolvers<Reply>[] = [];
  private readonly waitingLimit: number;
  private waitingAmount = 0;
  /** Calls of `room` waiting for the worker to catch up. */
  private waiting: (() => void)[] = [];
  /** Why the worker failed, if it did: every later question is rejected with it. */
  private failure: Error | undefined;

  /** Starts the worker at `url`; `name` says what it is in errors. */
  constructor(url: URL, name: string, options: QueuedWorkerOptions<Reply>) {
    this.worker = new Worker(url, {
      workerData: options.workerData,
      ...(options.resourceLimits === undefined ? {} : { resourceLimits: options.resourceLimits }),
    });
    this.waitingLimit = options.waitingLimit;
    // It must not keep a failed build's process alive; `ask` holds it while an answer is due.
    this.worker.unref();
    this.worker.on('message', (message: Reply) => {
      if (options.onMessage?.(message) === false) return;
      this.replies.shift()?.resolve(message);
      if (this.replies.length === 0) this.worker.unref();
    });
    this.worker.on('error', (error: Error) => {
      this.fail(error);
    });
    this.worker.on('exit', (code) => {
      this.fail(new Error(`${name} ended with code ${code}`));
    });
  }

  /** Asks the worker; resolves with its answer, in the order asked. */
  ask(request: Request, transfer: readonly Transferable[] = []): Promise<Reply> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    this.worker.ref();
    const reply = Promise.withResolvers<Reply>();
    this.replies.push(reply);
    this.worker.postMessage(request, transfer);
    return reply.promise;
  }

  /** Sends `request` counting `amount` as waiting until `taken`; a failure is thrown by `room` or a later `ask`. */
  send(request: Request, amount: number, transfer: readonly Transferable[] = []): void {
    this.waitingAmount += amount;
    this.ask(request, transfer).catch(() => undefined);
  }

  /** The worker has taken `amount` of what was sent. */
  taken(amount: number): void {
    this.waitingAmount -= amount;
    if (this.waitingAmount <= this.waitingLimit) this.resume();
  }

  /** Resolves once no more than the limit waits; throws if the worker has failed. */
  async room(): Promise<void> {
    this.throwFailure();
    if (this.waitingAmount > this.waitingLimit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      this.throwFailure();
    }
  }

  /** Marks the worker failed (the first failure is kept) and rejects every question still open. */
  fail(error: Error): void {
    this.failure ??= error;
    for (const reply of this.replies.splice(0)) reply.reject(this.failure);
    this.resume();
  }

  private throwFailure(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  /** Stops the worker. */
  async end(): Promise<void> {
    await this.worker.terminate();
  }

  private resume(): void {
    for (const resume of this.waiting.splice(0)) resume();
  }
}
