// Reads article files from disk into a Corpus, and keeps it in step with the directory while running.
import { readdirSync, readFileSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Corpus } from './corpus.ts';
import { isArticleFile, parseArticleText, type ParseResult } from './formats.ts';
import type { Article } from '../types.ts';

export type FileReadResult = (ParseResult & { readonly modifiedAt: Date }) | { readonly ok: false; readonly reason: string; readonly missing: true };

/** Reads and parses one file; every failure is a reason, never a throw. */
export function readArticleFile(file: string): FileReadResult {
  let content: string;
  let modifiedAt: Date;
  try {
    modifiedAt = statSync(file).mtime;
    content = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'the file does not exist', missing: true };
    return { ok: false, reason: `unreadable (${code ?? (err as Error).message})`, modifiedAt: new Date(0) };
  }
  return { ...parseArticleText(file, content), modifiedAt };
}

/** Loads one file into the corpus; a bad file is logged once, with its name and reason, and skipped. */
export function loadFile(file: string, corpus: Corpus, logger: Logger): Article | undefined {
  return putFile(file, readArticleFile(file), corpus, logger);
}

/** Puts a file already read into the corpus, or logs why it is skipped. */
export function putFile(file: string, result: FileReadResult, corpus: Corpus, logger: Logger): Article | undefined {
  if (!result.ok) {
    logger.warn({ file, reason: result.reason }, `skipped article file ${file}: ${result.reason}`);
    return undefined;
  }
  return corpus.put(file, result.article, result.modifiedAt);
}

export interface LoadSummary {
  readonly loaded: number;
  readonly skipped: number;
}

/** The article files of a directory (not recursive), in name order so colliding ids are assigned stably. */
export function articleFiles(dir: string, logger: Logger): string[] {
  try {
    return readdirSync(dir).filter(isArticleFile).sort().map((name) => join(dir, name));
  } catch (err) {
    logger.error({ err, dir }, `cannot read the articles directory ${dir}`);
    return [];
  }
}

/** Loads every article file of a directory (see articleFiles). */
export function loadDirectory(dir: string, corpus: Corpus, logger: Logger): LoadSummary {
  const files = articleFiles(dir, logger);
  let loaded = 0;
  for (const file of files) if (loadFile(file, corpus, logger)) loaded++;
  return { loaded, skipped: files.length - loaded };
}

export interface DirectoryWatcher {
  close(): void;
}

/**
 * Follows files added, changed or removed in `dir` without a restart. Events are debounced per file
 * because editors and copies write a file in several steps.
 */
export function watchDirectory(dir: string, corpus: Corpus, logger: Logger, debounceMs = 150): DirectoryWatcher {
  const pending = new Map<string, NodeJS.Timeout>();
  const settle = (file: string): void => {
    pending.delete(file);
    const result = readArticleFile(file);
    if (!result.ok && 'missing' in result) {
      const removed = corpus.remove(file);
      if (removed) logger.info({ file, id: removed.id }, 'article removed');
      return;
    }
    const article = loadFile(file, corpus, logger);
    if (article) logger.info({ file, id: article.id }, 'article loaded');
  };
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, (_event, name) => {
      if (!name || !isArticleFile(name)) return;
      const file = join(dir, name);
      clearTimeout(pending.get(file));
      pending.set(file, setTimeout(() => settle(file), debounceMs));
    });
  } catch (err) {
    logger.error({ err, dir }, `cannot watch the articles directory ${dir}; new files need a restart`);
    return { close: () => undefined };
  }
  watcher.on('error', (err) => logger.error({ err, dir }, 'articles directory watcher failed'));
  return {
    close() {
      watcher.close();
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
