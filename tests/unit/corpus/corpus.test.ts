import { mkdtempSync, rmSync, writeFileSync, unlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Corpus, type CorpusChange } from '../../../src/engine/corpus/corpus.ts';
import { loadDirectory, watchDirectory } from '../../../src/engine/corpus/loader.ts';
import { captureLogger } from '../../helpers/capture-logger.ts';

const parsed = (title: string, body = `${title} body.`) => ({ title, body, source: null, url: null, publishedAt: null });

describe('Corpus', () => {
  it('gives two articles with the same headline different ids', () => {
    const corpus = new Corpus();
    const a = corpus.put('a.txt', parsed('Same headline'), new Date(0));
    const b = corpus.put('b.txt', parsed('Same headline', 'Other.'), new Date(0));
    expect([a.id, b.id]).toEqual(['same-headline', 'same-headline-2']);
  });

  it('keeps the id when a file changes but its headline does not', () => {
    const corpus = new Corpus();
    const first = corpus.put('a.txt', parsed('Budget vote', 'One.'), new Date(0));
    const second = corpus.put('a.txt', parsed('Budget vote', 'Two.'), new Date(1));
    expect(second.id).toBe(first.id);
    expect(second.contentHash).not.toBe(first.contentHash);
    expect(corpus.size).toBe(1);
  });

  it('reports added, changed and removed articles, and nothing for an identical re-read', () => {
    const corpus = new Corpus();
    const changes: CorpusChange['type'][] = [];
    corpus.onChange((c) => changes.push(c.type));
    corpus.put('a.txt', parsed('A'), new Date(0));
    corpus.put('a.txt', parsed('A'), new Date(0));
    corpus.put('a.txt', parsed('A', 'New.'), new Date(0));
    corpus.remove('a.txt');
    expect(changes).toEqual(['added', 'changed', 'removed']);
  });

  it('lists newest first by publishedAt, falling back to when the file was added', () => {
    const corpus = new Corpus();
    corpus.put('old.txt', { ...parsed('Old'), publishedAt: '2020-01-01T00:00:00.000Z' }, new Date('2026-01-01'));
    corpus.put('new.txt', { ...parsed('New'), publishedAt: '2026-06-01T00:00:00.000Z' }, new Date('2026-01-01'));
    corpus.put('undated.txt', parsed('Undated'), new Date('2025-01-01'));
    expect(corpus.list().map((a) => a.id)).toEqual(['new', 'undated', 'old']);
  });
});

describe('loading a directory', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the good files and skips each bad one with one log line naming it and the reason', () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    copyFileSync('seeds/000_74c523f694d52965.txt', join(dir, '000.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'broken.json'), '{"body":');
    writeFileSync(join(dir, 'nobody.json'), '{"title":"x"}');
    writeFileSync(join(dir, 'ignored.pdf'), 'binary');
    const { logger, lines } = captureLogger();
    const corpus = new Corpus();
    expect(loadDirectory(dir, corpus, logger)).toEqual({ loaded: 1, skipped: 3 });
    const warnings = lines.filter((l) => l.level === 40).map((l) => l.msg);
    expect(warnings).toHaveLength(3);
    expect(warnings.find((m) => m.includes('empty.txt'))).toMatch(/empty/);
    expect(warnings.find((m) => m.includes('broken.json'))).toMatch(/invalid JSON/);
    expect(warnings.find((m) => m.includes('nobody.json'))).toMatch(/body/);
  });

  it('logs an error and loads nothing when the directory does not exist', () => {
    const { logger, lines } = captureLogger();
    expect(loadDirectory('/nonexistent/briefbot', new Corpus(), logger)).toEqual({ loaded: 0, skipped: 0 });
    expect(lines.some((l) => l.level === 50)).toBe(true);
  });

  it('picks up files added, changed and removed while running', async () => {
    dir = mkdtempSync(join(tmpdir(), 'corpus-'));
    const corpus = new Corpus();
    const { logger } = captureLogger();
    const watcher = watchDirectory(dir, corpus, logger, 20);
    try {
      writeFileSync(join(dir, 'a.md'), '# Fresh news\n\nSomething happened.');
      await until(() => corpus.get('fresh-news') !== undefined);
      writeFileSync(join(dir, 'a.md'), '# Fresh news\n\nSomething else happened.');
      await until(() => corpus.get('fresh-news')?.body === 'Something else happened.');
      unlinkSync(join(dir, 'a.md'));
      await until(() => corpus.size === 0);
    } finally {
      watcher.close();
    }
  });
});

async function until(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
