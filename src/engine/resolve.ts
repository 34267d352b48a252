// Deciding which article a person means by what they typed: an id, or words of the headline or body.
import type { Article } from './types.ts';

export type ArticleResolution =
  | { readonly kind: 'found'; readonly article: Article }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Article[] }
  | { readonly kind: 'none' };

interface Lookups {
  byId(id: string): Article | undefined;
  titleMatches(query: string): readonly { id: string; score: number }[];
  fullTextMatches(query: string): readonly { id: string; score: number }[];
}

/** A best match this much stronger than the runner-up is taken as the one meant. */
const CLEAR_LEAD = 1.5;
const MAX_CANDIDATES = 5;

export function resolveArticle(text: string, lookups: Lookups): ArticleResolution {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none' };
  const exact = lookups.byId(trimmed) ?? lookups.byId(trimmed.toLowerCase());
  if (exact) return { kind: 'found', article: exact };
  for (const matches of [lookups.titleMatches(trimmed), lookups.fullTextMatches(trimmed)]) {
    const articles = matches.flatMap((m) => {
      const article = lookups.byId(m.id);
      return article ? [{ article, score: m.score }] : [];
    });
    const [best, second] = articles;
    if (!best) continue;
    if (!second || best.score >= second.score * CLEAR_LEAD) return { kind: 'found', article: best.article };
    return { kind: 'ambiguous', candidates: articles.slice(0, MAX_CANDIDATES).map((a) => a.article) };
  }
  return { kind: 'none' };
}
