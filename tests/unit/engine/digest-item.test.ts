// Digest items are computed once per article content: a slot with a thousand channels asks for the same few.
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../../src/engine/corpus/corpus.ts';
import { BriefingEngine } from '../../../src/engine/engine.ts';

const BODY = [
  'The harbour authority approved a new ferry line on Monday after months of debate.',
  '"This line will cut the crossing to twenty minutes," said Ana Ruiz, the authority\'s director.',
  'Work on the piers starts in spring and the first boats are due next year.',
].join('\n\n');

function article(body = BODY) {
  return { title: 'Harbour approves new ferry line', body, source: 'Port News', url: null, publishedAt: '2026-11-20T08:00:00Z' };
}

describe('BriefingEngine.digestItem', () => {
  it('answers the same item for the same content, without summarizing again', () => {
    const corpus = new Corpus();
    const engine = new BriefingEngine(corpus);
    const stored = corpus.put('ferry.txt', article(), new Date(0));

    const first = engine.digestItem(stored);
    const again = engine.digestItem({ ...stored });

    expect(again).toBe(first);
    expect(first.article.id).toBe(stored.id);
    expect(first.summary.length).toBeGreaterThan(0);
    expect(first.bestQuote?.speaker).toBe('Ana Ruiz');
  });

  it('computes a fresh item once the article’s content changes', () => {
    const corpus = new Corpus();
    const engine = new BriefingEngine(corpus);
    const before = engine.digestItem(corpus.put('ferry.txt', article(), new Date(0)));
    const edited = corpus.put('ferry.txt', article(BODY.replace('twenty minutes', 'a quarter of an hour')), new Date(1));

    const after = engine.digestItem(edited);

    expect(after).not.toBe(before);
    expect(after.bestQuote?.text).toContain('a quarter of an hour');
    expect(before.bestQuote?.text).toContain('twenty minutes');
  });
});
