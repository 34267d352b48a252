// Loads a directory with helper threads on the machine's other cores. Files go in blocks; a helper reads, parses and
// analyzes most blocks, the main thread the rest, and the main thread puts every file into the corpus in name order
// (so ids come out as a plain load gives them) and indexes it, with the helper's facts where it has them.
// A small corpus is not worth a thread's start-up: it loads on the main thread alone.
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import type { Corpus } from '../corpus/corpus.ts';
import { articleFiles, loadFile, putFile, type LoadSummary } from '../corpus/loader.ts';
import type { BriefingEngine } from '../engine.ts';
import { startLoadHelper, type LoadHelper } from './helper.ts';
import type { FileAnalysis } from './protocol.ts';

/** Files per block: enough that a message carries real work, few enough that the main thread rarely waits. */
const BLOCK_FILES = 64;
/**
 * After its first blocks, the main thread reads one block in this many per helper and the helpers the rest: it also
 * indexes every article, which costs about what reading and analyzing costs a helper. (On this project's two-core
 * machine, 5 loaded 10,000 articles a little faster than 3 or 4.)
 */
const HELPER_BLOCKS_PER_MAIN_BLOCK = 5;
/** Blocks the main thread reads first, while the helpers start (a thread takes about half a second to load its code). */
const MAIN_FIRST_BLOCKS = 8;
/** Blocks a helper may have read that the main thread has not put yet: its readings must not pile up in memory. */
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
}

export interface ParallelLoadSummary extends LoadSummary {
  /** Files a helper thread read and analyzed. */
  readonly byHelpers: number;
}

export async function loadDirectoryInParallel(dir: string, corpus: Corpus, engine: BriefingEngine, logger: Logger,
  options: ParallelLoadOptions): Promise<ParallelLoadSummary> {
  const files = articleFiles(dir, logger);
  const blocks: string[][] = [];
  const size = options.blockFiles ?? BLOCK_FILES;
  const first = options.mainFirstBlocks ?? MAIN_FIRST_BLOCKS;
  for (let i = 0; i < files.length; i += size) blocks.push(files.slice(i, i + size));
  const helpers = files.length < options.minFiles ? 0 : options.helpers;
  const cycle = HELPER_BLOCKS_PER_MAIN_BLOCK * helpers + 1;
  // Block k is the main thread's when it is one of the first or k % cycle is 0; otherwise helper (k % cycle - 1) %
  // helpers reads it.
  const helperOf = (k: number): number => (k < first || k % cycle === 0 ? -1 : ((k % cycle) - 1) % helpers);
  const started: LoadHelper[] = Array.from({ length: helpers }, () => startLoadHelper(logger, options.entry));
  const queues: number[][] = started.map(() => []);
  blocks.forEach((_, k) => queues[helperOf(k)]?.push(k));
  const asked = new Map<number, Promise<readonly FileAnalysis[] | null>>();
  const askNext = (h: number): void => {
    const k = queues[h]?.shift();
    if (k !== undefined) asked.set(k, (started[h] as LoadHelper).ask({ block: k, files: blocks[k] ?? [] }));
  };
  started.forEach((_, h) => { for (let i = 0; i < AHEAD; i++) askNext(h); });
  let loaded = 0;
  let byHelpers = 0;
  try {
    for (let k = 0; k < blocks.length; k++) {
      const h = helperOf(k);
      const results = h >= 0 ? await asked.get(k) : null;
      asked.delete(k);
      if (h >= 0) askNext(h);
      byHelpers += results?.length ?? 0;
      (blocks[k] ?? []).forEach((file, j) => {
        if (put(file, results?.[j], corpus, engine, logger)) loaded++;
      });
    }
  } finally {
    await Promise.all(started.map((helper) => helper.close()));
  }
  return { loaded, skipped: files.length - loaded, byHelpers };
}

/** Puts one file, with the helper's reading of it if there is one, else read here. */
function put(file: string, analysis: FileAnalysis | undefined, corpus: Corpus, engine: BriefingEngine, logger: Logger): boolean {
  if (analysis?.file !== file) return loadFile(file, corpus, logger) !== undefined;
  if (analysis.read.ok && analysis.facts) engine.prime(analysis.read.article.body, analysis.facts);
  return putFile(file, analysis.read, corpus, logger) !== undefined;
}
