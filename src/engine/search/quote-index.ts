// Quote look-up by words, by speaker ("any part of the name") and by article.
import type { Article, Quote } from '../types.ts';
import { tokenize } from '../text/tokens.ts';
import { InvertedIndex, termCounts } from './inverted-index.ts';
import { foldForMatch, queryTerms } from './query.ts';
import { initialsOf } from '../entities/initials.ts';

export interface QuoteRecord {
  readonly quote: Quote;
  readonly articleId: string;
  readonly articleTitle: string;
  /** Position of the quote in its article, so a listing keeps the article's order. */
  readonly position: number;
}

export interface QuoteQuery {
  readonly text?: string;
  readonly speaker?: string;
  readonly articleId?: string;
  readonly limit?: number;
}

export interface QuoteMatch {
  readonly record: QuoteRecord;
  readonly score: number;
}

export class QuoteIndex {
  private readonly index = new InvertedIndex();
  private readonly records = new Map<number, QuoteRecord>();
  private readonly docsByArticle = new Map<string, number[]>();
  /**
   * Folded speaker name → its quotes, and the text a speaker filter matches in it (see `matchTextOf`); there
   * are far fewer speakers than quotes, so filters scan this.
   */
  private readonly docsBySpeaker = new Map<string, { name: string; match: string; docs: Set<number> }>();
  /**
   * Each quote's speaker as a small number (0 = none), so a speaker filter is an array look-up per
   * posting, not a string comparison or a Map look-up: it runs for every quote a common word matches.
   */
  private speakerOfDoc: Int32Array = new Int32Array(1024);
  private readonly speakerNumber = new Map<string, number>();
  private nextDoc = 0;

  get size(): number {
    return this.records.size;
  }

  setArticleQuotes(article: Article, quotes: readonly Quote[]): void {
    this.removeArticle(article.id);
    const docs: number[] = [];
    quotes.forEach((quote, position) => {
      const doc = this.nextDoc++;
      this.index.add(doc, termCounts(quote.speaker ? tokenize(quote.speaker) : [], 1, tokenize(quote.text)));
      this.records.set(doc, { quote, articleId: article.id, articleTitle: article.title, position });
      docs.push(doc);
      if (quote.speaker) {
        const key = foldForMatch(quote.speaker);
        this.setSpeakerOfDoc(doc, key);
        let entry = this.docsBySpeaker.get(key);
        if (!entry) this.docsBySpeaker.set(key, (entry = { name: quote.speaker, match: matchTextOf(quote.speaker), docs: new Set() }));
        entry.docs.add(doc);
      }
    });
    this.docsByArticle.set(article.id, docs);
  }

  removeArticle(articleId: string): void {
    for (const doc of this.docsByArticle.get(articleId) ?? []) {
      const record = this.records.get(doc);
      this.index.remove(doc);
      this.records.delete(doc);
      if (doc < this.speakerOfDoc.length) this.speakerOfDoc[doc] = 0;
      if (record?.quote.speaker) {
        const key = foldForMatch(record.quote.speaker);
        const entry = this.docsBySpeaker.get(key);
        entry?.docs.delete(doc);
        if (entry && entry.docs.size === 0) this.docsBySpeaker.delete(key);
      }
    }
    this.docsByArticle.delete(articleId);
  }

  quotesOf(articleId: string): QuoteRecord[] {
    return (this.docsByArticle.get(articleId) ?? []).flatMap((doc) => this.records.get(doc) ?? []);
  }

  /** Distinct speakers whose name contains `part` (case- and accent-insensitive), most quoted first. */
  speakers(part = '', limit = 25): string[] {
    const needle = foldForMatch(part);
    const found: { name: string; count: number }[] = [];
    for (const entry of this.docsBySpeaker.values()) if (entry.match.includes(needle)) found.push({ name: entry.name, count: entry.docs.size });
    return found
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((s) => s.name);
  }

  search(query: QuoteQuery): QuoteMatch[] {
    const limit = query.limit ?? 5;
    const filter = this.filterFor(query);
    const terms = queryTerms(query.text ?? '');
    if (terms.length === 0) return this.firstAllowed(query, filter, limit);
    return this.index.search({ terms, match: 'best', filter: filter ?? undefined, limit }).flatMap(({ doc, score }) => {
      const record = this.records.get(doc);
      return record ? [{ record, score }] : [];
    });
  }

  /** Every record (for picking a random quote). */
  all(): QuoteRecord[] {
    return [...this.records.values()];
  }

  /**
   * A per-document test for the speaker and article filters, or null when neither is given. It checks
   * the few matching speaker names, not a set of every matching quote: no allocation per quote.
   */
  private filterFor(query: QuoteQuery): ((doc: number) => boolean) | null {
    const inArticle = query.articleId === undefined ? null : new Set(this.docsByArticle.get(query.articleId) ?? []);
    const speakerKeys = query.speaker === undefined || query.speaker.trim() === '' ? null : this.matchingSpeakerKeys(query.speaker);
    if (!inArticle && !speakerKeys) return null;
    let allowedSpeakers: Uint8Array | null = null;
    if (speakerKeys) {
      allowedSpeakers = new Uint8Array(this.speakerNumber.size + 1);
      for (const key of speakerKeys) allowedSpeakers[this.speakerNumber.get(key) ?? 0] = 1;
      allowedSpeakers[0] = 0;
    }
    const speakerOfDoc = this.speakerOfDoc;
    return (doc) => {
      if (inArticle && !inArticle.has(doc)) return false;
      return !allowedSpeakers || allowedSpeakers[speakerOfDoc[doc] ?? 0] === 1;
    };
  }

  private matchingSpeakerKeys(part: string): Set<string> {
    const needle = foldForMatch(part);
    const keys = new Set<string>();
    for (const [key, entry] of this.docsBySpeaker) if (entry.match.includes(needle)) keys.add(key);
    return keys;
  }

  private setSpeakerOfDoc(doc: number, key: string): void {
    let number = this.speakerNumber.get(key);
    if (number === undefined) this.speakerNumber.set(key, (number = this.speakerNumber.size + 1));
    this.speakerOfDoc = grown(this.speakerOfDoc, doc + 1);
    this.speakerOfDoc[doc] = number;
  }

  /** No words: the first quotes (in corpus order) the filters allow, scanning only the candidates. */
  private firstAllowed(query: QuoteQuery, filter: ((doc: number) => boolean) | null, limit: number): QuoteMatch[] {
    let candidates: Iterable<number>;
    if (query.articleId !== undefined) candidates = this.docsByArticle.get(query.articleId) ?? [];
    else if (query.speaker !== undefined && query.speaker.trim() !== '') {
      const keys = this.matchingSpeakerKeys(query.speaker);
      // A speaker's set lists its quotes in insertion order, which is doc order (doc numbers only
      // grow), so its first `limit` are its smallest: no need to walk thousands of quotes per query.
      candidates = [...keys].flatMap((key) => first(this.docsBySpeaker.get(key)?.docs, limit));
    } else candidates = this.records.keys();
    const picked = smallest(filter ? [...candidates].filter(filter) : candidates, limit);
    return picked.flatMap((doc) => {
      const record = this.records.get(doc);
      return record ? [{ record, score: 0 }] : [];
    });
  }
}

/** Grows a typed array to hold index `size - 1`, doubling, keeping its contents. */
function grown(array: Int32Array, size: number): Int32Array {
  if (size <= array.length) return array;
  let capacity = array.length;
  while (capacity < size) capacity *= 2;
  const next = new Int32Array(capacity);
  next.set(array);
  return next;
}

/** The first `limit` members of a set, in its iteration order. */
function first(values: Set<number> | undefined, limit: number): number[] {
  const found: number[] = [];
  if (!values || limit <= 0) return found;
  for (const v of values) {
    found.push(v);
    if (found.length >= limit) break;
  }
  return found;
}

// A described speaker opens with a lowercase word or a determiner ("a longtime adviser to Trump", "A spokesman
// for the campaign"); a name does neither.
const DESCRIBED = /^(?:\p{Ll}|(?:A|An|The|One|Another|Some|His|Her|Their|Its)\s)/u;
const BELONGING_TAIL = /\s(?:of|to|for|with|at|from|in|on|as)\s.*$/su;

/** How many words a name needs for its initials to be matched too ("Democratic National Committee": "DNC"). */
const MIN_WORDS_FOR_INITIALS = 3;

/**
 * What a speaker filter matches in a speaker: a name whole, a description up to whom it belongs to — so that
 * `speaker:trump` finds Trump's quotes, not those of "a longtime adviser to Trump", whom "adviser" still finds.
 * A long name's initials too, set apart so no part runs into them: the engine spells a body's initials out, and
 * `speaker:dnc` should still find the Democratic National Committee.
 */
function matchTextOf(speaker: string): string {
  if (DESCRIBED.test(speaker)) return foldForMatch(speaker.replace(BELONGING_TAIL, ''));
  const initials = initialsOf(speaker);
  return initials.length >= MIN_WORDS_FOR_INITIALS ? `${foldForMatch(speaker)}\n${foldForMatch(initials)}` : foldForMatch(speaker);
}

/** The `limit` smallest numbers, ascending, without sorting them all. */
function smallest(values: Iterable<number>, limit: number): number[] {
  const best: number[] = [];
  for (const v of values) {
    if (best.length === limit && v >= (best[limit - 1] as number)) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1] as number) > v) i--;
    best.splice(i, 0, v);
    if (best.length > limit) best.pop();
  }
  return best;
}
