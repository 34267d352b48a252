import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bm25Parameters, contribution, idfOf } from '../../../src/engine/search/bm25.ts';
import { InvertedIndex, type IndexQuery, type ScoredDoc } from '../../../src/engine/search/inverted-index.ts';
import type { WindowSettings } from '../../../src/engine/search/window-bounds.ts';

// The pruned top-k search must return exactly what scoring every document returns: same documents,
// same order, same scores to the bit. The model below scores every live document directly from what
// was added (using the same BM25 arithmetic, which is not what is under test here).

type Doc = readonly (readonly [string, number])[];

class Model {
  private readonly live = new Map<number, Map<string, number>>();
  /** Sum of each live document's weights (an empty document is scored as 1e-9 long). */
  private readonly lengths = new Map<number, number>();
  /**
   * Kept as the index keeps it, in the same order of operations: it adds a document's weights, but
   * subtracts the 1e-9 floor for an empty one, and a sum computed afresh could differ in the last bit.
   */
  private totalLength = 0;
  /** Documents ever added per term: the index counts removed ones until it compacts (never, this small). */
  private readonly df = new Map<string, number>();

  add(doc: number, terms: Doc): void {
    const tf = new Map<string, number>();
    for (const [term, weight] of terms) tf.set(term, (tf.get(term) ?? 0) + weight);
    for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    this.live.set(doc, tf);
    const length = [...tf.values()].reduce((a, b) => a + b, 0);
    this.lengths.set(doc, length);
    this.totalLength += length;
  }

  remove(doc: number): void {
    if (!this.live.has(doc)) return;
    this.totalLength -= Math.max(this.lengths.get(doc) ?? 0, 1e-9);
    this.live.delete(doc);
    this.lengths.delete(doc);
  }

  search(query: IndexQuery): ScoredDoc[] {
    const n = this.live.size;
    if (n === 0 || query.terms.length === 0) return [];
    const params = bm25Parameters(n, this.totalLength);
    const vocabulary = [...this.df.keys()].sort();
    const groups = query.terms.map((term, i) =>
      query.prefixLast && i === query.terms.length - 1 ? (term === '' ? [] : vocabulary.filter((t) => t.startsWith(term))) : [term],
    );
    const matches: { doc: number; score: number; groups: number }[] = [];
    for (const [doc, tf] of this.live) {
      if (query.filter && !query.filter(doc)) continue;
      let score = 0;
      let matched = 0;
      for (const group of groups) {
        let inGroup = false;
        for (const term of group) {
          const count = tf.get(term);
          if (count === undefined) continue;
          score = score + contribution(idfOf(n, this.df.get(term) ?? 0), count, Math.max(this.lengths.get(doc) ?? 0, 1e-9), params);
          inGroup = true;
        }
        if (inGroup) matched++;
      }
      if (matched > 0) matches.push({ doc, score, groups: matched });
    }
    const match = query.match ?? 'best';
    const needAll = match === 'all' || (match === 'best' && matches.some((m) => m.groups === groups.length));
    const ranked = matches
      .filter((m) => !needAll || m.groups === groups.length)
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .map(({ doc, score }) => ({ doc, score }));
    return query.limit === undefined ? ranked : ranked.slice(0, Math.max(0, query.limit));
  }
}

// Few words, some far more common than others and some sharing a prefix: many postings per term,
// many equal scores (ties), prefix groups of several terms.
const VOCABULARY = ['ant', 'ant', 'ant', 'ant', 'ant', 'bee', 'bee', 'bee', 'anvil', 'beef', 'cat', 'cattle', 'dog', 'eel'];
const word = fc.constantFrom(...VOCABULARY);
/** A document's words, plus (usually) an unsearched word of weight 1 to 6 so that lengths vary widely. */
const doc: fc.Arbitrary<Doc> = fc
  .tuple(fc.array(fc.tuple(word, fc.integer({ min: 1, max: 3 })), { maxLength: 5 }), fc.integer({ min: 0, max: 6 }))
  .map(([words, pad]) => (pad > 0 ? [...words, ['pad', pad] as const] : words));
interface QueryCase {
  readonly words: string[];
  readonly prefixLast: boolean;
  readonly match: 'all' | 'any' | 'best';
  readonly limit: number | undefined;
  /** Keep documents whose number leaves this remainder mod 3 (null: no filter). */
  readonly filterRemainder: number | null;
}

/** Docs to add (each with the gap before its doc number), docs to remove (picked among those so far), queries to run. */
interface Phase {
  readonly added: [Doc, number][];
  readonly removed: number[];
  readonly queries: QueryCase[];
}

const query: fc.Arbitrary<QueryCase> = fc.record({
  words: fc.array(fc.oneof(word, fc.constantFrom('an', 'be', 'ca', 'c', 'zebra')), { minLength: 1, maxLength: 3 }),
  prefixLast: fc.boolean(),
  match: fc.constantFrom('all' as const, 'any' as const, 'best' as const),
  // Mostly 1 or 2: the fewer kept, the sooner and the more the search prunes.
  limit: fc.oneof(fc.constantFrom(1, 1, 2, undefined), fc.integer({ min: 1, max: 10 })),
  filterRemainder: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
});
const phase: fc.Arbitrary<Phase> = fc.record({
  added: fc.array(fc.tuple(doc, fc.integer({ min: 1, max: 3 })), { maxLength: 40 }),
  removed: fc.array(fc.nat(), { maxLength: 8 }),
  queries: fc.array(query, { minLength: 1, maxLength: 6 }),
});

function checkPhases(phases: readonly Phase[], settings?: WindowSettings): void {
  const index = new InvertedIndex(settings);
  const model = new Model();
  const added: number[] = [];
  let next = 0;
  for (const { added: docs, removed, queries } of phases) {
    for (const [terms, gap] of docs) {
      next += gap;
      index.add(next, terms);
      model.add(next, terms);
      added.push(next);
    }
    for (const pick of removed) {
      const victim = added[pick % Math.max(added.length, 1)];
      if (victim === undefined) continue;
      index.remove(victim);
      model.remove(victim);
    }
    for (const q of queries) {
      const remainder = q.filterRemainder;
      const filter = remainder === null ? undefined : (d: number): boolean => d % 3 === remainder;
      const request: IndexQuery = { terms: q.words, prefixLast: q.prefixLast, match: q.match, limit: q.limit, filter };
      expect(index.search(request)).toEqual(model.search(request));
    }
  }
}

describe('pruned top-k search', () => {
  it('returns exactly the exhaustive top k (docs, order, scores, ties) over random indexes, queries and removals, with tiny windows', () => {
    // Windows of 1 to 8 doc numbers so that small indexes span many windows; per-window bounds for
    // lists of 1+, 3+ or 12+ postings, or for none (every list bounded by its overall maximum).
    const settings = fc.record({ windowBits: fc.integer({ min: 0, max: 3 }), minPostings: fc.constantFrom(1, 3, 12, 1000) });
    fc.assert(fc.property(fc.array(phase, { minLength: 1, maxLength: 3 }), settings, checkPhases), { numRuns: 400 });
  });

  it('returns exactly the exhaustive top k with the default windows on larger indexes', () => {
    const bigPhase: fc.Arbitrary<Phase> = fc.record({
      added: fc.array(fc.tuple(doc, fc.integer({ min: 1, max: 2 })), { minLength: 200, maxLength: 800 }),
      removed: fc.array(fc.nat(), { maxLength: 30 }),
      queries: fc.array(query, { minLength: 5, maxLength: 15 }),
    });
    fc.assert(fc.property(fc.array(bigPhase, { minLength: 1, maxLength: 2 }), (phases) => checkPhases(phases, { windowBits: 7, minPostings: 16 })), { numRuns: 25 });
  });

  it('agrees with the model when documents arrive out of doc-number order (the exhaustive fallback)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(Array.from({ length: 60 }, (_, i) => i), { minLength: 1 }), fc.array(doc, { minLength: 60, maxLength: 60 }), query, (order, docs, q) => {
        const index = new InvertedIndex({ windowBits: 2, minPostings: 3 });
        const model = new Model();
        for (const d of order) {
          index.add(d, docs[d] ?? []);
          model.add(d, docs[d] ?? []);
        }
        const request: IndexQuery = { terms: q.words, prefixLast: q.prefixLast, match: q.match, limit: q.limit };
        expect(index.search(request)).toEqual(model.search(request));
      }),
    );
  });

  it('ranks the lower doc number first on equal scores, whichever query term reached it first', () => {
    // 'b' is scored before 'a', so doc 1 is seen before doc 0; both score the same.
    const index = new InvertedIndex({ windowBits: 2, minPostings: 1 });
    index.add(0, [['a', 1]]);
    index.add(1, [['b', 1]]);
    for (let d = 2; d < 20; d++) index.add(d, [['c', 1]]);
    expect(index.search({ terms: ['b', 'a'], match: 'any', limit: 1 }).map((h) => h.doc)).toEqual([0]);
    expect(index.search({ terms: ['b', 'a'], match: 'any', limit: 2 }).map((h) => h.doc)).toEqual([0, 1]);
  });

  it('rebuilds its score bounds after a removal changes the average length', () => {
    // Removing short documents raises the average length, which lifts the long doc 1 above doc 0:
    // bounds computed before the removal would let the search skip doc 1.
    const index = new InvertedIndex({ windowBits: 0, minPostings: 1 });
    index.add(0, [['x', 1]]);
    index.add(1, [['x', 26], ['pad', 582]]);
    for (let d = 2; d < 286; d++) index.add(d, [['short', 1]]);
    for (let d = 286; d < 446; d++) index.add(d, [['long', 96]]);
    expect(index.search({ terms: ['x'], limit: 1 }).map((h) => h.doc)).toEqual([0]);
    for (let d = 2; d < 233; d++) index.remove(d);
    expect(index.search({ terms: ['x'], limit: 1 })).toEqual(index.search({ terms: ['x'] }).slice(0, 1));
    expect(index.search({ terms: ['x'], limit: 1 }).map((h) => h.doc)).toEqual([1]);
  });

  it('bounds an AND window without assuming anything about the length of a rare word’s documents', () => {
    // 'rare' has too few postings for per-window lengths; doc 8 (window 2) beats doc 2 (window 0).
    const index = new InvertedIndex({ windowBits: 2, minPostings: 3 });
    const docs: Doc[] = [
      [['common', 3], ['pad', 1]],
      [['common', 3]],
      [['common', 3], ['rare', 2], ['pad', 3]],
      [['common', 1], ['pad', 3]],
      [['common', 1], ['pad', 1]],
      [['common', 1], ['pad', 4]],
      [['pad', 3]],
      [['pad', 2]],
      [['common', 2], ['rare', 2], ['pad', 2]],
    ];
    docs.forEach((terms, d) => index.add(d, terms));
    const query: IndexQuery = { terms: ['rare', 'common'], match: 'all', limit: 1 };
    expect(index.search(query)).toEqual(index.search({ ...query, limit: undefined }).slice(0, 1));
    expect(index.search(query).map((h) => h.doc)).toEqual([8]);
  });

  it('skips most postings of a word every document has once the best k are found', () => {
    const index = new InvertedIndex();
    for (let d = 0; d < 20_000; d++) index.add(d, [['common', 1], [d % 2 === 0 ? 'even' : 'odd', 1]]);
    let looked = 0;
    const hits = index.search({ terms: ['common'], limit: 5, filter: () => ++looked > 0 });
    expect(hits.map((h) => h.doc)).toEqual([0, 1, 2, 3, 4]);
    expect(looked).toBeLessThan(1000);
    // Same documents as scoring everything (which looks at all 20,000).
    expect(index.search({ terms: ['common'] }).slice(0, 5)).toEqual(hits);
  });

  it('treats a limit that is not a positive whole number as the exhaustive search does', () => {
    const index = new InvertedIndex();
    for (let d = 0; d < 50; d++) index.add(d, [['x', 1 + (d % 3)]]);
    const all = index.search({ terms: ['x'] });
    expect(index.search({ terms: ['x'], limit: 0 })).toEqual([]);
    expect(index.search({ terms: ['x'], limit: 2.5 })).toEqual(all.slice(0, 2));
  });
});
