// Assembles an engine from a directory of articles, optionally following changes to it.
import type { Logger } from 'pino';
import { Corpus } from './corpus/corpus.ts';
import { loadDirectory, watchDirectory, type DirectoryWatcher, type LoadSummary } from './corpus/loader.ts';
import { BriefingEngine } from './engine.ts';
import { defaultLoadHelpers, loadDirectoryInParallel, MIN_FILES_FOR_HELPERS } from './load-helper/parallel-load.ts';
import type { ParallelLoadOptions, ParallelLoadSummary } from './load-helper/parallel-load.ts';

export interface OpenedEngine {
  readonly engine: BriefingEngine;
  readonly loaded: LoadSummary;
  close(): void;
}

/** An engine loaded at once, on this thread: what the command line uses, where one command is over in a moment. */
export function openEngine(seedsDir: string, logger: Logger, options: { watch: boolean }): OpenedEngine {
  const corpus = new Corpus();
  const engine = new BriefingEngine(corpus);
  const loaded = loadDirectory(seedsDir, corpus, logger);
  const watcher = options.watch ? watchDirectory(seedsDir, corpus, logger) : null;
  return { engine, loaded, close: () => watcher?.close() };
}

/** An engine over a directory that is not read yet: `load` reads it (see below) and then follows it if asked. */
export interface DirectoryEngine {
  readonly engine: BriefingEngine;
  load(): Promise<ParallelLoadSummary>;
  close(): void;
}

/**
 * The engine the bot runs: it loads with helper threads on the machine's other cores (see parallel-load.ts), since a
 * corpus of thousands of articles would otherwise keep one core busy for seconds while the others idle.
 */
export function engineForDirectory(seedsDir: string, logger: Logger,
  options: { watch: boolean } & Partial<ParallelLoadOptions>): DirectoryEngine {
  const corpus = new Corpus();
  const engine = new BriefingEngine(corpus);
  let watcher: DirectoryWatcher | null = null;
  return {
    engine,
    async load() {
      const loaded = await loadDirectoryInParallel(seedsDir, corpus, engine, logger,
        { ...options, helpers: options.helpers ?? defaultLoadHelpers(), minFiles: options.minFiles ?? MIN_FILES_FOR_HELPERS });
      if (options.watch) watcher ??= watchDirectory(seedsDir, corpus, logger);
      return loaded;
    },
    close: () => watcher?.close(),
  };
}
