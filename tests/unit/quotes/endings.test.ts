import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { endsWithMark, PUNCTUATION, STOPS } from '../../../src/engine/quotes/endings.ts';

const pieces = ['a', ' ', '.', '!', '?', '…', ',', ';', ':', '—', '–', '-', "'", '’', '"', '”', ')', ']', '(', '“', 'x.'];
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join('')));

describe('endsWithMark', () => {
  it('matches the regexes it replaces, within any range of the text', () => {
    fc.assert(fc.property(text, fc.nat(12), fc.nat(12), (t, a, b) => {
      const from = Math.min(a, t.length);
      const to = from + Math.min(b, t.length - from);
      const slice = t.slice(from, to);
      expect(endsWithMark(t, from, to, STOPS)).toBe(/[.!?…]['’"”)\]]*$/.test(slice));
      expect(endsWithMark(t, from, to, '.')).toBe(/\.['’"”)\]]*$/.test(slice));
      expect(endsWithMark(t, from, to, PUNCTUATION)).toBe(/[.!?…,;:—–-]["'’”)\]]*$/.test(slice));
    }), { numRuns: 3000 });
  });

  it('looks past closing quotes and brackets, but not past words', () => {
    expect(endsWithMark('He said "so."”)', 0, 15, STOPS)).toBe(true);
    expect(endsWithMark('so. he', 0, 6, STOPS)).toBe(false);
  });
});
