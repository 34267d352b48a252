// What a typed query means to the indexes: the same normalization as the documents, minus noise words.
import { STOPWORDS, tokenize } from '../text/tokens.ts';

/** Query words, normalized like indexed text; stop words dropped unless the query is nothing but. */
export function queryTerms(query: string): string[] {
  const all = tokenize(query);
  const meaningful = all.filter((t) => !STOPWORDS.has(t));
  return meaningful.length > 0 ? meaningful : all;
}

/** Lowercase, accent-free, single-spaced: for "any part of the name" matching. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
