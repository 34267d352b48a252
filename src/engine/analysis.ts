// Per-article facts computed once per content version: quotes (for the quote index) and counts.
import type { Article, Quote } from './types.ts';
import { extractQuotes } from './quotes/index.ts';

/** Adult silent reading speed used for "N min read". */
export const WORDS_PER_MINUTE = 230;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

export interface ArticleFacts {
  readonly quotes: readonly Quote[];
  readonly wordCount: number;
  readonly readingMinutes: number;
}

export function analyze(article: Pick<Article, 'body'>): ArticleFacts {
  const wordCount = countWords(article.body);
  return { quotes: extractQuotes(article.body), wordCount, readingMinutes: readingMinutes(wordCount) };
}

/** Quotes worth showing first: attributed, substantial, in the article's order. */
export function keyQuotes(quotes: readonly Quote[], max: number): Quote[] {
  const words = (q: Quote): number => q.text.split(/\s+/).length;
  const ranked = quotes
    .map((quote, index) => ({ quote, index, weight: (quote.speaker ? 2 : 0) + (words(quote) >= 6 ? 1 : 0) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, max);
  return ranked.sort((a, b) => a.index - b.index).map((r) => r.quote);
}
