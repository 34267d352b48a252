// The main thread's side of a loading helper thread: asks it for blocks of files and hands back its readings. A
// helper that cannot start or dies answers null for every block asked and still due, and the caller reads those
// files itself: a load never fails because a helper did.
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { FileAnalysis, HelperReply, HelperRequest } from './protocol.ts';

export interface LoadHelper {
  /** The helper's readings of the request's files, in order; null when the helper could not do it. */
  ask(request: HelperRequest): Promise<readonly FileAnalysis[] | null>;
  /** Stops the thread; blocks still due answer null. */
  close(): Promise<void>;
}

const ENTRY = new URL('./boot.mjs', import.meta.url);

export function startLoadHelper(logger: Logger, entry: URL = ENTRY): LoadHelper {
  const pending = new Map<number, (results: readonly FileAnalysis[] | null) => void>();
  let failed = false;
  const giveUp = (): void => {
    failed = true;
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
  };
  // A helper's heap is capped: analysis makes much short-lived garbage, and an uncapped heap grows with it, adding a
  // hundred megabytes to the load's peak. One that runs out of memory fails like any other, and the main thread goes on.
  let worker: Worker;
  try {
    worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 } });
  } catch (err) {
    logger.warn({ err }, 'a loading helper thread could not start; the main thread reads its files');
    return { ask: () => Promise.resolve(null), close: () => Promise.resolve() };
  }
  worker.on('message', (reply: HelperReply) => {
    pending.get(reply.block)?.(reply.results);
    pending.delete(reply.block);
  });
  worker.on('error', (err) => {
    logger.warn({ err }, 'a loading helper thread failed; the main thread reads the rest of its files');
    giveUp();
  });
  worker.on('exit', giveUp);
  return {
    ask(request) {
      if (failed) return Promise.resolve(null);
      const answer = new Promise<readonly FileAnalysis[] | null>((resolve) => pending.set(request.block, resolve));
      worker.postMessage(request);
      return answer;
    },
    async close() {
      await worker.terminate();
      giveUp();
    },
  };
}
