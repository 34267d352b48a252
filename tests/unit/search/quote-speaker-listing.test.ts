import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuoteIndex } from '../../../src/engine/search/quote-index.ts';
import type { Article, Quote } from '../../../src/engine/types.ts';

const article = (id: string): Article => ({ id, title: id, body: '', source: null, url: null, publishedAt: null, addedAt: '2026-01-01T00:00:00.000Z', file: null, contentHash: id });
const quote = (text: string, speaker: string | null): Quote => ({ text, speaker, role: null, verb: 'said', spans: [[0, text.length]] });

const SPEAKERS = ['Ana Lima', 'Lima Costa', 'Tom Diallo', 'Maria Santos', null] as const;

describe('QuoteIndex speaker listing (no words)', () => {
  it('lists the earliest quotes of every matching speaker, in the order they were indexed', () => {
    const ix = new QuoteIndex();
    ix.setArticleQuotes(article('a1'), [quote('one', 'Ana Lima'), quote('two', 'Lima Costa'), quote('three', 'Tom Diallo'), quote('four', 'Ana Lima'), quote('five', 'Lima Costa')]);
    ix.setArticleQuotes(article('a2'), [quote('six', 'Ana Lima')]);
    expect(ix.search({ speaker: 'lima', limit: 3 }).map((h) => h.record.quote.text)).toEqual(['one', 'two', 'four']);
    // Re-indexing a1 puts its quotes after a2's.
    ix.setArticleQuotes(article('a1'), [quote('seven', 'Lima Costa')]);
    expect(ix.search({ speaker: 'lima', limit: 3 }).map((h) => h.record.quote.text)).toEqual(['six', 'seven']);
  });

  it('matches a model of corpus order over random re-indexing and removals', () => {
    const step = fc.record({
      articleId: fc.constantFrom('a', 'b', 'c', 'd'),
      remove: fc.boolean(),
      speakers: fc.array(fc.constantFrom(...SPEAKERS), { maxLength: 6 }),
    });
    const search = fc.record({ part: fc.constantFrom('lima', 'ANA', 'costa', 'o', 'santos', 'nobody'), limit: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.array(search, { minLength: 1, maxLength: 4 }), (steps, searches) => {
        const ix = new QuoteIndex();
        let model: { articleId: string; text: string; speaker: string | null }[] = [];
        let counter = 0;
        for (const { articleId, remove, speakers } of steps) {
          model = model.filter((q) => q.articleId !== articleId);
          if (remove) {
            ix.removeArticle(articleId);
            continue;
          }
          const quotes = speakers.map((speaker) => ({ articleId, text: `quote${counter++}`, speaker }));
          ix.setArticleQuotes(article(articleId), quotes.map((q) => quote(q.text, q.speaker)));
          model.push(...quotes);
        }
        for (const { part, limit } of searches) {
          const expected = model.filter((q) => q.speaker?.toLowerCase().includes(part.toLowerCase())).slice(0, limit).map((q) => q.text);
          expect(ix.search({ speaker: part, limit }).map((h) => h.record.quote.text)).toEqual(expected);
        }
      }),
    );
  });
});
