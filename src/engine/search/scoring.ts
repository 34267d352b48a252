// What both search strategies share: the query as posting lists grouped by query word, the reusable
// per-document buffers, and the rank order with its tie-break.

/** One vocabulary term of a query: its postings (doc, tf, doc, tf, …) and its idf. */
export interface TermPostings {
  readonly term: string;
  readonly list: readonly number[];
  readonly idf: number;
}

/**
 * A query word's terms: one, or all the expansions of a prefix. A document "matches the group" when
 * it contains any of them, and scores for each one it contains.
 */
export type TermGroup = readonly TermPostings[];

/**
 * Per-document scratch space, indexed by doc number and reused across queries so a search allocates
 * almost nothing. Every entry a search sets it puts back to 0 before returning.
 */
export interface ScoringBuffers {
  /** Length of each live document; 0 = not indexed (or removed). */
  readonly lengths: Float64Array;
  readonly scores: Float64Array;
  /** How many groups a document has matched. */
  readonly groupHits: Uint16Array;
  /** The last group (index + 1) that counted a document, so a prefix group's terms count once. */
  readonly lastGroup: Int32Array;
  /** Documents touched so far. */
  readonly touched: Int32Array;
}

export interface ScoredDoc {
  readonly doc: number;
  readonly score: number;
}

/** Rank order: higher score first, then the lower doc number (older document). */
export function ranksBefore(score: number, doc: number, otherScore: number, otherDoc: number): boolean {
  return score > otherScore || (score === otherScore && doc < otherDoc);
}

/**
 * The best `limit` entries seen so far, in rank order, by insertion into a short list. `limit` is
 * small (a page of results), so an insertion shifts a handful of entries at most.
 */
export class BestList {
  readonly docs: number[] = [];
  readonly scores: number[] = [];
  /**
   * [score, doc] of the last entry once the list is full, [-Infinity, Infinity] until then: what a
   * newcomer must outrank. A typed array, so the per-document checks read it without boxing numbers.
   */
  readonly floor = new Float64Array([-Infinity, Infinity]);

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.docs.length >= this.limit;
  }

  /** Whether a document would be kept; cheap, so callers ask before `offer`. */
  admits(doc: number, score: number): boolean {
    return ranksBefore(score, doc, this.floor[0] as number, this.floor[1] as number);
  }

  offer(doc: number, score: number): void {
    if (!this.admits(doc, score)) return;
    const { docs, scores } = this;
    let i = docs.length;
    while (i > 0 && ranksBefore(score, doc, scores[i - 1] as number, docs[i - 1] as number)) i--;
    docs.splice(i, 0, doc);
    scores.splice(i, 0, score);
    if (docs.length > this.limit) {
      docs.pop();
      scores.pop();
    }
    if (docs.length === this.limit) {
      this.floor[0] = scores[this.limit - 1] as number;
      this.floor[1] = docs[this.limit - 1] as number;
    }
  }

  results(): ScoredDoc[] {
    return this.docs.map((doc, i) => ({ doc, score: this.scores[i] as number }));
  }
}
