import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace, toWellFormed, truncate } from '../../../src/render/text.ts';
import { hostileText, wellFormedText } from './arbitraries.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}\p{M}]/u.test(ch);
const lastCodePoint = (s: string): string | undefined => [...s].at(-1);
const firstCodePoint = (s: string): string | undefined => [...s.slice(0, 2)][0];
/** The kept part of a truncated text: without the final "…" (and the space before it after a sentence). */
const keptPart = (result: string): string => result.replace(/ ?…$/u, '');

describe('truncate', () => {
  it('returns text that already fits unchanged', () => {
    expect(truncate('Short enough.', 13)).toBe('Short enough.');
  });

  it('cuts at the last sentence end when it keeps most of the text, marking the cut with " …"', () => {
    const text = 'The council voted on Monday. The mayor then resigned after a long debate.';
    expect(truncate(text, 40)).toBe('The council voted on Monday. …');
  });

  it('cuts at a word boundary when the last sentence end is too far back', () => {
    const text = 'Hi. The council voted on Monday to approve the new budget for schools.';
    expect(truncate(text, 30)).toBe('Hi. The council voted on…');
  });

  it('does not take an abbreviation or an initial for a sentence end', () => {
    expect(truncate('He met Mr. Smith and J. Doe in the U.S. capital on Tuesday', 22)).toBe('He met Mr. Smith and…');
  });

  it('drops a dangling comma or opening bracket before the ellipsis', () => {
    expect(truncate('apples, pears (and more)', 15)).toBe('apples, pears…');
    expect(truncate('apples, pears, and more', 15)).toBe('apples, pears…');
  });

  it('cuts inside a word only when the first word alone is longer than max', () => {
    expect(truncate('Supercalifragilistic expialidocious', 10)).toBe('Supercali…');
  });

  it('never splits a surrogate pair or an emoji grapheme on a hard cut', () => {
    expect(truncate('😀😀😀😀', 4)).toBe('😀…');
    expect(truncate('👨‍👩‍👧👨‍👩‍👧', 9)).toBe('👨‍👩‍👧…');
  });

  it('never leaves a lone markdown-escape backslash before the ellipsis', () => {
    expect(truncate('\\*\\*\\*\\*', 4)).toBe('\\*…');
  });

  it('handles the smallest budgets', () => {
    expect(truncate('abc', 0)).toBe('');
    expect(truncate('abc', 1)).toBe('…');
    expect(truncate('abc', 2)).toBe('a…');
    expect(() => truncate('abc', -1)).toThrow(RangeError);
  });

  it('property: the result is never longer than max, and unchanged when the text fits', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 0, max: 5000 }), (text, max) => {
        const result = truncate(text, max);
        expect(result.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(result).toBe(text);
        else if (max > 0) expect(result.endsWith('…')).toBe(true);
      }),
    );
  });

  it('property: a cut keeps a prefix of the text, never ends mid-word when a word boundary fits, never splits a pair', () => {
    fc.assert(
      fc.property(wellFormedText, fc.integer({ min: 2, max: 400 }), (text, max) => {
        fc.pre(text.length > max);
        const kept = keptPart(truncate(text, max));
        expect(text.startsWith(kept)).toBe(true);
        expect(LONE_SURROGATE.test(kept)).toBe(false);
        const boundaryFits = /\S\s/u.test(text.slice(0, max));
        if (boundaryFits) {
          const midWord = isWordChar(lastCodePoint(kept)) && isWordChar(firstCodePoint(text.slice(kept.length)));
          expect(midWord).toBe(false);
        }
      }),
    );
  });
});

describe('toWellFormed', () => {
  it('replaces lone surrogates and keeps pairs', () => {
    expect(toWellFormed('a\uD83Db\uDE00c😀')).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('property: never leaves a lone surrogate and changes nothing else', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const fixed = toWellFormed(text);
        expect(LONE_SURROGATE.test(fixed)).toBe(false);
        expect(fixed.length).toBe(text.length);
      }),
    );
  });
});

describe('collapseWhitespace', () => {
  it('turns runs of spaces and line breaks into one space and trims', () => {
    expect(collapseWhitespace('  a\n\n b\t c  ')).toBe('a b c');
  });
});
