// Top-k BM25 search with dynamic pruning, for a query that wants only the best few documents. The doc
// number space is cut into windows (128 consecutive doc numbers by default) and read in order. Before
// a window is scored, the sum of its terms' per-window bounds (see window-bounds.ts) is compared with
// the k-th best score so far: a window that cannot beat it is skipped without reading its postings.
// Inside a window, documents are scored exactly as the exhaustive search does (same terms, same order,
// same arithmetic), so scores agree to the bit and ties break the same way.
//
// Why a skipped window is safe: every document in it has a larger doc number than everything already
// kept, and the rank order puts the lower doc number first on equal scores, so a newcomer must score
// strictly more than the k-th. A window's bound is at least any of its documents' scores, because each
// term's bound is at least its (positive) contribution to any document there that can match, computed
// with the same arithmetic (window-bounds.ts), and adding larger positive numbers in the same order
// never rounds to a smaller float sum.
//
// Conditions the caller guarantees: posting lists ascend by doc number without repeats, every idf is
// positive, every tf is a positive finite number, and limit is a positive integer.
import { contribution, type Bm25Parameters } from './bm25.ts';
import { BestList, type ScoredDoc, type ScoringBuffers } from './scoring.ts';
import { boundIn, shortestIn, type TermWindows } from './window-bounds.ts';

/** One vocabulary term of the query, walked window by window. */
export interface TermCursor {
  readonly list: readonly number[];
  readonly idf: number;
  /** The query word (group) this term stands for, and whether it is the group's only term. */
  readonly group: number;
  readonly single: boolean;
  /** Per-window bounds; null for a short list, which `max` bounds everywhere. */
  readonly windows: TermWindows | null;
  readonly max: number;
  /** List index of the next unread posting. */
  position: number;
}

export interface PrunedQuery {
  /** In scoring order: by group, then in each group's term order. */
  readonly cursors: readonly TermCursor[];
  readonly groupCount: number;
  /** Whether a document must match every group ('all'), or any ('any'). */
  readonly needAll: boolean;
  readonly filter: ((doc: number) => boolean) | undefined;
  readonly limit: number;
  readonly windowBits: number;
}

export function prunedTopK(query: PrunedQuery, buffers: ScoringBuffers, params: Bm25Parameters): ScoredDoc[] {
  for (const cursor of query.cursors) cursor.position = 0;
  const best = new BestList(query.limit);
  const groupNext = new Float64Array(query.groupCount);
  for (let w = nextWindow(query, 0, groupNext); w >= 0; w = nextWindow(query, w + 1, groupNext)) {
    if (best.full && !windowMayBeat(query, w, params, best.floor)) continue;
    scoreWindow(query, w, buffers, params, best);
  }
  return best.results();
}

/**
 * Moves every cursor to window `from` and returns the first window from there that can hold a match
 * (-1 when none): any posting for 'any'; for 'all', a posting of every group, found by leapfrogging
 * the groups forward to the furthest of their next windows.
 */
function nextWindow(query: PrunedQuery, from: number, groupNext: Float64Array): number {
  const { cursors, windowBits } = query;
  let target = from;
  for (;;) {
    for (const cursor of cursors) seek(cursor, target, windowBits);
    if (!query.needAll) {
      let first = Infinity;
      for (const cursor of cursors) first = Math.min(first, windowOf(cursor, windowBits));
      return first === Infinity ? -1 : first;
    }
    groupNext.fill(Infinity);
    for (const cursor of cursors) groupNext[cursor.group] = Math.min(groupNext[cursor.group] as number, windowOf(cursor, windowBits));
    let furthest = target;
    for (const next of groupNext) furthest = Math.max(furthest, next);
    if (furthest === Infinity) return -1;
    if (furthest === target) return target;
    target = furthest;
  }
}

/** The window of the cursor's next posting, or Infinity when it has none left. */
function windowOf(cursor: TermCursor, windowBits: number): number {
  const doc = cursor.list[cursor.position];
  return doc === undefined ? Infinity : doc >> windowBits;
}

/** Advances the cursor to its first posting in window `w` or later. */
function seek(cursor: TermCursor, w: number, windowBits: number): void {
  const { list, windows } = cursor;
  if (windows !== null) {
    const start = w < windows.start.length ? (windows.start[w] as number) : list.length;
    if (start > cursor.position) cursor.position = start;
    return;
  }
  const lo = w << windowBits;
  let i = cursor.position;
  while (i < list.length && (list[i] as number) < lo) i += 2;
  cursor.position = i;
}

/**
 * Whether a document of window `w` may outrank the floor ([score, doc] of the k-th kept), judged by
 * the most it can score: the terms' bounds, added in scoring order. (A boolean, and the floor in a
 * typed array, because a number returned or passed between functions per window would be boxed.) When a
 * match needs every group, it is at least as long as the shortest document having some term of each
 * group, and a longer document gets less from each term: that keeps the bound tight when the rare
 * word lives in long documents and the common one in short ones.
 */
function windowMayBeat(query: PrunedQuery, w: number, params: Bm25Parameters, floor: Float64Array): boolean {
  const { cursors, windowBits } = query;
  const end = (w + 1) << windowBits;
  let minLength = 0;
  if (query.needAll) {
    let group = -1;
    let groupShortest = Infinity;
    for (const cursor of cursors) {
      if (cursor.group !== group) {
        if (group >= 0) minLength = Math.max(minLength, groupShortest);
        group = cursor.group;
        groupShortest = Infinity;
      }
      const doc = cursor.list[cursor.position];
      if (doc === undefined || doc >= end) continue;
      // A short list has no per-window lengths: its documents could be as short as any.
      groupShortest = Math.min(groupShortest, cursor.windows === null ? 0 : shortestIn(cursor.windows, w));
    }
    minLength = Math.max(minLength, groupShortest);
  }
  let bound = 0;
  for (const cursor of cursors) {
    const doc = cursor.list[cursor.position];
    if (doc === undefined || doc >= end) continue;
    bound += cursor.windows === null ? cursor.max : boundIn(cursor.windows, w, minLength, cursor.idf, params);
  }
  // Every document here comes after the kept ones, so on an equal score it ranks below the floor.
  return bound > (floor[0] as number);
}

/** Scores window `w` term at a time, exactly like the exhaustive search, and offers its matches. */
function scoreWindow(query: PrunedQuery, w: number, buffers: ScoringBuffers, params: Bm25Parameters, best: BestList): void {
  const { lengths, scores, groupHits, lastGroup, touched } = buffers;
  const { cursors, filter, groupCount } = query;
  const end = (w + 1) << query.windowBits;
  let touchedCount = 0;
  for (const cursor of cursors) {
    const { list, idf, group, single } = cursor;
    let i = cursor.position;
    for (; i < list.length; i += 2) {
      const doc = list[i] as number;
      if (doc >= end) break;
      const length = lengths[doc] as number;
      if (length === 0 || (filter !== undefined && !filter(doc))) continue;
      const previous = scores[doc] as number;
      if (previous === 0) touched[touchedCount++] = doc;
      scores[doc] = previous + contribution(idf, list[i + 1] as number, length, params);
      if (single || lastGroup[doc] !== group + 1) {
        if (!single) lastGroup[doc] = group + 1;
        groupHits[doc] = (groupHits[doc] as number) + 1;
      }
    }
    cursor.position = i;
  }
  for (let t = 0; t < touchedCount; t++) {
    const doc = touched[t] as number;
    const score = scores[doc] as number;
    if ((!query.needAll || groupHits[doc] === groupCount) && best.admits(doc, score)) best.offer(doc, score);
    scores[doc] = 0;
    groupHits[doc] = 0;
    lastGroup[doc] = 0;
  }
}
