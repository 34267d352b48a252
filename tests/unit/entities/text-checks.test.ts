import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  countWords, hasLineBreak, hasNonSpace, isShouting, possessiveLength, withoutPossessive,
} from '../../../src/engine/entities/text-checks.ts';
import { classOf, DIGIT, LETTER, MARK, SPACE, UPPER } from '../../../src/engine/entities/chars.ts';

const PIECES = ['a', 'A', 's', 'S', "'", '’', '-', '.', '1', 'É', 'ß', ' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff',
  '\u180e', 'x', '\ud83d', '\ude00', '😀', 'Ⅻ', '٣'];
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join('')),
);
const range = (t: string, a: number, b: number): [number, number] => {
  const from = Math.min(a, t.length);
  return [from, from + Math.min(b, t.length - from)];
};

describe('text checks stand for the regexes and expressions they replace', () => {
  it('possessiveLength and withoutPossessive match /[\'’]s?$/', () => {
    fc.assert(fc.property(text, (t) => {
      expect(possessiveLength(t)).toBe(/['’]s?$/.exec(t)?.[0].length ?? 0);
      expect(withoutPossessive(t)).toBe(t.replace(/['’]s?$/, ''));
    }), { numRuns: 3000 });
  });

  it('hasLineBreak and hasNonSpace match a slice\'s includes("\\n") and trim() !== ""', () => {
    fc.assert(fc.property(text, fc.nat(14), fc.nat(14), (t, a, b) => {
      const [from, to] = range(t, a, b);
      expect(hasLineBreak(t, from, to)).toBe(t.slice(from, to).includes('\n'));
      expect(hasNonSpace(t, from, to)).toBe(t.slice(from, to).trim() !== '');
    }), { numRuns: 3000 });
  });

  it('hasNonSpace agrees with trim() on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (hasNonSpace(ch, 0, 1) !== (ch.trim() !== '')) expect(c).toBe(-1);
    }
  });

  it('countWords matches split(/\\s+/).filter(Boolean).length', () => {
    fc.assert(fc.property(text, (t) => {
      expect(countWords(t)).toBe(t.split(/\s+/).filter(Boolean).length);
    }), { numRuns: 3000 });
  });

  it('isShouting matches /^[\\p{Lu}\\p{N}\'’.-]{3,}$/u', () => {
    fc.assert(fc.property(text, (t) => {
      expect(isShouting(t)).toBe(/^[\p{Lu}\p{N}'’.-]{3,}$/u.test(t));
    }), { numRuns: 3000 });
    expect(isShouting('NATO')).toBe(true);
    expect(isShouting('Nato')).toBe(false);
    expect(isShouting('UN')).toBe(false);
  });

  it('classOf gives the Unicode classes of a code point, as the property regexes do', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0x10ffff }), (codePoint) => {
      const ch = String.fromCodePoint(codePoint);
      const cls = classOf(codePoint);
      expect((cls & UPPER) !== 0).toBe(/^\p{Lu}$/u.test(ch));
      expect((cls & LETTER) !== 0).toBe(/^\p{L}$/u.test(ch));
      expect((cls & DIGIT) !== 0).toBe(/^\p{N}$/u.test(ch));
      expect((cls & MARK) !== 0).toBe(/^\p{M}$/u.test(ch));
      expect((cls & SPACE) !== 0).toBe(/^\s$/u.test(ch));
    }), { numRuns: 3000 });
  });
});
