import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

describe('a "she" or "he" and the gender already known of each person', () => {
  it('keeps the gender of a titled speaker named with a demonym, so a later "she" is not him', () => {
    const quotes = extractQuotes('French Prime Minister Manuel Valls told the Paris daily: “We have to get over partisan divides.”\n\n'
      + '“I see exactly the same brand of populism everywhere,” she told USA TODAY.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Manuel Valls', null]);
  });

  it('reads a middle initial "A." as an initial, not the article, so the person named is the "she"', () => {
    expect(only('Roberta A. Kaplan, a lawyer who represented plaintiffs, invoked the history in June. '
      + '“There can’t be separate but equal marriage,” she told the judge.').speaker).toBe('Roberta A. Kaplan');
  });
});
