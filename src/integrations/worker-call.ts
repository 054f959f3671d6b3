/**
 * The body of a worker started by `inWorker` (src/integrations/in-worker.ts):
 * imports the module it names, calls the function, and posts back the result. An
 * error the function throws ends the worker and reaches `inWorker` as it is.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerCall } from './in-worker.ts';

const { module, name, args } = workerData as WorkerCall;
const exported = ((await import(module)) as Record<string, unknown>)[name];
if (typeof exported !== 'function') throw new Error(`${module} exports no function ${name}`);
parentPort?.postMessage(await (exported as (...a: readonly unknown[]) => unknown)(...args));
