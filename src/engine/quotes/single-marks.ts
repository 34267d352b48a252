// British style quotes with single marks ('We're no heroes,' he said / ‘We’re no heroes,’ he said) and nests double
// ones inside. The same mark is an apostrophe too (don't, it’s, the Swedes' holiday, the '90s), so single marks are
// read as quotation marks only in an article that quotes that way, and each one by its neighbours.
import { isSpaceUnit } from '../entities/text-checks.ts';

export type MarkRole = 'open' | 'close' | 'either';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
const CAPITAL = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
/** Marks after which a quote may open, besides a space or the paragraph's start. */
const BEFORE_OPENING = /[([{—–\-/:;]/;
/** Punctuation a quote's words end with before the closing mark: "tourists,'", "one day.'". */
const CLOSED_BEFORE = /[,.!?…]/;
/** What may follow a closing mark, besides a space or the paragraph's end. */
const AFTER_CLOSING = /[,.;:!?)\]}—–\-…]/;

/** Whether a quote within, in double marks, closed right before offset `i`, at most one space between: 'belly?" '. */
function quoteWithinClosedAt(body: string, i: number, from: number): boolean {
  const mark = body[i - 1] === ' ' ? i - 2 : i - 1;
  return mark > from && (body[mark] === '"' || body[mark] === '”') && CLOSED_BEFORE.test(body[mark - 1] ?? '');
}
/** Words spoken short with a mark before them: "We do it 'cos of the love of our team", "get 'em out". */
const ELISION = /^(?:cos|cause|em|til|bout|n|tis|twas)(?![\p{L}'’])/iu;

const at = (body: string, i: number, from: number, to: number): string => (i >= from && i < to ? body[i] ?? '' : '');
const isSpace = (c: string): boolean => c !== '' && isSpaceUnit(c.charCodeAt(0));

/** The first letter after offset `i` past spaces (one space at most: tokenized text writes "' We came"). */
function letterAfter(body: string, i: number, to: number): string {
  const c = at(body, i, 0, to);
  return isSpace(c) ? at(body, i + 1, 0, to) : c;
}

/** Lowercase words that no possessive comes before: conjunctions, prepositions, forms of "be". */
const OWN_NOTHING: ReadonlySet<string> = new Set(['but', 'and', 'or', 'as', 'to', 'in', 'on', 'at', 'for', 'from',
  'with', 'by', 'that', 'which', 'who', 'when', 'while', 'because', 'is', 'was', 'are', 'were', 'said', 'says']);
const WORD_AT = /^\p{Ll}+/u;
/** A saint's name ending in "s", right before a mark: "St James", "St. Thomas", "Saint Nicholas". */
const SAINTS_NAME = /\b(?:St\.?|Saint)\s+\p{Lu}\p{Ll}*s$/u;

/** Whether the word at `i` is one no possessive comes before. */
function ownsNothingAt(body: string, i: number, to: number): boolean {
  return OWN_NOTHING.has(WORD_AT.exec(body.slice(i, Math.min(to, i + 10)))?.[0] ?? '');
}

/** How the single mark at `i` works in a paragraph `[from, to)`: opens, closes, either, or is an apostrophe (null). */
export function singleRoleOf(body: string, i: number, from: number, to: number): MarkRole | null {
  const mark = body[i] ?? '';
  const prev = at(body, i - 1, from, to);
  const next = at(body, i + 1, from, to);
  // "don't", "it’s": a mark between letters is an apostrophe.
  if (LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next)) return null;
  const afterSpace = prev === '' || isSpace(prev) || BEFORE_OPENING.test(prev);
  const beforeSpace = next === '' || isSpace(next) || AFTER_CLOSING.test(next);
  // "the '90s", "‘16 race": a year or a decade, cut short.
  if (afterSpace && DIGIT.test(next)) return null;
  if (afterSpace && ELISION.test(body.slice(i + 1, Math.min(to, i + 6)))) return null;
  if (CLOSED_BEFORE.test(prev) && beforeSpace) return 'close';
  // "the Swedes' holiday": after a plural and before a lowercase word, a possessive; not before a word that owns
  // nothing: "to shut Lane's 'big brown eyes' but wasn't able to".
  if (prev === 's' && isSpace(next) && LOWERCASE.test(letterAfter(body, i + 1, to)) && !ownsNothingAt(body, i + 2, to)) {
    return null;
  }
  // ("at St James' Park": a saint's possessive, before the place or the day named after the saint.)
  if (prev === 's' && SAINTS_NAME.test(body.slice(Math.max(from, i - 24), i))) return null;
  if (LETTER_OR_DIGIT.test(prev) && beforeSpace) return 'close';
  // 'said: "Has she got a baby in her belly?" ' Lizzi now admits': right after a quote within that closed, the quote
  // around it closes too.
  if (beforeSpace && quoteWithinClosedAt(body, i, from)) return 'close';
  if (mark === '’') return null;
  if (afterSpace && (LETTER_OR_DIGIT.test(next) || CAPITAL.test(letterAfter(body, i + 1, to)))) return 'open';
  return afterSpace && beforeSpace ? 'either' : null;
}

/**
 * Whether the body quotes with single marks: more quoted sentences in single marks (a closing mark after the
 * punctuation that ends quoted words, an opening one a colon introduces) than quotation marks in double.
 */
export function quotesWithSingleMarks(body: string): boolean {
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // ('' is a double mark typed as two single ones: "''There is deep anxiety,'' Ms. Henry said".)
    const doubled = c === SINGLE && (body.charCodeAt(i + 1) === SINGLE || body.charCodeAt(i - 1) === SINGLE);
    if (c === DOUBLE || c === LEFT_DOUBLE || c === RIGHT_DOUBLE || doubled) doubles++;
    // A closing single mark right after the punctuation that ends quoted words: "tourists,'", "day.’".
    else if ((c === SINGLE || c === RIGHT_SINGLE) && CLOSED_BEFORE.test(body[i - 1] ?? '')) singles++;
    // An opening single mark after a colon, before a capital: "Mr Wang said: 'Big kites …".
    else if ((c === SINGLE || c === LEFT_SINGLE) && INTRODUCED.test(body.slice(Math.max(0, i - 2), i + 2))) singles++;
  }
  return singles >= MIN_SINGLE_QUOTES && singles > doubles / 2;
}
const DOUBLE = 0x22;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const SINGLE = 0x27;
const RIGHT_SINGLE = 0x2019;
const LEFT_SINGLE = 0x2018;
/** A colon, a space, the mark and a capital. */
const INTRODUCED = /^: .\p{Lu}$/u;
/** Quotes in single marks an article needs before its single marks count as quotation marks. */
const MIN_SINGLE_QUOTES = 2;
