// Loads a directory with helper threads on the machine's other cores. Files go in blocks; helpers read, parse and
// analyze blocks from the front of the queue, and the main thread puts every file into the corpus in name order (so
// ids come out as a plain load gives them) and indexes it, with the helper's facts where it has them. When the block it
// is due to put is still with a helper, the main thread does not wait idle: it takes a block from the back of the
// queue and reads it itself. So the work divides itself between the threads however fast each runs (a machine shared
// with other jobs, a helper slow to start), where a fixed share left one of them waiting for seconds.
// A small corpus is not worth a thread's start-up: it loads on the main thread alone.
import { availableParallelism } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Corpus } from '../corpus/corpus.ts';
import { articleFiles, loadFile, putFile, type LoadSummary } from '../corpus/loader.ts';
import type { BriefingEngine } from '../engine.ts';
import { startLoadHelper, type LoadHelper } from './helper.ts';
import type { FileAnalysis } from './protocol.ts';
import { readAndAnalyze } from './read-and-analyze.ts';

/** Files per block: enough that a message carries real work, few enough that the main thread rarely waits. */
const BLOCK_FILES = 64;
/** Blocks the main thread reads first, while the helpers start (a thread takes about half a second to load its code). */
const MAIN_FIRST_BLOCKS = 8;
/** Blocks a helper may have been sent that the main thread has not put yet: its readings must not pile up in memory. */
const AHEAD = 4;

/** Below this many files a load takes under a second, and a helper thread is not worth starting. */
export const MIN_FILES_FOR_HELPERS = 1000;
/**
 * One helper: the main thread, which indexes every article, then takes about as long as the helper, so a second would
 * save little and cost its heap (some 80 MB; the load must stay under 500 MB).
 */
const MAX_HELPERS = 1;

/** A helper per core beyond the main thread's, up to MAX_HELPERS. */
export const defaultLoadHelpers = (): number => Math.max(0, Math.min(MAX_HELPERS, availableParallelism() - 1));

export interface ParallelLoadOptions {
  /** Helper threads to start (0: the main thread loads alone). */
  readonly helpers: number;
  /** Fewer files than this load on the main thread alone. */
  readonly minFiles: number;
  /** The helper's entry point (tests point it at one that fails). */
  readonly entry?: URL;
  /** Files per block and blocks the main thread reads first (tests make them small). */
  readonly blockFiles?: number;
  readonly mainFirstBlocks?: number;
  /** Whether the main thread takes blocks back while a helper is busy (tests turn it off to see a helper's work). */
  readonly takeBack?: boolean;
}

export interface ParallelLoadSummary extends LoadSummary {
  /** Files a helper thread read and analyzed. */
  readonly byHelpers: number;
  /** Files the main thread took back from the end of the queue and read while a helper was busy. */
  readonly takenBack: number;
}

export async function loadDirectoryInParallel(dir: string, corpus: Corpus, engine: BriefingEngine, logger: Logger,
  options: ParallelLoadOptions): Promise<ParallelLoadSummary> {
  const files = articleFiles(dir, logger);
  const blocks: string[][] = [];
  const size = options.blockFiles ?? BLOCK_FILES;
  for (let i = 0; i < files.length; i += size) blocks.push(files.slice(i, i + size));
  const helpers = files.length < options.minFiles ? 0 : options.helpers;
  // Blocks nobody has taken yet are [front, back): helpers take from the front, the main thread from the back.
  let front = helpers > 0 ? Math.min(blocks.length, options.mainFirstBlocks ?? MAIN_FIRST_BLOCKS) : blocks.length;
  let back = blocks.length;
  const started: LoadHelper[] = Array.from({ length: helpers }, () => startLoadHelper(logger, options.entry));
  const sent = new Map<number, { readonly helper: number; readonly answer: Promise<readonly FileAnalysis[] | null>; done: boolean }>();
  const takenBackReadings = new Map<number, readonly FileAnalysis[]>();
  const askNext = (helper: number): void => {
    if (front >= back) return;
    const k = front++;
    const job = { helper, answer: (started[helper] as LoadHelper).ask({ block: k, files: blocks[k] ?? [] }), done: false };
    job.answer = job.answer.then((results) => { job.done = true; return results; });
    sent.set(k, job);
  };
  started.forEach((_, h) => { for (let i = 0; i < AHEAD; i++) askNext(h); });
  // A helper with nothing left to read stops at once: the main thread's last blocks, its heap at its largest, need
  // not share the memory with a thread that idles (the load's peak is some 50 MB lower).
  const closing = new Map<number, Promise<void>>();
  const stopIfIdle = (helper: number): void => {
    const busy = front < back || [...sent.values()].some((job) => job.helper === helper);
    if (!busy && !closing.has(helper)) closing.set(helper, (started[helper] as LoadHelper).close());
  };
  let loaded = 0;
  let byHelpers = 0;
  let takenBack = 0;
  try {
    for (let k = 0; k < blocks.length; k++) {
      const job = sent.get(k);
      let results: readonly FileAnalysis[] | null | undefined = takenBackReadings.get(k);
      takenBackReadings.delete(k);
      if (job) {
        // Read a block from the back while the helper works on this one; a turn of the event loop lets its answer in.
        while (!job.done && front < back && options.takeBack !== false) {
          const last = --back;
          const readings = (blocks[last] ?? []).map(readAndAnalyze);
          takenBackReadings.set(last, readings);
          takenBack += readings.length;
          await nextTurn();
        }
        results = await job.answer;
        sent.delete(k);
        askNext(job.helper);
        stopIfIdle(job.helper);
        byHelpers += results?.length ?? 0;
      } else if (results === undefined && k === front) {
        front++;
      }
      (blocks[k] ?? []).forEach((file, j) => {
        if (put(file, results?.[j], corpus, engine, logger)) loaded++;
      });
    }
  } finally {
    await Promise.all(started.map((helper, h) => closing.get(h) ?? helper.close()));
  }
  return { loaded, skipped: files.length - loaded, byHelpers, takenBack };
}

/** Puts one file, with a reading of it made ahead (by a helper or taken back) if there is one, else read here. */
function put(file: string, analysis: FileAnalysis | undefined, corpus: Corpus, engine: BriefingEngine, logger: Logger): boolean {
  if (analysis?.file !== file) return loadFile(file, corpus, logger) !== undefined;
  if (analysis.read.ok && analysis.facts) engine.prime(analysis.read.article.body, analysis.facts);
  return putFile(file, analysis.read, corpus, logger) !== undefined;
}
