// A small word tokenizer with positions, shared by name finding and quote attribution. It keeps a period on
// abbreviations and initials ("Mr.", "J.", "U.S.") so that only real sentence ends come out as "." tokens.
import { ABBREVIATIONS } from './lexicon.ts';

export interface Token {
  readonly text: string;
  /** Offset of the first character in the tokenized string. */
  readonly start: number;
  readonly end: number;
  /** A word (letters or digits) rather than a punctuation mark. */
  readonly word: boolean;
  /** Starts with an uppercase letter. */
  readonly capitalized: boolean;
  /** Lowercased, without a trailing period: the key for the lexicon's sets. */
  readonly key: string;
}

// Dotted acronyms ("U.S."), words (with inner apostrophes and hyphens, as in "O’Malley", "al-Assad") and an optional
// trailing period,
// numbers, or any other single non-space character. Each alternative is linear: no nested quantifiers.
const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}])?\.?|\S/gu;
const UPPER = /^\p{Lu}/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** Whether a character is a letter or digit: ASCII answered from its code, the rest by the Unicode regex. */
function isWordStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}

function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** Keeps the trailing period on a word only when the word is an abbreviation or an initial. */
function keepsPeriod(word: string): boolean {
  const bare = word.slice(0, -1);
  if (bare.length === 1) return isUpper(bare);
  return ABBREVIATIONS.has(bare.toLowerCase()) || bare.includes('.');
}

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    let value = m[0];
    const start = from + m.index;
    const word = isWordStart(value);
    if (word && value.length > 1 && value.endsWith('.') && !keepsPeriod(value)
      // A period glued to the next letter ("D-N.Y.") is inside an abbreviation, not a sentence end.
      && !isLetter(slice[m.index + value.length])) {
      value = value.slice(0, -1);
      out.push(makeToken(value, start, true));
      out.push(makeToken('.', start + value.length, false));
      continue;
    }
    out.push(makeToken(value, start, word));
  }
  return out;
}

function makeToken(text: string, start: number, word: boolean): Token {
  const lower = word ? text.toLowerCase() : text;
  const key = word && lower.endsWith('.') ? lower.slice(0, -1) : lower;
  return { text, start, end: start + text.length, word, capitalized: word && isUpper(text), key };
}

/** The word without a trailing period, lowercased: the key for the lexicon's sets. */
export function lexKey(token: Token): string {
  return token.key;
}

/** A token that ends a sentence: "." "!" "?" (abbreviation periods are part of their word, so never here). */
export function endsSentence(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?';
}
