import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, keyQuotes, readingMinutes } from '../../../src/engine/analysis.ts';
import type { Quote } from '../../../src/engine/types.ts';

describe('countWords', () => {
  it('counts words as a reader does, not dashes or quotation marks', () => {
    expect(countWords('“We will win,” she said — twice.')).toBe(6);
    expect(countWords('China-Vietnam ties, 75th anniversary: $1.5 million.')).toBe(6);
    expect(countWords('Café  naïve\n\nrésumé')).toBe(3);
    expect(countWords('   ')).toBe(0);
  });

  it('equals the number of space-separated runs that hold a letter or digit', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', 'x1', '—', '“', 'élan', '...'), { maxLength: 30 }), (words) => {
        const expected = words.filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
        expect(countWords(words.join(' '))).toBe(expected);
      }),
    );
  });
});

describe('readingMinutes', () => {
  it('is at least a minute and about 230 words a minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230 * 4)).toBe(4);
  });
});

describe('keyQuotes', () => {
  const q = (text: string, speaker: string | null): Quote => ({ text, speaker, role: null, verb: 'said', spans: [[0, 1]] });
  it('prefers attributed, substantial quotes and keeps the article’s order', () => {
    const quotes = [q('short one', 'A'), q('an unattributed quote of many words here', null), q('a long attributed quote with many words', 'B'), q('another long attributed quote with words', 'C')];
    expect(keyQuotes(quotes, 2).map((x) => x.speaker)).toEqual(['B', 'C']);
    expect(keyQuotes(quotes, 3).map((x) => x.speaker)).toEqual(['A', 'B', 'C']);
  });

  it('shows as many of the article\'s voices as it can before a second quote of anyone', () => {
    const long = (n: number, speaker: string): Quote => q(`quote number ${n} of many words here`, speaker);
    const quotes = [long(1, 'A'), long(2, 'A'), long(3, 'A'), long(4, 'B'), long(5, 'C')];
    expect(keyQuotes(quotes, 3).map((x) => x.text.split(' ')[2])).toEqual(['1', '4', '5']);
    // (Then the best of the rest, in the article's order: A's second quote before a fragment of a new speaker.)
    const few = [long(1, 'A'), long(2, 'A'), q('a fragment', 'D')];
    expect(keyQuotes(few, 2).map((x) => x.text.split(' ')[2])).toEqual(['1', '2']);
  });
});
