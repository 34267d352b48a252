// Quote look-up by words, by speaker ("any part of the name") and by article.
import type { Article, Quote } from '../types.ts';
import { tokenize } from '../text/tokens.ts';
import { InvertedIndex } from './inverted-index.ts';
import { foldForMatch, queryTerms } from './query.ts';

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
  /** Folded speaker name → its quotes; there are far fewer speakers than quotes, so filters scan this. */
  private readonly docsBySpeaker = new Map<string, { name: string; docs: Set<number> }>();
  private nextDoc = 0;

  get size(): number {
    return this.records.size;
  }

  setArticleQuotes(article: Article, quotes: readonly Quote[]): void {
    this.removeArticle(article.id);
    const docs: number[] = [];
    quotes.forEach((quote, position) => {
      const doc = this.nextDoc++;
      const speakerTerms = quote.speaker ? tokenize(quote.speaker) : [];
      this.index.add(doc, [...tokenize(quote.text), ...speakerTerms].map((t) => [t, 1] as const));
      this.records.set(doc, { quote, articleId: article.id, articleTitle: article.title, position });
      docs.push(doc);
      if (quote.speaker) {
        const key = foldForMatch(quote.speaker);
        let entry = this.docsBySpeaker.get(key);
        if (!entry) this.docsBySpeaker.set(key, (entry = { name: quote.speaker, docs: new Set() }));
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
    for (const [key, entry] of this.docsBySpeaker) if (key.includes(needle)) found.push({ name: entry.name, count: entry.docs.size });
    return found
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .slice(0, limit)
      .map((s) => s.name);
  }

  search(query: QuoteQuery): QuoteMatch[] {
    const limit = query.limit ?? 5;
    const allowed = this.allowedDocs(query);
    const terms = queryTerms(query.text ?? '');
    if (terms.length === 0) {
      // No words: every quote the filters allow, in article order.
      const docs = allowed ? [...allowed] : [...this.records.keys()];
      return docs
        .sort((a, b) => a - b)
        .slice(0, limit)
        .flatMap((doc) => {
          const record = this.records.get(doc);
          return record ? [{ record, score: 0 }] : [];
        });
    }
    const filter = allowed ? (doc: number) => allowed.has(doc) : undefined;
    const scored = this.index.search({ terms, match: 'best', filter, limit });
    return scored.flatMap(({ doc, score }) => {
      const record = this.records.get(doc);
      return record ? [{ record, score }] : [];
    });
  }

  /** Every record (for picking a random quote). */
  all(): QuoteRecord[] {
    return [...this.records.values()];
  }

  /** The documents the speaker and article filters allow, or null when neither is given. */
  private allowedDocs(query: QuoteQuery): Set<number> | null {
    let allowed: Set<number> | null = null;
    if (query.articleId !== undefined) allowed = new Set(this.docsByArticle.get(query.articleId) ?? []);
    if (query.speaker !== undefined && query.speaker.trim() !== '') {
      const needle = foldForMatch(query.speaker);
      const bySpeaker = new Set<number>();
      for (const [key, entry] of this.docsBySpeaker) {
        if (!key.includes(needle)) continue;
        for (const doc of entry.docs) if (!allowed || allowed.has(doc)) bySpeaker.add(doc);
      }
      allowed = bySpeaker;
    }
    return allowed;
  }
}
