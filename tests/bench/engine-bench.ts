// Engine figures: briefing time per ~1,000-word article, and (in a child process, so its peak RSS
// is its own) loading and indexing 10,000 articles plus quote-search latency on them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Corpus } from '../../src/engine/corpus/corpus.ts';
import { BriefingEngine } from '../../src/engine/engine.ts';
import { summarizeTimes, syntheticArticle } from './synthetic.ts';

export interface EngineFigures {
  briefMedianMs: number;
  briefP99Ms: number;
  corpusLoadSeconds: number;
  corpusPeakRssMb: number;
  quoteSearchMedianMs: number;
  quoteSearchP99Ms: number;
  corpusArticles: number;
  corpusQuotes: number;
}

export function briefTimes(count = 600): { median: number; p99: number } {
  const corpus = new Corpus();
  const engine = new BriefingEngine(corpus);
  const articles = Array.from({ length: count }, (_, i) => syntheticArticle(100_000 + i)).map((a, i) =>
    corpus.put(`bench-${i}.txt`, { ...a, source: null, url: null, publishedAt: null }, new Date(0)),
  );
  for (const a of articles.slice(0, 50)) engine.brief(a, { length: 'full' }); // warm-up (JIT)
  const times: number[] = [];
  for (const a of articles) {
    // A fresh article object each time: the briefing cache must not flatter the figure.
    const fresh = { ...a, contentHash: `${a.contentHash}-x` };
    const started = performance.now();
    engine.brief(fresh, { length: 'standard' });
    times.push(performance.now() - started);
  }
  return summarizeTimes(times);
}

export function writeCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  for (let i = 0; i < count; i++) {
    const { title, body } = syntheticArticle(i);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.json`), JSON.stringify({ title, body, publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
  }
  return dir;
}

/** `dir` holds the large corpus (see writeCorpus); it is loaded in a child so the peak RSS is the load's own. */
export function engineFigures(dir: string): EngineFigures {
  const brief = briefTimes();
  const out = execFileSync(process.execPath, [...process.execArgv, join(import.meta.dirname, 'corpus-load.ts'), dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const load = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Omit<EngineFigures, 'briefMedianMs' | 'briefP99Ms'>;
  return { briefMedianMs: brief.median, briefP99Ms: brief.p99, ...load };
}

export function removeCorpus(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
