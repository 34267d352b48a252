// A small word tokenizer with positions, shared by name finding and quote attribution. It keeps a period on
// abbreviations and initials ("Mr.", "J.", "U.S.") so that only real sentence ends come out as "." tokens.
import { ABBREVIATIONS } from './lexicon.ts';
import { classOf, codePointAt, DIGIT, LETTER, MARK, SPACE, UPPER } from './chars.ts';
import { gluedNameAt } from './glued-names.ts';

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

// The tokens are what the regex
//   `\p{Lu}\.(?:\p{Lu}\.)+|(?<![#@])[a-z]{2,}(?=[A-Z][a-z])|[0-9]+(?=-\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’-]*[\p{L}\p{M}\p{N}])?\.?|\S`
// (flag `u`) matches: dotted acronyms ("U.S."), a lowercase word a page glued to a capitalized one ("bet" of
// "betTom"), a number before a hyphen and a capital ("15" of "15-Stuart"), words (with inner apostrophes and
// hyphens, as in "O’Malley", "al-Assad") and an optional trailing period, or any other single non-space character.
// It is read here by hand, character by character, because it runs on every article at load and the regex with its
// substrings was the tokenizer's main cost; tests check this reading against the regex on arbitrary text.
const WORD_START = LETTER | DIGIT;
const WORD_PART = LETTER | MARK | DIGIT;
const PERIOD = 46;
const APOSTROPHE = 39;
const HYPHEN = 45;
const RIGHT_SINGLE_QUOTE = 0x2019;

const widthOf = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** End of `\p{Lu}\.(?:\p{Lu}\.)+` for the capital at `i` (`width` code units), or -1 when there is none. */
function acronymEnd(text: string, i: number, width: number, to: number): number {
  let j = i + width;
  if (j >= to || text.charCodeAt(j) !== PERIOD) return -1;
  j++;
  let end = -1;
  while (j < to) {
    const codePoint = codePointAt(text, j, to);
    if ((classOf(codePoint) & UPPER) === 0) break;
    const k = j + widthOf(codePoint);
    if (k >= to || text.charCodeAt(k) !== PERIOD) break;
    j = k + 1;
    end = j;
  }
  return end;
}

// ASCII characters of a word: letters and digits anywhere (capitals told apart), apostrophes and hyphens only inside.
const WORD_CHAR = 1;
const CAPITAL_CHAR = 2;
const INNER_CHAR = 3;
const ASCII_WORD_CHARS = new Uint8Array(128).map((_, c) => {
  if (c === APOSTROPHE || c === HYPHEN) return INNER_CHAR;
  if ((classOf(c) & UPPER) !== 0) return CAPITAL_CHAR;
  return (classOf(c) & WORD_PART) !== 0 ? WORD_CHAR : 0;
});

/**
 * Whether the word wordEnd last read is plain ASCII without a capital, so that it is its own lowercase form:
 * toLowerCase is skipped for it (a call that costs much more on text with non-Latin characters anywhere in it).
 */
let plainWord = true;

/** End of the rest of a word from `i`: letters, marks and digits, with apostrophes and hyphens only inside it. */
function wordEnd(text: string, i: number, to: number): number {
  let j = i;
  let end = i;
  let plain = true;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      const part = ASCII_WORD_CHARS[c];
      if (part === WORD_CHAR) end = ++j;
      else if (part === INNER_CHAR) j++;
      else if (part === CAPITAL_CHAR) {
        end = ++j;
        plain = false;
      } else break;
      continue;
    }
    plain = false;
    if (c === RIGHT_SINGLE_QUOTE) { j++; continue; }
    const codePoint = codePointAt(text, j, to);
    if ((classOf(codePoint) & WORD_PART) === 0) break;
    j += widthOf(codePoint);
    end = j;
  }
  plainWord = plain;
  return end;
}

/**
 * Whether a word's period stays on it: after an initial (one capital) or an abbreviation ("Mr.", "Gen."), or when
 * glued to a letter after it ("D-N.Y."); otherwise it ends a sentence. `word` is the word without the period.
 * (Glued to a capitalized word, "02:00 BST.Harry's mother", or a number's to an acronym, "£35.NHS", it is a sentence
 * end whose space the page lost.)
 */
function keepsPeriod(text: string, word: Token, periodAt: number, from: number, to: number): boolean {
  // (A lowercase letter keeps it only as an abbreviation: "Roe v. Wade".)
  const initialOrAbbreviation = word.text.length === 1
    ? (classOf(word.text.charCodeAt(0)) & UPPER) !== 0 || ABBREVIATIONS.has(word.key)
    : ABBREVIATIONS.has(word.key);
  // ("7:19 p.m. EST by …": a time zone after the hour goes on with the sentence.)
  if (word.text === 'm' && TIME_OF_DAY.test(text.slice(Math.max(from, periodAt - 3), periodAt))
    && ZONE_AFTER.test(text.slice(periodAt + 1, Math.min(to, periodAt + 6)))) return true;
  return initialOrAbbreviation || (isLetterAt(text, periodAt + 1, to) && !opensWordAt(text, periodAt + 1, to)
    && !(DIGITS.test(word.text) && capitalAt(text, periodAt + 1, to) && capitalAt(text, periodAt + 2, to)));
}

const TIME_OF_DAY = /[ap]\.m$/;
const ZONE_AFTER = /^ (?:[ECMP][SD]?T|GMT|BST|UTC)\b/;

/** A number, whose period glued to an acronym ends a sentence: "meant to be £35.NHS Improvement said". */
const DIGITS = /^\d+$/;

function capitalAt(text: string, i: number, to: number): boolean {
  return i < to && (classOf(text.charCodeAt(i)) & UPPER) !== 0;
}

/** Whether a capital then a lowercase letter stand at `i` (code units, before `to`): "Harry", not "Y." or "USA". */
function opensWordAt(text: string, i: number, to: number): boolean {
  return i + 1 < to && (classOf(text.charCodeAt(i)) & UPPER) !== 0 && isLetterAt(text, i + 1, to)
    && (classOf(text.charCodeAt(i + 1)) & UPPER) === 0;
}

/** Whether the code unit at `i` (before `to`) is a letter on its own, as a one-character regex test reads it. */
function isLetterAt(text: string, i: number, to: number): boolean {
  return i < to && (classOf(text.charCodeAt(i)) & LETTER) !== 0;
}

/** Three lowercase letters each followed by a capital: words run together, not "McDonald" or "DeSantis". */
const RUN_ON = /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u;
const RUN_ON_LENGTH = 12;
/** '#' and '@', which open a hashtag or a handle. */
const TAGS: ReadonlySet<number> = new Set([35, 64]);
const LOWERCASE = /\p{Ll}/u;

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32) { i++; continue; }
    const codePoint = c < 128 ? c : codePointAt(text, i, to);
    const width = widthOf(codePoint);
    const cls = classOf(codePoint);
    if ((cls & SPACE) !== 0) { i += width; continue; }
    if ((cls & WORD_START) === 0) {
      out.push(makeToken(text.slice(i, i + width), i, false, false));
      i += width;
      continue;
    }
    const capitalized = (cls & UPPER) !== 0;
    const acronym = capitalized ? acronymEnd(text, i, width, to) : -1;
    if (acronym > 0) {
      out.push(makeToken(text.slice(i, acronym), i, true, true));
      i = acronym;
      continue;
    }
    // ("15-Stuart Hogg, 14-Sean Maitland": a team sheet's number, then the player's name.)
    const numbered = isDigitAscii(c) ? numberBeforeName(text, i, to) : -1;
    if (numbered > 0) {
      out.push(makeToken(text.slice(i, numbered), i, true, false));
      i = numbered;
      continue;
    }
    const end = wordEnd(text, i + width, to);
    // ("news from SuffolkJonathan Rees QC said": a capitalized word a page glued to a name; see gluedNameAt.)
    const gluedName = capitalized && !plainWord && !(i > from && TAGS.has(text.charCodeAt(i - 1)))
      ? gluedNameAt(text.slice(i, end)) : -1;
    if (gluedName > 0) {
      out.push(makeToken(text.slice(i, i + gluedName), i, true, true));
      i += gluedName;
      continue;
    }
    const glued = capitalized || plainWord ? -1 : gluedWordEnd(text, i, end, from, to);
    if (glued > 0) {
      out.push(plainToken(text.slice(i, glued), i));
      i = glued;
      continue;
    }
    // "CarterFlagShareLikeReplyPaige": a page's buttons run into the words beside them; such a run is no name.
    // ("#Franceisstrong", "@RealDonaldTrump": a hashtag or a handle is no name written in running text, unless in
    // capitals: "the @NRA", "her #RNC speech".)
    const named = capitalized && !(end - i >= RUN_ON_LENGTH && RUN_ON.test(text.slice(i, end)))
      && !(i > from && TAGS.has(text.charCodeAt(i - 1)) && LOWERCASE.test(text.slice(i, end)));
    const word = plainWord && c < 128 && !capitalized
      ? plainToken(text.slice(i, end), i)
      : makeToken(text.slice(i, end), i, true, named);
    if (end < to && text.charCodeAt(end) === PERIOD) {
      if (keepsPeriod(text, word, end, from, to)) out.push(makeToken(text.slice(i, end + 1), i, true, named));
      else out.push(word, makeToken('.', end, false, false));
      i = end + 1;
      continue;
    }
    out.push(word);
    i = end;
  }
  return out;
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isDigitAscii = (c: number): boolean => c >= 48 && c <= 57;

/** Where the digits at `i` end, if a hyphen and a capital follow them ("15-Stuart"); -1 otherwise. */
function numberBeforeName(text: string, i: number, to: number): number {
  let j = i;
  while (j < to && isDigitAscii(text.charCodeAt(j))) j++;
  if (j + 1 >= to || text.charCodeAt(j) !== HYPHEN) return -1;
  return (classOf(codePointAt(text, j + 1, to)) & UPPER) !== 0 ? j : -1;
}
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/**
 * Where a lowercase word that a page glued to a capitalized one ends: "…is a high stakes betTom Greatrex, the chief
 * executive", "unsupported on your deviceThe". Its lowercase letters (two or more, from the word's start) end before a
 * capital and a lowercase letter; -1 for any other word ("iPhone", "eBay", "@realDonaldTrump", "x-Ray").
 */
function gluedWordEnd(text: string, i: number, end: number, from: number, to: number): number {
  let j = i;
  while (j < end && isLowerAscii(text.charCodeAt(j))) j++;
  const tagged = i > from && TAGS.has(text.charCodeAt(i - 1));
  return j - i >= 2 && j + 1 < to && !tagged && isUpperAscii(text.charCodeAt(j)) && isLowerAscii(text.charCodeAt(j + 1))
    ? j : -1;
}

/** makeToken for a word of ASCII letters, digits, apostrophes and hyphens without a capital: its own key. */
function plainToken(text: string, start: number): Token {
  return { text, start, end: start + text.length, word: true, capitalized: false, key: text };
}

/** Abbreviated titles whose short form is also a given name: "Del. Stacey Plaskett" (a delegate), "Del Bigtree". */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([['del', 'delegate']]);

/** "WHO" in capitals is the World Health Organization, keyed as its dotted form, never the relative "who". */
const WHO_IN_CAPITALS = 'WHO';
const WHO_KEY = 'w.h.o';

function makeToken(text: string, start: number, word: boolean, capitalized: boolean): Token {
  const lower = word ? text.toLowerCase() : text;
  const key = word && lower.endsWith('.') ? SPELLED_OUT.get(lower.slice(0, -1)) ?? lower.slice(0, -1) : lower;
  return { text, start, end: start + text.length, word, capitalized, key: text === WHO_IN_CAPITALS ? WHO_KEY : key };
}

/** The word without a trailing period, lowercased: the key for the lexicon's sets. */
export function lexKey(token: Token): string {
  return token.key;
}

/** A token that ends a sentence: "." "!" "?" (abbreviation periods are part of their word, so never here). */
export function endsSentence(token: Token): boolean {
  return token.text === '.' || token.text === '!' || token.text === '?';
}

/**
 * Whether tokens[j] ends its sentence in running text: a period right before a comma or a closing bracket
 * closes an abbreviation instead ("Mitch McConnell, R-Ky., said", "Claire McCaskill (D-Mo.) scolded").
 */
export function endsSentenceAt(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !endsSentence(t)) return false;
  const next = tokens[j + 1]?.text;
  // (Nor does a mark that is part of a name: "consumer watchdog Which?, said", "Yahoo!, the company".)
  return !((t.text === '.' && next === ')') || next === ',');
}

/** Whether tokens[k] is a dash between words: "—", "–", or a hyphen with spaces around it ("Meadows - who …"). */
function isDashAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.text === '—' || t?.text === '–') return true;
  return t?.text === '-' && (tokens[k - 1]?.end ?? t.start) < t.start && t.end < (tokens[k + 1]?.start ?? t.end + 1);
}

/** Whether tokens[k] opens an aside between dashes: a dash, and a spaced hyphen only if another closes it before the
 * sentence ends ("Kelvin Meadows - who organised the event - called"; not "Hillary Clinton - this one focused …"). */
export function opensDashedAside(tokens: readonly Token[], k: number): boolean {
  if (!isDashAt(tokens, k)) return false;
  if (tokens[k]?.text !== '-') return true;
  for (let j = k + 1; j < tokens.length && !endsSentenceAt(tokens, j); j++) if (isDashAt(tokens, j)) return true;
  return false;
}
