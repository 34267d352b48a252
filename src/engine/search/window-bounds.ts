// Per-term score bounds over windows of consecutive doc numbers, for the pruned top-k search: where
// each window's postings start, and what the term's live documents there look like (the largest
// contribution, the shortest length, the range of tf). A window whose bound cannot beat the current
// k-th score is skipped unread.
//
// The bounds depend on the corpus statistics (document count, average length), so they are built
// lazily on the first query that needs them and rebuilt after any change: the index changes when an
// article arrives, queries come far more often.
import { contribution, type Bm25Parameters } from './bm25.ts';

export interface TermWindows {
  /** start[w]: the list index of the first posting with doc ≥ w·windowSize; one extra entry at the end. */
  readonly start: Int32Array;
  /** Four numbers per window, at STATS·w: the largest contribution, the shortest length, the lowest and highest tf. */
  readonly stats: Float64Array;
}

const STATS = 4;
const MAX = 0;
const MIN_LENGTH = 1;
const MIN_TF = 2;
const MAX_TF = 3;
/**
 * Headroom for a bound computed from a tf no document of the window may have: the contribution is
 * monotone in tf mathematically, but two roundings could in principle invert two very close values.
 */
const ROUNDING_HEADROOM = 1 + 1e-12;

export interface WindowSettings {
  /** log2 of the window size in doc numbers. */
  readonly windowBits: number;
  /** Shorter posting lists get no windows: reading them whole is as cheap as building bounds. */
  readonly minPostings: number;
}

export const DEFAULT_WINDOW_SETTINGS: WindowSettings = { windowBits: 7, minPostings: 512 };

/** How many terms keep their bounds; a query names a few, so this is a generous working set. */
const CACHED_TERMS = 128;

export function buildTermWindows(list: readonly number[], idf: number, lengths: Float64Array, params: Bm25Parameters, windowBits: number): TermWindows {
  const lastDoc = list[list.length - 2] ?? 0;
  const windows = (lastDoc >> windowBits) + 1;
  const start = new Int32Array(windows + 1);
  const stats = new Float64Array(windows * STATS);
  for (let w = 0; w < windows; w++) {
    stats[w * STATS + MIN_LENGTH] = Infinity;
    stats[w * STATS + MIN_TF] = Infinity;
  }
  let nextWindow = 0;
  for (let i = 0; i < list.length; i += 2) {
    const doc = list[i] as number;
    const w = doc >> windowBits;
    while (nextWindow <= w) start[nextWindow++] = i;
    const length = lengths[doc] as number;
    if (length === 0) continue;
    const tf = list[i + 1] as number;
    const at = w * STATS;
    stats[at + MAX] = Math.max(stats[at + MAX] as number, contribution(idf, tf, length, params));
    stats[at + MIN_LENGTH] = Math.min(stats[at + MIN_LENGTH] as number, length);
    stats[at + MIN_TF] = Math.min(stats[at + MIN_TF] as number, tf);
    stats[at + MAX_TF] = Math.max(stats[at + MAX_TF] as number, tf);
  }
  while (nextWindow <= windows) start[nextWindow++] = list.length;
  return { start, stats };
}

/** The shortest live document of window `w` that has the term (Infinity when none). */
export function shortestIn(windows: TermWindows, w: number): number {
  return windows.stats[w * STATS + MIN_LENGTH] as number;
}

/**
 * The most the term adds to the score of a live document of window `w` that is at least `minLength`
 * long. With one tf throughout the window the bound is exact (the contribution never grows with the
 * length), so a document scoring exactly the bound is recognized as a tie; otherwise the highest tf
 * gives it, with headroom for rounding, capped by the window's exact maximum.
 */
export function boundIn(windows: TermWindows, w: number, minLength: number, idf: number, params: Bm25Parameters): number {
  const { stats } = windows;
  const at = w * STATS;
  const max = stats[at + MAX] as number;
  const length = Math.max(minLength, stats[at + MIN_LENGTH] as number);
  const maxTf = stats[at + MAX_TF] as number;
  if (stats[at + MIN_TF] === maxTf) return Math.min(max, contribution(idf, maxTf, length, params));
  return Math.min(max, contribution(idf, maxTf, length, params) * ROUNDING_HEADROOM);
}

/** Bounds per term, valid for one version of the index; least recently used terms are dropped first. */
export class WindowBoundsCache {
  private readonly entries = new Map<string, { version: number; windows: TermWindows }>();

  get(term: string, version: number, build: () => TermWindows): TermWindows {
    let entry = this.entries.get(term);
    if (entry) {
      // Re-inserted so the Map's order is the order of last use.
      this.entries.delete(term);
      if (entry.version !== version) entry = { version, windows: build() };
    } else entry = { version, windows: build() };
    this.entries.set(term, entry);
    if (this.entries.size > CACHED_TERMS) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return entry.windows;
  }
}
