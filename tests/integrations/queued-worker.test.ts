import { describe, expect, it } from 'vitest';
import { QueuedWorker } from '../../src/integrations/queued-worker';

interface Message {
  readonly n?: number;
  readonly release?: boolean;
  readonly crash?: boolean;
}

const WORKER = new URL('./fixtures/held-echo-worker.ts', import.meta.url);

/** A queued worker of the held echo, which counts each echoed `n` as taken. */
function heldEcho(waitingLimit: number): QueuedWorker<Message, Message> {
  const worker: QueuedWorker<Message, Message> = new QueuedWorker(WORKER, 'The echo', {
    waitingLimit,
    onMessage: (message) => {
      if (message.n !== undefined) worker.taken(message.n);
      return true;
    },
  });
  return worker;
}

/** Whether `promise` is still pending after a moment. */
async function pending(promise: Promise<unknown>): Promise<boolean> {
  const moment = new Promise((resolve) => setTimeout(resolve, 50, 'pending'));
  return (await Promise.race([promise.then(() => 'settled'), moment])) === 'pending';
}

describe('a queued worker', () => {
  it('answers in the order asked', async () => {
    const worker = heldEcho(100);
    const answers = [worker.ask({ n: 1 }), worker.ask({ n: 2 }), worker.ask({ release: true })];
    await expect(Promise.all(answers)).resolves.toEqual([{ n: 1 }, { n: 2 }, { release: true }]);
    await worker.end();
  });

  it('holds the sender back while more than the limit is sent and not yet taken', async () => {
    const worker = heldEcho(5);
    worker.send({ n: 3 }, 3);
    await expect(worker.room()).resolves.toBeUndefined();
    worker.send({ n: 4 }, 4);
    const room = worker.room();
    expect(await pending(room)).toBe(true);
    await worker.ask({ release: true });
    await expect(room).resolves.toBeUndefined();
    await worker.end();
  });

  it('rejects every question with the worker’s error once it has failed, and frees a held sender', async () => {
    const worker = heldEcho(5);
    worker.send({ n: 9 }, 9);
    const room = worker.room();
    const asked = worker.ask({ crash: true });
    await expect(asked).rejects.toThrow('the worker crashed');
    await expect(room).rejects.toThrow('the worker crashed');
    await expect(worker.ask({ release: true })).rejects.toThrow('the worker crashed');
    await worker.end();
  });
});
