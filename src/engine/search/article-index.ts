// Ranked keyword search over articles: one index over headline and body, one over headlines alone
// (headlines decide what a person means when they type "xi" into /brief).
import type { Article } from '../types.ts';
import { tokenize } from '../text/tokens.ts';
import { InvertedIndex, termCounts } from './inverted-index.ts';
import { queryTerms } from './query.ts';

/** A headline word is worth this many body words. */
const TITLE_WEIGHT = 3;

export interface ArticleMatch {
  readonly id: string;
  readonly score: number;
}

export class ArticleIndex {
  private readonly full = new InvertedIndex();
  private readonly titles = new InvertedIndex();
  private readonly docById = new Map<string, number>();
  private readonly idByDoc = new Map<number, string>();
  private nextDoc = 0;

  add(article: Article): void {
    this.remove(article.id);
    const doc = this.nextDoc++;
    const titleTerms = [...tokenize(article.title), ...article.id.split('-')];
    this.full.add(doc, termCounts(titleTerms, TITLE_WEIGHT, tokenize(article.body)));
    this.titles.add(doc, termCounts(titleTerms, 1, []));
    this.docById.set(article.id, doc);
    this.idByDoc.set(doc, article.id);
  }

  remove(id: string): void {
    const doc = this.docById.get(id);
    if (doc === undefined) return;
    this.full.remove(doc);
    this.titles.remove(doc);
    this.docById.delete(id);
    this.idByDoc.delete(doc);
  }

  /** Articles matching every word (the last one as a prefix when `typing`), else any word. */
  search(query: string, options: { typing?: boolean; titlesOnly?: boolean; limit?: number } = {}): ArticleMatch[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const index = options.titlesOnly ? this.titles : this.full;
    const prefixLast = options.typing === true;
    const docs = index.search({ terms, prefixLast, match: 'best', limit: options.limit });
    return docs.map(({ doc, score }) => ({ id: this.idByDoc.get(doc) ?? '', score })).filter((m) => m.id !== '');
  }
}
