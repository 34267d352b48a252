// The command line is a contract (the evaluation drives it): JSON shape, spans, errors and exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SEEDS_DIR: 'seeds' }, timeout: 30_000 });

interface BriefJson {
  id: string;
  title: string;
  body: string;
  summary: string[];
  quotes: { text: string; speaker: string | null; verb: string | null; spans: [number, number][] }[];
  entities: { people: string[]; organizations: string[]; places: string[] };
  wordCount: number;
  readingMinutes: number;
}

describe('cli brief --json', () => {
  it('prints one object per argument, in order, with the contract’s fields', () => {
    const file = join(dir, 'a.json');
    writeFileSync(file, JSON.stringify({ title: 'Port reopens', body: 'The port reopened on Monday. "We are back," manager Ana Ruiz said.' }));
    const result = cli('brief', '--json', '--sentences', '1', 'seeds/000_74c523f694d52965.txt', file, 'strategic partnership');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as BriefJson);
    expect(lines.map((l) => l.title)).toEqual([
      'Xi Jinping Pledges to Deepen China-Vietnam Ties for Shared Future',
      'Port reopens',
      'Vietnam Pledges Strengthened Ties and Strategic Partnership with China',
    ]);
    for (const b of lines) {
      expect(Object.keys(b).sort()).toEqual(['body', 'entities', 'id', 'quotes', 'readingMinutes', 'summary', 'title', 'wordCount']);
      expect(b.summary).toHaveLength(1);
    }
  });

  it('gives spans that index body and cover the quoted words, one per piece', () => {
    const result = cli('brief', '--json', 'seeds/000_74c523f694d52965.txt');
    const [b] = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as BriefJson);
    expect(b?.quotes.length).toBeGreaterThanOrEqual(2);
    for (const q of b?.quotes ?? []) {
      const pieces = q.spans.map(([s, e]) => b?.body.slice(s, e) ?? '');
      expect(pieces.join(' ').replace(/[\s.,]+$/, '')).toBe(q.text.replace(/[\s.,]+$/, ''));
    }
    expect(b?.quotes[0]?.speaker).toBe('Xi Jinping');
  });
});

describe('cli errors', () => {
  it.each([
    [['brief', '--length', 'huge', 'xi'], /--length must be short, standard or full/],
    [['brief', '--sentences', 'two', 'xi'], /--sentences must be a whole number/],
    [['brief'], /at least one article/],
    [['brief', '--frobnicate', 'xi'], /frobnicate/],
    [['explode'], /unknown command 'explode'/],
  ])('%j → one line on stderr, exit 2', (args, message) => {
    const result = cli(...args);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('reports an unreadable file in order and exits 2, briefing the others', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"title": "no body"}');
    const result = cli('brief', '--json', bad, 'xi');
    expect(result.status).toBe(2);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: string });
    expect(lines[0]?.id).toBeNull();
    expect(lines[0]?.error).toMatch(/body/);
    expect(lines[1]?.id).toBe('xi-jinping-pledges-to-deepen-china-vietnam-ties-for-shared-future');
  });
});

describe('cli quotes and articles', () => {
  it('filters quotes by speaker and lists articles as JSON', () => {
    const quotes = cli('quotes', '--speaker', 'lam', '--json');
    const speakers = quotes.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { quote: { speaker: string } }).quote.speaker);
    expect(new Set(speakers)).toEqual(new Set(['To Lam']));
    const articles = cli('articles', 'vietnam', '--json');
    expect(articles.stdout).toContain('vietnam-pledges-strengthened-ties');
  });
});
