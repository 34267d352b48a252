// Assembles an engine from a directory of articles, optionally following changes to it.
import type { Logger } from 'pino';
import { Corpus } from './corpus/corpus.ts';
import { loadDirectory, watchDirectory, type LoadSummary } from './corpus/loader.ts';
import { BriefingEngine } from './engine.ts';

export interface OpenedEngine {
  readonly engine: BriefingEngine;
  readonly loaded: LoadSummary;
  close(): void;
}

export function openEngine(seedsDir: string, logger: Logger, options: { watch: boolean }): OpenedEngine {
  const corpus = new Corpus();
  const engine = new BriefingEngine(corpus);
  const loaded = loadDirectory(seedsDir, corpus, logger);
  const watcher = options.watch ? watchDirectory(seedsDir, corpus, logger) : null;
  return { engine, loaded, close: () => watcher?.close() };
}
