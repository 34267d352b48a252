// Small checks on words and on the gaps between tokens that name finding makes for every capitalized word. They
// read characters instead of running a regex or cutting a substring each time; each one states the regex or the
// expression it stands for, and tests hold them to it.
import { classOf, codePointAt, DIGIT, SPACE, UPPER } from './chars.ts';

const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LOWER_S = 115;
const NEWLINE = 10;

const isQuote = (c: number): boolean => c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE;

/** Length of what `/['’]s?$/` matches at the end of `text` ("'s", "’", …), 0 when it does not match. */
export function possessiveLength(text: string): number {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (isQuote(last)) return 1;
  return last === LOWER_S && n >= 2 && isQuote(text.charCodeAt(n - 2)) ? 2 : 0;
}

/** `text.replace(/['’]s?$/, '')` */
export function withoutPossessive(text: string): string {
  const n = possessiveLength(text);
  return n === 0 ? text : text.slice(0, text.length - n);
}

/** `text.slice(from, to).includes('\n')` */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === NEWLINE) return true;
  return false;
}

const WHITESPACE = /^\s$/;

/** `text.slice(from, to).trim() !== ''`: something other than white space lies in between. */
export function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 128 || !WHITESPACE.test(text.charAt(i))) return true;
  }
  return false;
}

const SHOUT_MARKS = new Set([APOSTROPHE, RIGHT_SINGLE_QUOTE, 46, 45]);

/** `/^[\p{Lu}\p{N}'’.-]{3,}$/u.test(text)`: a word in capitals (or digits), as headlines write them. */
export function isShouting(text: string): boolean {
  let count = 0;
  for (let i = 0; i < text.length;) {
    const codePoint = codePointAt(text, i, text.length);
    if ((classOf(codePoint) & (UPPER | DIGIT)) === 0 && !SHOUT_MARKS.has(codePoint)) return false;
    i += codePoint > 0xffff ? 2 : 1;
    count++;
  }
  return count >= 3;
}

/** Whether a UTF-16 code unit is white space for a regex's `\s`. */
export const isSpaceUnit = (c: number): boolean => (classOf(c) & SPACE) !== 0;

/** `text.split(/\s+/).filter(Boolean).length`: the runs of non-space characters. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpaceUnit(c);
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** `text` with every character a regular expression gives a meaning to escaped, to match it as written. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with each run of white space made one space, as a name or a role is shown: "Kyhesha-Lee  Joughin". */
export const oneLine = (text: string): string => (UNEVEN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text);
/** White space other than one plain space: most names and roles have none, and are shown as they are. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/** Whether any of `words` is in `set` (or in `other`). */
export const someIn = (words: readonly string[], set: ReadonlySet<string>, other?: ReadonlySet<string>): boolean =>
  words.some((w) => set.has(w) || !!other?.has(w));
