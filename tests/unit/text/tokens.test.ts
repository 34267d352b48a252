import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { STOPWORDS, foldAccents, normalizeTerm, stemPlural, tokenize } from '../../../src/engine/text/tokens.ts';

describe('foldAccents', () => {
  it('removes diacritics and keeps everything else', () => {
    expect(foldAccents('Café Düsterwald São Paulo, naïve—über')).toBe('Cafe Dusterwald Sao Paulo, naive—uber');
  });

  it('leaves plain ASCII untouched', () => {
    expect(foldAccents('Plain text, 100%!')).toBe('Plain text, 100%!');
  });
});

describe('tokenize', () => {
  it('lowercases, folds accents and drops punctuation', () => {
    expect(tokenize('Café, CAFÉ! "Hello" (world)?')).toEqual(['cafe', 'cafe', 'hello', 'world']);
  });

  it("drops possessives and inner apostrophes, straight or curly: Vietnam's, Vietnam’s, don't", () => {
    expect(tokenize("Vietnam's Vietnam’s don't O'Neill players'")).toEqual(['vietnam', 'vietnam', 'dont', 'oneill', 'player']);
  });

  it('reads curly quotes and apostrophes like straight ones, with or without accented words nearby', () => {
    expect(tokenize('“Vietnam’s” policies—don’t')).toEqual(['vietnam', 'policy', 'dont']);
    expect(tokenize('“Vietnam’s” policies—don’t, café')).toEqual(['vietnam', 'policy', 'dont', 'cafe']);
  });

  it('splits at hyphens and dashes', () => {
    expect(tokenize('China-Vietnam ties—again')).toEqual(['china', 'vietnam', 'tie', 'again']);
  });

  it('keeps numbers whole: decimals keep their point, thousands lose their comma', () => {
    expect(tokenize('$1.5 million, 3.14 and 1,000 in the 1990s')).toEqual(['1.5', 'million', '3.14', 'and', '1000', 'in', 'the', '1990s']);
  });

  it('opens no word with a combining mark left from a symbol: "↚.ꛦ" ("←", a mark, a point, a number) is "ꛦ"', () => {
    // Found by the property below: the mark made the word "\u0338.ꛦ", whose folded term ".ꛦ" normalizeTerm changed.
    expect(tokenize('\u2190\u0338.\ua6e6')).toEqual(['\ua6e6']);
    expect(tokenize('Ame\u0301lie')).toEqual(['amelie']);
  });

  it('keeps stopwords (callers filter with STOPWORDS)', () => {
    expect(tokenize('The news is out')).toEqual(['the', 'news', 'is', 'out']);
  });

  it('returns nothing for text without words', () => {
    expect(tokenize(' -- ... !? ')).toEqual([]);
  });
});

describe('stemPlural', () => {
  it.each([
    ['policies', 'policy'], ['boxes', 'box'], ['ties', 'tie'], ['talks', 'talk'], ['classes', 'class'], ['wishes', 'wish'],
    ['churches', 'church'], ['houses', 'house'], ['movies', 'movie'], ['flies', 'fly'], ['children', 'child'], ['men', 'man'],
    ['crises', 'crisis'], ['heroes', 'hero'], ['ideas', 'idea'],
  ])('undoes the plural %s → %s', (plural, singular) => {
    expect(stemPlural(plural)).toBe(singular);
  });

  it.each(['news', 'is', 'was', 'bus', 'has', 'boss', 'status', 'crisis', 'series', 'species', 'texas', '1990s', 'policy', 'talk'])(
    'leaves %s alone',
    (word) => {
      expect(stemPlural(word)).toBe(word);
    },
  );

  it('maps a singular and its plural to the same term', () => {
    for (const [one, many] of [['policy', 'policies'], ['box', 'boxes'], ['tie', 'ties'], ['movie', 'movies'], ['class', 'classes']]) {
      expect(normalizeTerm(one ?? '')).toBe(normalizeTerm(many ?? ''));
    }
  });
});

describe('normalizeTerm', () => {
  it('normalizes one word exactly as tokenize does', () => {
    for (const word of ['Café', "Vietnam's", 'Policies', 'BOXES', 'news', '1,000']) expect([normalizeTerm(word)]).toEqual(tokenize(word));
  });

  it('returns an empty string when no word is left', () => {
    expect(normalizeTerm('...')).toBe('');
    expect(normalizeTerm('')).toBe('');
  });

  it('normalizes a prefix like a word, so prefix search can use it', () => {
    expect(normalizeTerm('Polic')).toBe('polic');
    expect(normalizeTerm('Caf')).toBe('caf');
  });
});

describe('STOPWORDS', () => {
  it('holds common function words in normalized form', () => {
    for (const word of ['the', 'and', 'of', 'is', 'was', 'said']) expect(STOPWORDS.has(word)).toBe(true);
    expect(STOPWORDS.has(normalizeTerm('does'))).toBe(true);
  });

  it('does not hold content words', () => {
    for (const word of ['china', 'president', 'news', 'won']) expect(STOPWORDS.has(word)).toBe(false);
  });

  it('holds only fixed points of normalizeTerm, so it can filter tokenize output', () => {
    for (const word of STOPWORDS) expect(normalizeTerm(word)).toBe(word);
  });
});

describe('tokens: properties', () => {
  const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

  it('produces lowercase, accent-free terms that normalizeTerm leaves unchanged', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const term of tokenize(t)) {
          expect(term.length).toBeGreaterThan(0);
          expect(term).toBe(term.toLowerCase());
          expect(/\s/.test(term)).toBe(false);
          expect(foldAccents(term)).toBe(term);
          expect(normalizeTerm(term)).toBe(term);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tokenizes text joined by a space as the concatenation of its parts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(tokenize(`${a} ${b}`)).toEqual([...tokenize(a), ...tokenize(b)]);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on single words', () => {
    fc.assert(fc.property(text, (w) => normalizeTerm(normalizeTerm(w)) === normalizeTerm(w)), { numRuns: 500 });
  });
});
