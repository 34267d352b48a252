import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

// Quoted words that are no one's speech: scare quotes, titles, unbalanced marks.
describe('what is not a quote', () => {
  it('ignores one- and two-word scare quotes', () => {
    expect(extractQuotes('He called the plan "fake news" and walked away from the "so-called" experts.')).toEqual([]);
  });

  it('ignores a short quoted title after "on"', () => {
    expect(extractQuotes('She appeared on "Face the Nation" this weekend.')).toEqual([]);
  });

  it('ignores an attributed title in Title Case but keeps a short sentence', () => {
    expect(extractQuotes('At an event billed as "Hard Hats for Hillary," Clinton unveiled a plan.')).toEqual([]);
    // However long, without a sentence's last mark: a book's title.
    expect(extractQuotes('According to E. J. Fleming\'s "The Fixers: Eddie Mannix, Howard Strickling and the MGM '
      + 'Publicity Machine" and other sources, his was an all-purpose job.')).toEqual([]);
    expect(extractQuotes('Obama said: "It\'s about me."').map((q) => q.text)).toEqual(["It's about me."]);
  });

  it('does not let an unbalanced mark swallow the next paragraphs', () => {
    const body = 'He said "this will never end.\n\nThe next paragraph has no quotes at all.\n\nNeither does this one, "really".';
    for (const quote of extractQuotes(body)) for (const [s, e] of quote.spans) expect(body.slice(s, e)).not.toContain('\n');
  });
});
