import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { endsSentenceAt, tokenize } from '../../../src/engine/entities/tokens.ts';
import { gluedNameAt } from '../../../src/engine/entities/glued-names.ts';
import type { Token } from '../../../src/engine/entities/tokens.ts';
import { ABBREVIATIONS } from '../../../src/engine/entities/lexicon.ts';

// The tokenizer as it was first written, with the regex the hand-written scanner stands for. The scanner must give
// exactly its tokens (text, offsets, flags, keys) on any text.
const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|(?<![#@])[a-z]{2,}(?=[A-Z][a-z])|[0-9]+(?=-\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}])?\.?|\S/gu;
const isUpper = (s: string): boolean => /^\p{Lu}/u.test(s);
const keepsPeriod = (word: string): boolean => {
  const bare = word.slice(0, -1);
  // (Later rule: a lowercase letter keeps it as an abbreviation, "Roe v. Wade".)
  if (bare.length === 1) return isUpper(bare) || ABBREVIATIONS.has(bare.toLowerCase());
  return ABBREVIATIONS.has(bare.toLowerCase()) || bare.includes('.');
};
// Later rules: words run together by a page's buttons are no name, nor is a hashtag or handle with a lowercase letter;
// "Del." is a delegate.
const runOn = (text: string): boolean => {
  const bare = text.endsWith('.') ? text.slice(0, -1) : text;
  return bare.length >= 12 && /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u.test(bare);
};
const makeToken = (text: string, start: number, word: boolean, tagged = false): Token => {
  const lower = word ? text.toLowerCase() : text;
  const bare = word && lower.endsWith('.') ? lower.slice(0, -1) : lower;
  const key = text === 'WHO' ? 'w.h.o' : bare !== lower && bare === 'del' ? 'delegate' : bare;
  return { text, start, end: start + text.length, word, capitalized: word && isUpper(text) && !runOn(text) && !tagged, key };
};
function regexTokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    // Later rule: a capitalized word glued to a name or a title is two ("SuffolkJonathan"; see gluedNameAt).
    const bare = m[0].replace(/\.$/, '');
    const glued = m.index > 0 && /[#@]/.test(slice[m.index - 1] ?? '') ? -1 : gluedNameAt(bare);
    if (glued > 0) out.push(makeToken(bare.slice(0, glued), from + m.index, true));
    const value = glued > 0 ? m[0].slice(glued) : m[0];
    const index = glued > 0 ? m.index + glued : m.index;
    const start = from + index;
    const word = /^[\p{L}\p{N}]/u.test(value);
    const tagged = index > 0 && /[#@]/.test(slice[index - 1] ?? '') && /\p{Ll}/u.test(value);
    const next = slice[index + value.length];
    // A period glued to a capital and a lowercase letter ends a sentence: "02:00 BST.Harry's mother".
    const after = slice[index + value.length + 1];
    const opensWord = next !== undefined && /\p{Lu}/u.test(next) && after !== undefined && /\p{L}/u.test(after)
      && !/\p{Lu}/u.test(after);
    // So does a number's period glued to two capitals: "£35.NHS Improvement".
    const acronymAfterNumber = /^\d+\.$/.test(value) && next !== undefined && /\p{Lu}/u.test(next) && after !== undefined
      && /\p{Lu}/u.test(after);
    // Later rule: "p.m." before a time zone keeps its period ("at 7:19 p.m. EST by").
    const zoned = value === 'm.' && /[ap]\.$/.test(slice.slice(Math.max(0, index - 2), index))
      && /^ (?:[ECMP][SD]?T|GMT|BST|UTC)\b/.test(slice.slice(index + 2, index + 7));
    if (word && value.length > 1 && value.endsWith('.') && !keepsPeriod(value) && !zoned
      && !(next !== undefined && /\p{L}/u.test(next) && !opensWord && !acronymAfterNumber)) {
      out.push(makeToken(value.slice(0, -1), start, true, tagged), makeToken('.', start + value.length - 1, false));
    } else out.push(makeToken(value, start, word, tagged));
  }
  return out;
}

/** Characters where the two readings could part: periods, apostrophes, hyphens, marks, case, spaces, surrogates. */
const TRICKY = ['a', 'Z', 'É', 'é', 'ß', 'Σ', 'ς', 'ǅ', 'İ', 'ﬁ', 'ᾼ', 'Ⅻ', '٣', '1', '.', '.', "'", '’', '-', ' ', '\n',
  '\u00a0', '\u2003', '\ufeff', '\u0301', '\u20dd', '\u0345', '“', '"', ',', '(', 'U', 'S', 'Mr', 'Sen', 'st', 'Del',
  'FlagShareLike', 'WHO', 'W', '35', 'NHS', 'v', '#', '@', 'bet', 'Tom', 'iPhone', 'Suffolk', 'Jonathan', 'President',
  'Kelly', 'Anne', 'p.m.', 'a', 'm', ' EST', 'GMT', '15', 'p.m. EST', 'a.m. GMT',
  '\ud835\udc00', '\ud835', '\udc00', '😀'];
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }).map((parts) => parts.join('')),
);

describe('tokenize, read by hand', () => {
  it('gives the same tokens as the regex it stands for, on any text', () => {
    fc.assert(fc.property(text, (t) => {
      expect(tokenize(t)).toEqual(regexTokenize(t));
    }), { numRuns: 3000 });
  });

  it('gives the same tokens as the regex within any range of the text, even one that cuts a surrogate pair', () => {
    fc.assert(fc.property(text, fc.nat(60), fc.nat(60), (t, a, b) => {
      const from = Math.min(a, t.length);
      const to = from + Math.min(b, t.length - from);
      expect(tokenize(t, from, to)).toEqual(regexTokenize(t, from, to));
    }), { numRuns: 2000 });
  });

  it('reads acronyms, initials, abbreviations, inner apostrophes and glued periods like the regex', () => {
    const samples = ['U.S.A. and U.Sx.', 'O’Malley’s al-Assad rock-’n’-roll well-', 'Rep. Smith (D-N.Y.) said so.',
      'ΟΔΟΣ. Éa. é.', 'J. R. R. Tolkien', 'x\u0301y\u0301.', '𝐀.𝐁. then', 'end.'];
    for (const s of samples) expect(tokenize(s)).toEqual(regexTokenize(s));
    expect(tokenize('U.S.A. and U.Sx.').map((t) => t.text)).toEqual(['U.S.A.', 'and', 'U.', 'Sx', '.']);
  });

  it('parts a lowercase word from a capitalized one a page glued to it, not a brand or a handle', () => {
    expect(tokenize('a high stakes betTom Greatrex, the').map((t) => [t.text, t.capitalized])).toEqual([['a', false],
      ['high', false], ['stakes', false], ['bet', false], ['Tom', true], ['Greatrex', true], [',', false], ['the', false]]);
    for (const whole of ['iPhone', 'eBay', 'x-Ray', 'abCD']) expect(tokenize(whole).map((t) => t.text)).toEqual([whole]);
    expect(tokenize('@realDonaldTrump').map((t) => t.text)).toEqual(['@', 'realDonaldTrump']);
  });

  it('parts a capitalized word a page glued to a name, a title or a sentence\'s first word, not a name or a brand', () => {
    expect(tokenize('from SuffolkJonathan Rees, the TalibanPresident').map((t) => t.text)).toEqual(['from', 'Suffolk',
      'Jonathan', 'Rees', ',', 'the', 'Taliban', 'President']);
    expect(tokenize('Sarah CampbellThe recent').map((t) => t.text)).toEqual(['Sarah', 'Campbell', 'The', 'recent']);
    for (const whole of ['KellyAnne', 'RoseAnn', 'UnitedHealth', 'HuffPollster', 'NextGen']) {
      expect(tokenize(whole).map((t) => t.text)).toEqual([whole]);
    }
  });

  it('parts a team sheet\'s number from the name after its hyphen, not a score or a date: "15-Stuart Hogg", "2-1"', () => {
    expect(tokenize('15-Stuart Hogg, 2-1, 9-11').map((t) => t.text)).toEqual(['15', '-', 'Stuart', 'Hogg', ',', '2-1', ',',
      '9-11']);
  });

  it('ends a sentence at a period glued to a capitalized word, not at one glued to a capital alone', () => {
    expect(tokenize('at 02:00 BST.Harry said (D-N.Y.)').map((t) => t.text))
      .toEqual(['at', '02', ':', '00', 'BST', '.', 'Harry', 'said', '(', 'D-N.', 'Y.', ')']);
    expect(tokenize('be £35.NHS chief').map((t) => t.text)).toEqual(['be', '£', '35', '.', 'NHS', 'chief']);
  });
});

describe('endsSentenceAt', () => {
  const stops = (text: string) => {
    const tokens = tokenize(text);
    return tokens.flatMap((t, j) => (endsSentenceAt(tokens, j) ? [t.start] : []));
  };

  it('ends a sentence at a full stop, a question mark and an exclamation mark', () => {
    expect(stops('He left. Why? Go!')).toEqual([7, 12, 16]);
  });

  it('does not end one at the period of an abbreviation before a comma or a closing bracket', () => {
    expect(stops('Mitch McConnell, R-Ky., said so. Claire McCaskill (D-Mo.) agreed.')).toEqual([31, 64]);
  });

  it('does not end one at "p.m." before a time zone, but does before another word: "at 7:19 p.m. EST by Bash"', () => {
    expect(stops('It was sent at 7:19 p.m. EST by Bash.')).toEqual([36]);
    expect(stops('It was sent at 7:19 p.m. Bash left.')).toEqual([23, 34]);
  });
});
