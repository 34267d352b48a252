import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { readSeed } from './seed-body.ts';

function speakerOf(body: string, words: string): string | null | undefined {
  return extractQuotes(body).find((q) => q.text.includes(words))?.speaker;
}

describe('quotes of the seed articles', () => {
  const xi = readSeed('000_74c523f694d52965.txt').body;
  const lam = readSeed('002_9206196dad91dbd5.txt').body;

  it('attributes the quote closed by "Xi stated" to Xi Jinping, the fullest form of "Xi"', () => {
    const quote = extractQuotes(xi).find((q) => q.text.startsWith('China and Vietnam, as friendly socialist neighbors'));
    expect(quote?.text).toBe('China and Vietnam, as friendly socialist neighbors, represent a community with a shared future that carries strategic significance');
    expect(quote?.speaker).toBe('Xi Jinping');
    expect(quote?.verb).toBe('stated');
  });

  it('attributes the partial quote after "He emphasized …, noting that they have" to Xi Jinping through the pronoun', () => {
    const quote = extractQuotes(xi).find((q) => q.text.startsWith('fought side by side'));
    expect(quote?.text).toBe('fought side by side and supported each other in their struggle for national independence and liberation.');
    expect(quote?.speaker).toBe('Xi Jinping');
    expect(quote?.verb).toBe('noting');
  });

  it('says who the seed speakers are, from the titles the articles write them with', () => {
    expect(new Set(extractQuotes(xi).map((q) => q.role))).toEqual(new Set(['Chinese President']));
    expect(new Set(extractQuotes(lam).map((q) => q.role))).toEqual(new Set(["Vietnam's President"]));
  });

  it('attributes "We regard China as the strategic choice …" to To Lam, not to "Lam"', () => {
    expect(speakerOf(lam, 'We regard China as the strategic choice and top priority of Vietnam\'s foreign policy')).toBe('To Lam');
  });

  it('attributes "Vietnam firmly supports China …" to To Lam', () => {
    expect(speakerOf(lam, 'Vietnam firmly supports China in achieving national reunification and opposes any interference in China\'s internal affairs')).toBe('To Lam');
  });

  it('gives spans that cover exactly the quoted words inside the marks', () => {
    for (const body of [xi, lam]) {
      for (const quote of extractQuotes(body)) {
        for (const [start, end] of quote.spans) {
          expect(body[start - 1]).toBe('"');
          expect(body[end]).toBe('"');
        }
      }
    }
  });

  it('finds exactly the two quotes of each seed', () => {
    expect(extractQuotes(xi)).toHaveLength(2);
    expect(extractQuotes(lam)).toHaveLength(2);
  });
});
