// A compact BM25 index over numbered documents, with prefix expansion for type-ahead.
// Postings are flat arrays (doc, tf, doc, tf, …) appended on add; removal tombstones a doc and
// compaction happens when enough are dead, which keeps memory low for a corpus of 10,000+ articles.

const K1 = 1.2;
const B = 0.75;
/** How many vocabulary terms one typed prefix may stand for; more would be noise and slow. */
const MAX_PREFIX_EXPANSION = 64;

export interface ScoredDoc {
  readonly doc: number;
  readonly score: number;
}

export interface IndexQuery {
  readonly terms: readonly string[];
  /** Treat the last term as a prefix (the user is still typing it). */
  readonly prefixLast?: boolean;
  /** Keep only these documents (e.g. one article's quotes). */
  readonly filter?: (doc: number) => boolean;
  /** Every term must match (AND); otherwise any term scores (OR). */
  readonly requireAll?: boolean;
}

export class InvertedIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly lengths = new Map<number, number>();
  private totalLength = 0;
  private dead = 0;
  private sortedTerms: string[] | null = null;

  get documentCount(): number {
    return this.lengths.size;
  }

  has(doc: number): boolean {
    return this.lengths.has(doc);
  }

  /** Indexes a document given its terms, each with a weight (a title word may count three times). */
  add(doc: number, weightedTerms: Iterable<readonly [term: string, weight: number]>): void {
    if (this.lengths.has(doc)) throw new Error(`document ${doc} is already indexed`);
    const tf = new Map<string, number>();
    let length = 0;
    for (const [term, weight] of weightedTerms) {
      tf.set(term, (tf.get(term) ?? 0) + weight);
      length += weight;
    }
    for (const [term, count] of tf) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
        this.sortedTerms = null;
      }
      list.push(doc, count);
    }
    this.lengths.set(doc, length);
    this.totalLength += length;
  }

  remove(doc: number): void {
    const length = this.lengths.get(doc);
    if (length === undefined) return;
    this.lengths.delete(doc);
    this.totalLength -= length;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.lengths.size / 4) this.compact();
  }

  /** Vocabulary terms starting with `prefix`, most frequent first. */
  expandPrefix(prefix: string): string[] {
    if (prefix === '') return [];
    this.sortedTerms ??= [...this.postings.keys()].sort();
    const terms = this.sortedTerms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] ?? '') < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < terms.length; i++) {
      const term = terms[i] ?? '';
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    if (found.length <= MAX_PREFIX_EXPANSION) return found;
    const df = (t: string): number => this.postings.get(t)?.length ?? 0;
    return found.sort((a, b) => df(b) - df(a)).slice(0, MAX_PREFIX_EXPANSION);
  }

  search(query: IndexQuery): ScoredDoc[] {
    const n = this.lengths.size;
    if (n === 0 || query.terms.length === 0) return [];
    const avgLength = this.totalLength / n || 1;
    const scores = new Map<number, number>();
    const matchedGroups = new Map<number, number>();
    const groups = query.terms.map((term, i) => (query.prefixLast && i === query.terms.length - 1 ? this.expandPrefix(term) : [term]));
    for (const group of groups) {
      const seenInGroup = new Set<number>();
      for (const term of group) {
        const list = this.postings.get(term);
        if (!list) continue;
        const idf = Math.log(1 + (n - list.length / 2 + 0.5) / (list.length / 2 + 0.5));
        for (let i = 0; i < list.length; i += 2) {
          const doc = list[i] as number;
          const length = this.lengths.get(doc);
          if (length === undefined || (query.filter && !query.filter(doc))) continue;
          const tf = list[i + 1] as number;
          const score = (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avgLength));
          scores.set(doc, (scores.get(doc) ?? 0) + score);
          if (!seenInGroup.has(doc)) {
            seenInGroup.add(doc);
            matchedGroups.set(doc, (matchedGroups.get(doc) ?? 0) + 1);
          }
        }
      }
    }
    const results: ScoredDoc[] = [];
    for (const [doc, score] of scores) {
      if (query.requireAll && matchedGroups.get(doc) !== groups.length) continue;
      results.push({ doc, score });
    }
    return results.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private compact(): void {
    for (const [term, list] of this.postings) {
      const kept: number[] = [];
      for (let i = 0; i < list.length; i += 2) if (this.lengths.has(list[i] as number)) kept.push(list[i] as number, list[i + 1] as number);
      if (kept.length === 0) this.postings.delete(term);
      else this.postings.set(term, kept);
    }
    this.dead = 0;
    this.sortedTerms = null;
  }
}
