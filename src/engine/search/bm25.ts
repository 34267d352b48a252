// The BM25 arithmetic, in one place: the exhaustive scorer, the pruned top-k scorer and the per-window
// score bounds must all compute a term's contribution with the very same floating-point operations, in
// the same order, or equal scores would differ in the last bit and ties would break differently.

const K1 = 1.2;
const B = 0.75;

/** The corpus-wide numbers a query's scores depend on; they change whenever a document is added or removed. */
export interface Bm25Parameters {
  /** Live documents. */
  readonly n: number;
  /** k1·(1 − b): the part of the length normalization every document shares. */
  readonly lengthNorm: number;
  /** k1·b / average length: the part proportional to the document's own length. */
  readonly lengthScale: number;
}

export function bm25Parameters(n: number, totalLength: number): Bm25Parameters {
  const avgLength = totalLength / n || 1;
  return { n, lengthNorm: K1 * (1 - B), lengthScale: (K1 * B) / avgLength };
}

/**
 * Inverse document frequency, already multiplied by (k1 + 1). `df` counts a posting list's entries,
 * removed documents included until compaction, so it can exceed `n` and make the idf negative.
 */
export function idfOf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1);
}

/** One term's share of a document's score: monotone in `tf`, and never larger for a longer document. */
export function contribution(idf: number, tf: number, length: number, p: Bm25Parameters): number {
  return (idf * tf) / (tf + p.lengthNorm + p.lengthScale * length);
}
