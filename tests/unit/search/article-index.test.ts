import { describe, expect, it } from 'vitest';
import { ArticleIndex } from '../../../src/engine/search/article-index.ts';
import type { Article } from '../../../src/engine/types.ts';

const article = (id: string, title: string, body: string): Article => ({ id, title, body, source: null, url: null, publishedAt: null, addedAt: '2026-01-01T00:00:00.000Z', file: null, contentHash: id });

describe('ArticleIndex', () => {
  it('finds an acronym that is also a stop word (WHO, US) in the body', () => {
    const ix = new ArticleIndex();
    ix.add(article('health', 'Outbreak update', 'The WHO said on Monday that cases fell.'));
    ix.add(article('rates', 'Rates held', 'The central bank held rates.'));
    expect(ix.search('WHO').map((m) => m.id)).toEqual(['health']);
  });

  it('ranks a headline match above a body mention', () => {
    const ix = new ArticleIndex();
    ix.add(article('a', 'Harbor strike ends', 'Workers returned.'));
    ix.add(article('b', 'Weather', 'A harbor was mentioned once among many other words here.'));
    expect(ix.search('harbor').map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('matches the word being typed as a prefix, in headlines only when asked', () => {
    const ix = new ArticleIndex();
    ix.add(article('a', 'Strategic partnership', 'Text.'));
    ix.add(article('b', 'Other', 'A strategy.'));
    expect(ix.search('strat', { typing: true }).map((m) => m.id).sort()).toEqual(['a', 'b']);
    expect(ix.search('strat', { typing: true, titlesOnly: true }).map((m) => m.id)).toEqual(['a']);
  });
});
