import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { keysOf, sameName } from '../../../src/engine/entities/name-keys.ts';
import { tokenize } from '../../../src/engine/entities/tokens.ts';
import { extractEntities } from '../../../src/engine/entities.ts';

describe('tokenize', () => {
  it('keeps abbreviation and initial periods on their word, and splits a sentence-final period off', () => {
    expect(tokenize('Mr. J. Smith left the U.S. today.').map((t) => t.text)).toEqual(['Mr.', 'J.', 'Smith', 'left', 'the', 'U.S.', 'today', '.']);
  });

  it('gives offsets that point back at each token\'s text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (text) => {
      for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    }));
  });
});

describe('name keys', () => {
  it('matches a surname, a first word, or first and last words to the fuller form', () => {
    expect(sameName(keysOf('Clinton'), keysOf('Hillary Clinton'))).toBe(true);
    expect(sameName(keysOf('Xi'), keysOf('Xi Jinping'))).toBe(true);
    expect(sameName(keysOf('Hillary Clinton'), keysOf('Hillary Rodham Clinton'))).toBe(true);
    expect(sameName(keysOf('Eric Trump'), keysOf('Donald Trump'))).toBe(false);
  });

  it('ignores possessives and periods', () => {
    expect(keysOf("Mr. O'Malley's")).toEqual(['mr', "o'malley"]);
  });

  it('reads "al-Assad" and "Assad" as one surname', () => {
    expect(sameName(keysOf('Assad'), keysOf('Bashar al-Assad'))).toBe(true);
    expect(sameName(keysOf('Al-Awlaki'), keysOf('Anwar al-Awlaki'))).toBe(true);
  });

  it('reads a curly apostrophe inside a name as a straight one: "James O’Neill" is "O\'Neill"', () => {
    expect(sameName(keysOf("O'Neill"), keysOf('James O’Neill'))).toBe(true);
  });

  it('reads a name\'s letters without their accents: "Pero Antić" is "Pero Antic", "Supré" is "Supre"', () => {
    expect(sameName(keysOf('Pero Antic'), keysOf('Pero Antić'))).toBe(true);
    expect(sameName(keysOf('Supre'), keysOf('Geert Supré'))).toBe(true);
    expect(extractEntities('The players Pero Antić and Thabo Sefolosha were held. Cuffed: Pero Antic left.').people)
      .toEqual(['Pero Antić', 'Thabo Sefolosha']);
  });

  it('reads a name\'s words like the regex split it stands for, on any text', () => {
    // The character loop of keysOf against `toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)` and its clean-up.
    const byRegex = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)
      .map((part) => part.replaceAll('’', "'").normalize('NFD').replace(/\p{M}/gu, '').replace(/^(?:al|el)-(?=\p{L})/u, ''))
      .map((part) => (part.endsWith("'s") ? part.slice(0, -2) : part.replace(/['-]+$/, '')))
      .filter(Boolean);
    const pieces = ['Anna', 'É', 'İ', 'Σ', "'", '’', '-', ' ', '.', ',', 's', "'s", '’s', '\u0301', '1', '😀', '\ud835', '\n',
      'al-', 'El-'];
    const text = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (t) => {
      expect(keysOf(t)).toEqual(byRegex(t));
    }), { numRuns: 3000 });
  });

  it('lets every name match itself', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('Anna', 'Berg', 'de', 'Xi', 'Jinping', 'Lam'), { minLength: 1, maxLength: 4 }), (parts) => {
      const keys = keysOf(parts.join(' '));
      expect(sameName(keys, keys)).toBe(true);
    }));
  });
});
