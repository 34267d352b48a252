import { describe, expect, it } from 'vitest';
import { QuoteIndex } from '../../../src/engine/search/quote-index.ts';
import type { Article, Quote } from '../../../src/engine/types.ts';

const article = (id: string, title = id): Article => ({ id, title, body: '', source: null, url: null, publishedAt: null, addedAt: '2026-01-01T00:00:00.000Z', file: null, contentHash: id });
const quote = (text: string, speaker: string | null): Quote => ({ text, speaker, role: null, verb: 'said', spans: [[0, text.length]] });

function sample(): QuoteIndex {
  const ix = new QuoteIndex();
  ix.setArticleQuotes(article('xi', 'Xi pledges ties'), [
    quote('China and Vietnam represent a community with a shared future', 'Xi Jinping'),
    quote('fought side by side', 'Xi Jinping'),
  ]);
  ix.setArticleQuotes(article('lam', 'Vietnam pledges'), [
    quote('We regard China as the strategic choice', 'To Lam'),
    quote('Vietnam firmly supports China', 'To Lam'),
    quote('No comment on policies', null),
  ]);
  return ix;
}

describe('QuoteIndex', () => {
  it('finds quotes by words, forgiving case and plurals', () => {
    const hits = sample().search({ text: 'STRATEGIC choices' });
    expect(hits[0]?.record.quote.speaker).toBe('To Lam');
    expect(sample().search({ text: 'policy' }).map((h) => h.record.quote.text)).toEqual(['No comment on policies']);
  });

  it('filters by any part of the speaker name, case- and accent-insensitively', () => {
    expect(sample().search({ speaker: 'lam', limit: 10 }).map((h) => h.record.quote.speaker)).toEqual(['To Lam', 'To Lam']);
    expect(sample().search({ speaker: 'JINPÍNG', limit: 10 })).toHaveLength(2);
  });

  it('filters by article and combines filters with words', () => {
    expect(sample().search({ articleId: 'xi', limit: 10 })).toHaveLength(2);
    expect(sample().search({ text: 'china', articleId: 'lam', limit: 10 }).map((h) => h.record.articleId)).toEqual(['lam', 'lam']);
    expect(sample().search({ text: 'china', speaker: 'xi', articleId: 'lam' })).toEqual([]);
  });

  it('replaces an article’s quotes when it changes and forgets them when it goes', () => {
    const ix = sample();
    ix.setArticleQuotes(article('xi'), [quote('a new statement', 'Xi Jinping')]);
    expect(ix.search({ text: 'fought' })).toEqual([]);
    expect(ix.search({ speaker: 'xi', limit: 10 })).toHaveLength(1);
    ix.removeArticle('xi');
    expect(ix.speakers()).toEqual(['To Lam']);
  });

  it('finds a body of three words or more by its initials, which the engine spells out: speaker:dnc', () => {
    const ix = new QuoteIndex();
    ix.setArticleQuotes(article('party'), [
      quote('We offer a deep and sincere apology', 'Democratic National Committee'),
      quote('We will win', 'Donald Trump'),
    ]);
    expect(ix.search({ speaker: 'DNC', limit: 10 }).map((h) => h.record.quote.speaker)).toEqual(['Democratic National Committee']);
    expect(ix.speakers('dnc')).toEqual(['Democratic National Committee']);
    // (Set apart from the name: a part that would run into them finds nothing; a two-word name has no initials to match.)
    expect(ix.speakers('committee d')).toEqual([]);
    expect(ix.speakers('dt')).toEqual([]);
  });

  it('does not find a described speaker by whom they belong to: speaker:trump is not "a longtime adviser to Trump"', () => {
    const ix = new QuoteIndex();
    ix.setArticleQuotes(article('race'), [
      quote('We will win this state by a lot', 'a longtime adviser to Trump'),
      quote('We will build the wall', 'Donald Trump'),
      quote('We have a ton of work to do', 'A spokesman for Hillary Clinton'),
    ]);
    expect(ix.search({ speaker: 'trump', limit: 10 }).map((h) => h.record.quote.speaker)).toEqual(['Donald Trump']);
    expect(ix.search({ speaker: 'adviser', limit: 10 }).map((h) => h.record.quote.speaker)).toEqual(['a longtime adviser to Trump']);
    expect(ix.speakers('clinton')).toEqual([]);
    expect(ix.speakers('spokesman')).toEqual(['A spokesman for Hillary Clinton']);
  });

  it('lists speakers most quoted first, matching any part of the name', () => {
    const ix = sample();
    ix.setArticleQuotes(article('more'), [quote('x', 'To Lam')]);
    expect(ix.speakers()).toEqual(['To Lam', 'Xi Jinping']);
    expect(ix.speakers('jin')).toEqual(['Xi Jinping']);
  });
});
