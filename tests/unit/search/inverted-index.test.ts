import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvertedIndex, termCounts } from '../../../src/engine/search/inverted-index.ts';

const index = (...docs: string[][]) => {
  const ix = new InvertedIndex();
  docs.forEach((terms, doc) => ix.add(doc, terms.map((t) => [t, 1] as const)));
  return ix;
};

describe('InvertedIndex', () => {
  it('ranks a document that repeats a rare term above one that mentions it once', () => {
    const ix = index(['trade', 'china', 'trade', 'trade'], ['trade', 'vietnam', 'talks', 'ports'], ['weather']);
    expect(ix.search({ terms: ['trade'] }).map((d) => d.doc)).toEqual([0, 1]);
  });

  it('matches every term when some document has them all, else any term', () => {
    const ix = index(['china', 'vietnam'], ['china'], ['vietnam']);
    expect(ix.search({ terms: ['china', 'vietnam'] }).map((d) => d.doc)).toEqual([0]);
    expect(ix.search({ terms: ['china', 'laos'] }).map((d) => d.doc)).toEqual([1, 0]);
    expect(ix.search({ terms: ['china', 'laos'], match: 'all' })).toEqual([]);
    expect(ix.search({ terms: ['china', 'vietnam'], match: 'any' })).toHaveLength(3);
  });

  it('counts a prefix group once even when several of its terms match', () => {
    const ix = index(['strategy', 'strategic', 'trade'], ['strategy']);
    expect(ix.search({ terms: ['trade', 'strateg'], prefixLast: true }).map((d) => d.doc)).toEqual([0]);
  });

  it('returns only the best `limit` documents, in rank order', () => {
    const docs = Array.from({ length: 200 }, (_, i) => Array.from({ length: (i % 7) + 1 }, () => 'x').concat(['pad', 'pad', 'pad']));
    const all = index(...docs).search({ terms: ['x'] });
    expect(index(...docs).search({ terms: ['x'], limit: 5 })).toEqual(all.slice(0, 5));
  });

  it('expands the last term as a prefix while typing', () => {
    const ix = index(['strategic', 'partner'], ['strategy'], ['stray']);
    expect(ix.search({ terms: ['strateg'], prefixLast: true }).map((d) => d.doc).sort()).toEqual([0, 1]);
    expect(ix.search({ terms: ['strateg'] })).toEqual([]);
  });

  it('forgets removed documents, before and after compaction', () => {
    const ix = new InvertedIndex();
    for (let doc = 0; doc < 3000; doc++) ix.add(doc, [[doc % 2 === 0 ? 'even' : 'odd', 1]]);
    for (let doc = 0; doc < 2000; doc++) ix.remove(doc);
    expect(ix.documentCount).toBe(1000);
    const evens = ix.search({ terms: ['even'] });
    expect(evens).toHaveLength(500);
    expect(evens.every((d) => d.doc >= 2000)).toBe(true);
  });

  it('applies the filter before scoring', () => {
    const ix = index(['a1'], ['a1'], ['a1']);
    expect(ix.search({ terms: ['a1'], filter: (doc) => doc === 2 }).map((d) => d.doc)).toEqual([2]);
  });

  it('scores a document given as a map of term weights exactly as the pairs that add up to it', () => {
    const docs = [['trade', 'china', 'trade'], ['trade', 'ports'], ['china', 'china', 'laos', 'talks']];
    const byMap = new InvertedIndex();
    docs.forEach((terms, doc) => byMap.add(doc, termCounts([terms[0] ?? ''], 3, terms.slice(1))));
    const byPairs = new InvertedIndex();
    docs.forEach((terms, doc) => byPairs.add(doc, terms.map((t, i) => [t, i === 0 ? 3 : 1] as const)));
    for (const terms of [['trade'], ['china'], ['china', 'talks'], ['ports']]) {
      expect(byMap.search({ terms })).toEqual(byPairs.search({ terms }));
    }
  });

  it('counts each term of termCounts once per occurrence, heavy ones at their weight, and skips empty terms', () => {
    expect([...termCounts(['xi', 'visit', 'xi'], 3, ['xi', '', 'hanoi'])]).toEqual([['xi', 7], ['visit', 3], ['hanoi', 1]]);
  });

  it('refuses to index the same document twice', () => {
    const ix = index(['x']);
    expect(() => ix.add(0, [['y', 1]])).toThrow(/already indexed/);
  });

  it('finds every document containing a term, whatever the corpus', () => {
    const words = fc.constantFrom('ant', 'bee', 'cat', 'dog', 'eel');
    fc.assert(
      fc.property(fc.array(fc.array(words, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }), words, (docs, word) => {
        const found = index(...docs).search({ terms: [word] }).map((d) => d.doc).sort((a, b) => a - b);
        const expected = docs.flatMap((terms, doc) => (terms.includes(word) ? [doc] : []));
        expect(found).toEqual(expected);
      }),
    );
  });
});
