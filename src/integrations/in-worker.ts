/**
 * Runs a check of the built site in a worker thread of its own, off the build's
 * main thread. By the time the pages are built, the main thread's heap holds the
 * whole archive (5–6 GB at 100,000 letters), and every garbage collection there
 * walks all of it: the checks after the build spent most of their time so. A
 * worker has a heap of its own, only as large as the check, and runs on the
 * second core beside the other checks and Pagefind.
 *
 * The function runs as Node loads it, without Vite: its module and everything it
 * imports must be loadable by Node itself (relative imports end in `.ts`).
 */
import { Worker } from 'node:worker_threads';

/** What `worker-call.ts` is given: the function to call, by module and name, and its arguments. */
export interface WorkerCall {
  readonly module: string;
  readonly name: string;
  readonly args: readonly unknown[];
}

/**
 * Calls the function exported as `name` by `module` in a worker, with `args`, and
 * resolves with what it returns (both copied between threads, so plain data only).
 * Rejects with the function's own error if it throws.
 */
export function inWorker<F extends (...args: never[]) => unknown>(
  module: URL,
  name: string,
  ...args: Parameters<F>
): Promise<Awaited<ReturnType<F>>> {
  const call: WorkerCall = { module: module.href, name, args };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker-call.ts', import.meta.url), { workerData: call });
    worker.once('message', (result: Awaited<ReturnType<F>>) => {
      resolve(result);
    });
    worker.once('error', reject);
    // Settles nothing if it already has; otherwise the worker ended without an answer.
    worker.once('exit', (code) => {
      reject(new Error(`${name} (${module.pathname}) ended with code ${code} and no result`));
    });
  });
}
