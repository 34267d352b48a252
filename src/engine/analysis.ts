// Per-article facts computed once per content version: quotes (for the quote index) and counts.
import type { Article, Quote } from './types.ts';
import { extractQuotes } from './quotes/index.ts';

/** Adult silent reading speed used for "N min read". */
export const WORDS_PER_MINUTE = 230;

/**
 * Words as a reader counts them: runs of non-space characters that contain a letter or digit
 * ("—" alone is not a word). A character loop, not a Unicode regex: this runs on every article at load.
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    // Letters and digits: ASCII fast path, anything beyond ASCII counts as a letter (accents, CJK…).
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 8212 && c !== 8211 && c !== 8220 && c !== 8221 && c !== 8216 && c !== 8217))) {
      counted = true;
      n++;
    }
  }
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

/**
 * Quotes worth showing first, in the article's order: attributed and substantial ones, each from a speaker not shown
 * yet while there are any (a reader wants the story's voices, not three quotes of its first speaker); then the rest,
 * best first.
 */
export function keyQuotes(quotes: readonly Quote[], max: number): Quote[] {
  const words = (q: Quote): number => q.text.split(/\s+/).length;
  const ranked = quotes
    .map((quote, index) => ({ quote, index, weight: (quote.speaker ? 2 : 0) + (words(quote) >= 6 ? 1 : 0) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const chosen = new Set<(typeof ranked)[number]>();
  const heard = new Set<string>();
  for (const r of ranked) {
    if (chosen.size >= max || r.weight < BEST_WEIGHT) break;
    if (heard.has(r.quote.speaker ?? '')) continue;
    chosen.add(r);
    heard.add(r.quote.speaker ?? '');
  }
  for (const r of ranked) if (chosen.size < max) chosen.add(r);
  return [...chosen].sort((a, b) => a.index - b.index).map((r) => r.quote);
}
/** The weight of a quote both attributed and substantial. */
const BEST_WEIGHT = 3;
