// Splits an article body into sentences with exact offsets. A single left-to-right scan: every
// `.`, `?`, `!` or `…` is a candidate, and the words around it decide (abbreviations, initials,
// numbers, quotations). Any newline is a paragraph break, and a paragraph break always ends a sentence.
import type { Sentence } from '../types.ts';
import { SENTENCE_OPENERS, SPEECH_VERBS, periodKind } from './abbreviations.ts';

const TERMINATORS = '.?!…';
/** Finds the next candidate terminator; a regex scan is far cheaper than a per-character loop. */
const TERMINATOR = /[.?!…]/g;
/** Marks that may close a sentence after its terminator: `."`, `.”`, `.'`, `?)`. */
const CLOSERS = '"\'”’)]»';
/** Marks that may open a sentence: `"We`, `‘We`, `(The`. */
const OPENERS = '"\'“‘([«';

/** Same set as the regex `\s`, by character code (this runs on every candidate boundary). */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const isUpper = (ch: string | undefined): boolean => ch !== undefined && /\p{Lu}/u.test(ch);
const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Every sentence of `body`, in order, trimmed, with `body.slice(start, end) === text`. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  // A paragraph break is any run of whitespace that contains a newline.
  let paragraph = 0;
  let from = 0;
  for (let newline = body.indexOf('\n'); newline >= 0; newline = body.indexOf('\n', from)) {
    let to = newline;
    while (to > from && isSpace(body[to - 1])) to--;
    if (splitParagraph(body, from, to, paragraph, out)) paragraph++;
    from = newline + 1;
    while (from < body.length && isSpace(body[from])) from++;
  }
  splitParagraph(body, from, body.length, paragraph, out);
  return out;
}

/** Appends the sentences of `body[from, to)`; returns whether it held any text. */
function splitParagraph(body: string, from: number, to: number, paragraph: number, out: Sentence[]): boolean {
  const before = out.length;
  let start = from;
  TERMINATOR.lastIndex = from;
  for (let m = TERMINATOR.exec(body); m && m.index < to; m = TERMINATOR.exec(body)) {
    const i = m.index;
    const runEnd = endOfTerminatorRun(body, i, to);
    let end = runEnd;
    while (end < to && CLOSERS.includes(body[end] ?? '')) end++;
    TERMINATOR.lastIndex = runEnd;
    // "3.14", "U.S.A", "example.com", "10.30am": no space after the mark, no boundary; but a capitalized word glued
    // to it is a sentence whose space the page lost ("between 2006 and 2011.Mr Schmidt said").
    if (end >= to || (!isSpace(body[end]) && !opensWordAt(body, end, to) && !acronymAfterNumber(body, i, end, to))) continue;
    let next = end;
    while (next < to && isSpace(body[next])) next++;
    if (next < to && endsSentence(body, start, i, runEnd, end, next, to)) {
      push(body, start, end, paragraph, out);
      start = next;
    }
  }
  push(body, start, to, paragraph, out);
  return out.length > before;
}

// Scraped pages lose line breaks, gluing a photo caption to the next sentence: "...for $20 He was once...".
// A capitalized subject pronoun right after a lowercase word or a number, and itself followed by a
// lowercase word, starts a new sentence: in edited prose a mid-sentence "He"/"She" never has a capital.
// (The regex looks for the pronoun only; the character before it is checked by hand, which is faster.)
const LOST_BREAK = /(?:He|She|They|We|It)\s+\p{Ll}/gu;

/** Appends `body[from, to)` trimmed as one sentence, or several when it hides lost breaks. */
function push(body: string, from: number, to: number, paragraph: number, out: Sentence[]): void {
  let start = from;
  const text = body.slice(from, to);
  LOST_BREAK.lastIndex = 0;
  for (let m = LOST_BREAK.exec(text); m; m = LOST_BREAK.exec(text)) {
    let space = m.index;
    while (space > 0 && isSpace(text[space - 1])) space--;
    if (space === m.index || space === 0 || !/[\p{Ll}\d%]/u.test(text[space - 1] ?? '')) continue;
    pushTrimmed(body, start, from + m.index, paragraph, out);
    start = from + m.index;
  }
  pushTrimmed(body, start, to, paragraph, out);
}

/** Whether a capital then a lowercase letter stand at `i`: "Mr", "Harry"; not "USA" or "Y.". */
function opensWordAt(body: string, i: number, to: number): boolean {
  return i + 1 < to && isUpper(body[i]) && isLower(body[i + 1]);
}

/** "… is meant to be £35.NHS Improvement said": a number's period glued to an acronym, which no decimal has. */
function acronymAfterNumber(body: string, mark: number, at: number, to: number): boolean {
  return at === mark + 1 && isDigit(body[mark - 1]) && at + 1 < to && isUpper(body[at]) && isUpper(body[at + 1]);
}

/** End of a run like `?!`, `...`, `…` or a spaced ellipsis `. . .` starting at `i`. */
function endOfTerminatorRun(body: string, i: number, to: number): number {
  let j = i + 1;
  for (;;) {
    if (j < to && TERMINATORS.includes(body[j] ?? '')) j++;
    else if (body[i] === '.' && body[j] === ' ' && body[j + 1] === '.' && j + 1 < to) j += 2;
    else return j;
  }
}

/**
 * Whether the terminator run `body[mark, runEnd)` (closers up to `end`) ends the sentence begun at
 * `start`, given that the next text begins at `next`.
 */
function endsSentence(body: string, start: number, mark: number, runEnd: number, end: number, next: number, to: number): boolean {
  let wordAt = next;
  while (wordAt < to && OPENERS.includes(body[wordAt] ?? '')) wordAt++;
  const opensQuote = wordAt > next;
  const nextWord = wordAfter(body, wordAt, to);
  const first = body[wordAt];
  const run = body.slice(mark, runEnd);
  const closed = end > runEnd;

  // A lowercase continuation ("etc. and", `"Will we win?" he asked`) never starts a new sentence,
  // except for brand-style words like "iPhone".
  if (isLower(first)) {
    return /\p{Lu}/u.test(nextWord) && (run !== '.' || periodKind(wordBefore(body, start, mark)) === null);
  }
  if (run.includes('?') || run.includes('!')) return !(closed && attributionFollows(body, wordAt, to));
  if (run !== '.') return true; // ellipsis followed by a capital, digit or quote

  const kind = closed ? null : periodKind(wordBefore(body, start, mark));
  switch (kind) {
    case 'title':
    case 'inner':
      return false;
    case 'numeric':
      return !isDigit(first);
    case 'ambiguous':
      return opensQuote || SENTENCE_OPENERS.has(nextWord);
    default:
      return true;
  }
}

/** The word ending at `mark` (exclusive), without leading brackets or quotes: "Mr", "U.S", "e.g". */
function wordBefore(body: string, start: number, mark: number): string {
  let i = mark;
  while (i > start && !isSpace(body[i - 1])) i--;
  while (i < mark && OPENERS.includes(body[i] ?? '')) i++;
  return body.slice(i, mark);
}

/** The letters and digits starting at `at`: "The", "iPhone", "2015". */
function wordAfter(body: string, at: number, to: number): string {
  let j = at;
  while (j < to && /[\p{L}\p{N}]/u.test(body[j] ?? '')) j++;
  return body.slice(at, j);
}

/** `"Will we win?" Smith asked.`: up to three capitalized names, then a speech verb. */
function attributionFollows(body: string, at: number, to: number): boolean {
  let j = at;
  for (let words = 0; words < 4 && j < to; words++) {
    const word = wordAfter(body, j, to);
    if (!word) return false;
    if (SPEECH_VERBS.has(word.toLowerCase())) return true;
    if (!isUpper(word[0]) || SENTENCE_OPENERS.has(word)) return false;
    j += word.length;
    if (body[j] === '.') j++; // "Mr. Smith said"
    if (!isSpace(body[j])) return false;
    while (j < to && isSpace(body[j])) j++;
  }
  return false;
}

function pushTrimmed(body: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && isSpace(body[start])) start++;
  while (end > start && isSpace(body[end - 1])) end--;
  if (end > start) out.push({ text: body.slice(start, end), start, end, paragraph });
}
