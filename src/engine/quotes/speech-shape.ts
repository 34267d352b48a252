// Which quotations are speech worth a briefing, by their shape: not titles, slogans, scare quotes or names of works.
import { countWords } from '../entities/text-checks.ts';
import { endsWithMark, PUNCTUATION } from './endings.ts';
import type { QuotePiece } from './scan.ts';

/** Unattributed quotes shorter than this many words are scare quotes, titles or coinages, not speech. */
const MIN_UNATTRIBUTED_WORDS = 4;
/**
 * A partial quote (one that starts mid-sentence, in lowercase) counts only when attributed and at least this long:
 * short ones are mostly scare quotes and borrowed phrases ("a walking liability"), which briefings do not need.
 */
const MIN_PARTIAL_WORDS = 10;
/** Quotes of one piece and at most this many words are dropped, even when attributed. */
const MAX_SCARE_WORDS = 2;
/** Titles and slogans run up to this many words. */
const MAX_TITLE_WORDS = 8;
/** A one-piece quote this short without closing punctuation is a title or a label ("Saturday Night Live"). */
const MIN_UNPUNCTUATED_WORDS = 4;

const SIGNED_END = /[,!?]$/;
const ENDS_WITH_STOP = /[.!?]$/;
const ENDS_SENTENCE = /[.!?…]["'’”)\]]*,?$/;
const LONG_WORD = /^\p{L}{4,}/u;
const PERIOD_END = /[^.!?…]\.["'’”)\]]*,?$/;
const CAPITALIZED = /^\p{Lu}/u;
/** Prepositions that titles keep in lowercase, however long ("The Nightly Show with Larry Wilmore"). */
const TITLE_LOWERCASE: ReadonlySet<string> = new Set(['with', 'from', 'into', 'onto', 'upon', 'over', 'than']);
export const LETTER = /\p{L}/u;

/**
 * Every word of four letters or more capitalized, and no sentence-ending mark but a period, which American style puts
 * inside the marks at a sentence's end (`the usual slogan, "Make America Great Again."`): a title, not a sentence.
 */
function isTitleCase(text: string): boolean {
  const period = ENDS_SENTENCE.test(text);
  if (period && !PERIOD_END.test(text)) return false;
  const long = text.split(/\s+/).filter((w) => LONG_WORD.test(w) && !TITLE_LOWERCASE.has(w));
  // With a period it may be a short sentence: "This one is for you.", "Hello, it’s the Biebs.", "THIS IS NOT OK."
  if (period && (long.length < 2 || text.includes(',') || text === text.toUpperCase())) return false;
  return long.length > 0 && long.every((w) => CAPITALIZED.test(w));
}

/**
 * How a speech verb signs a quote: after it, the quote opening its sentence ("“…,” she said"), or right before it and a
 * comma or colon ("Priebus said, “Probably.”").
 */
export type Signature = 'after' | 'before' | null;

/** Whether a quote reads as speech worth reporting, by its shape and by whether anyone says it. */
export function isSpeech(text: string, pieces: number, attributed: boolean, signed: Signature = null): boolean {
  const words = countWords(text);
  const opening = LETTER.exec(text)?.[0] ?? '';
  const partial = opening !== '' && opening === opening.toLowerCase() && opening !== opening.toUpperCase();
  // "Priebus said, “Probably.”", "Clinton said, “as long as we’re not …”": what a speech verb and a comma introduce,
  // to the end of a sentence, is speech, however few its words and whatever its first letter.
  if (signed === 'before' && ENDS_WITH_STOP.test(text)) return true;
  if (partial) return attributed && words >= MIN_PARTIAL_WORDS;
  // "“It’s finished,” she said", "“Mexico!” the audience screamed", "“But Pete Wilson won,” Axelrod said": a sentence
  // a speech verb signs is speech, however few its words or how many its capitals.
  if (signed === 'after' && SIGNED_END.test(text)) return true;
  const punctuated = endsWithMark(text, 0, text.length, PUNCTUATION);
  // A few words in Title Case are the name of a show, an event or a slogan ("Hard Hats for Hillary", "The Late Show
  // With Stephen Colbert,"), however they are punctuated.
  // (A longer one only without a sentence's last mark: "The Fixers: Eddie Mannix, Howard Strickling and the MGM
  // Publicity Machine".)
  const title = (words <= MAX_TITLE_WORDS || !punctuated) && isTitleCase(text);
  // Unattributed and unpunctuated, a short capitalized quote is a title or a slogan ("Make America Great Again").
  if (!attributed) return words >= MIN_UNATTRIBUTED_WORDS && (punctuated || words > MAX_TITLE_WORDS) && !title;
  // One or two words in one piece are scare quotes or labels ("so-called", "Today"), not speech worth a briefing.
  if (pieces === 1 && (words <= MAX_SCARE_WORDS || title)) return false;
  return pieces > 1 || punctuated || words >= MIN_UNPUNCTUATED_WORDS;
}

/** Words that name what follows: `a memo titled "…"`, `a co-author of "Those Guys Have All the Fun"`. */
const NAMING = /\b(?:titled|entitled|dubbed|headlined|captioned|author of),?\s*$/i;

/** A kind of work right before a capitalized quote: `the Syfy movie "Sharknado 3: Oh Hell No!"`. */
const WORK_KIND = /\b(?:movie|film|book|documentary|podcast|show|series|sitcom|song|album|novel|memoir|episode)(,?)\s*$/i;
/** Every word capitalized, two or more: `its politics podcast, "So, That Happened."`. */
const ALL_CAPITALIZED = /^\p{Lu}[\p{L}'’]*[,:]?(?:\s+\p{Lu}[\p{L}'’]*[,:]?)+[.!?]?$/u;

/**
 * Whether the quote names a work rather than quoting anyone: `a memo titled "The Facts on Where the Race Stands."`,
 * `the reality show "The Apprentice,"`. (With a comma the work may be quoted, `in his book, "I was wrong."`, unless
 * every word of it is capitalized.)
 */
export function isNamedWork(body: string, first: QuotePiece): boolean {
  const before = body.slice(Math.max(0, first.open - 16), first.open);
  if (NAMING.test(before)) return true;
  const kind = WORK_KIND.exec(before);
  if (!kind) return false;
  const text = body.slice(first.start, first.end);
  return kind[1] === ',' ? text.split(/\s+/).length <= MAX_TITLE_WORDS && ALL_CAPITALIZED.test(text) : OPENS_SENTENCE.test(text);
}

export const OPENS_SENTENCE = /^["'‘“(]*\p{Lu}/u;
