// Scores every posting of every query term (term at a time), then ranks. Used when all matches are
// wanted, and as the safe path for indexes the pruned top-k search cannot reason about (see
// InvertedIndex.search); the pruned search must return exactly what this returns.
import { contribution, type Bm25Parameters } from './bm25.ts';
import type { ScoredDoc, ScoringBuffers, TermGroup } from './scoring.ts';

export interface ExhaustiveQuery {
  readonly groups: readonly TermGroup[];
  readonly filter: ((doc: number) => boolean) | undefined;
  readonly match: 'all' | 'any' | 'best';
  readonly limit: number | undefined;
}

export function exhaustiveSearch(query: ExhaustiveQuery, buffers: ScoringBuffers, params: Bm25Parameters): ScoredDoc[] {
  const { lengths, scores, groupHits, lastGroup, touched } = buffers;
  const { groups, filter } = query;
  const groupCount = groups.length;
  let touchedCount = 0;
  let complete = 0;
  // Plain loops over locals: this runs once per posting, tens of thousands of times for a common word.
  for (let g = 0; g < groupCount; g++) {
    const group = groups[g] as TermGroup;
    const single = group.length === 1;
    for (const { list, idf } of group) {
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i] as number;
        const length = lengths[doc] as number;
        if (length === 0 || (filter !== undefined && !filter(doc))) continue;
        const tf = list[i + 1] as number;
        const previous = scores[doc] as number;
        if (previous === 0) touched[touchedCount++] = doc;
        scores[doc] = previous + contribution(idf, tf, length, params);
        if (single || lastGroup[doc] !== g + 1) {
          if (!single) lastGroup[doc] = g + 1;
          const hits = (groupHits[doc] as number) + 1;
          groupHits[doc] = hits;
          if (hits === groupCount) complete++;
        }
      }
    }
  }
  const needAll = query.match === 'all' || (query.match === 'best' && complete > 0);
  const qualifies = needAll ? (doc: number): boolean => groupHits[doc] === groupCount : null;
  // With a limit, select the best doc numbers straight from the score array: a common word touches
  // tens of thousands of documents, and an object for each would be garbage on every keystroke.
  const hits = touched.subarray(0, touchedCount);
  const results = query.limit === undefined ? collectAll(hits, scores, qualifies) : bestOf(hits, scores, qualifies, query.limit);
  for (const doc of hits) {
    scores[doc] = 0;
    groupHits[doc] = 0;
    lastGroup[doc] = 0;
  }
  return results;
}

const byRank = (a: ScoredDoc, b: ScoredDoc): number => b.score - a.score || a.doc - b.doc;

function collectAll(touched: Int32Array, scores: Float64Array, qualifies: ((doc: number) => boolean) | null): ScoredDoc[] {
  const results: ScoredDoc[] = [];
  for (const doc of touched) if (qualifies === null || qualifies(doc)) results.push({ doc, score: scores[doc] as number });
  return results.sort(byRank);
}

/** The best `limit` documents in rank order (score, then doc number), by insertion into a short list. */
function bestOf(touched: Int32Array, scores: Float64Array, qualifies: ((doc: number) => boolean) | null, limit: number): ScoredDoc[] {
  if (limit <= 0) return [];
  const best: number[] = [];
  // The score a newcomer must beat once the list is full; compared inline (this runs per touched doc).
  let floorScore = -Infinity;
  let floorDoc = -1;
  for (let t = 0; t < touched.length; t++) {
    const doc = touched[t] as number;
    const score = scores[doc] as number;
    if (best.length === limit && (score < floorScore || (score === floorScore && doc > floorDoc))) continue;
    if (qualifies !== null && !qualifies(doc)) continue;
    let i = best.length;
    while (i > 0) {
      const other = best[i - 1] as number;
      const otherScore = scores[other] as number;
      if (score > otherScore || (score === otherScore && doc < other)) i--;
      else break;
    }
    best.splice(i, 0, doc);
    if (best.length > limit) best.pop();
    if (best.length === limit) {
      floorDoc = best[limit - 1] as number;
      floorScore = scores[floorDoc] as number;
    }
  }
  return best.map((doc) => ({ doc, score: scores[doc] as number }));
}
