// Headlines in capitals that run into names where a page lost its line breaks: their words are no part of a name. And
// lines written as headlines, every word capitalized, where a name ends is a guess.
import { isShouting } from './text-checks.ts';
import { isPlace } from './places.ts';
import { TWO_WORD_BODIES } from './lexicon.ts';
import type { Token } from './tokens.ts';
import { SMALL_WORDS } from './quoted-titles.ts';

/** Words in capitals that make a run of them a headline rather than a name or an acronym ("FBI Director"). */
const MIN_SHOUTED_WORDS = 3;
/** After a name, fewer are enough: "Wendy Davis WHERE'S SCOOBY", but "Bank of America NA". */
const MIN_SHOUTED_AT_END = 2;
const LOWERCASE = /\p{Ll}/u;
const LETTERS = /\p{L}/u;
export const isAllCapitals = (text: string): boolean => LETTERS.test(text) && !LOWERCASE.test(text);

/**
 * Where a name in tokens[from, to) starts past a headline in capitals before it ("MORE BITE THE DUST FOR THE NEXT GOP
 * DEBATE STAGE Rand Paul"), or -1 when the whole sequence is a headline ("OBAMA’S LAST STATE OF THE UNION").
 */
export function afterHeadline(tokens: readonly Token[], from: number, to: number): number {
  if (to - from < 2) return from;
  let capitals = from;
  let shouted = 0;
  while (capitals < to && isAllCapitals(tokens[capitals]?.text ?? '')) {
    if (isShouting(tokens[capitals]?.text ?? '')) shouted++;
    capitals++;
  }
  // (But a place in capitals is a dateline's: "NEW YORK, Dec. 11 (UPI)", "LAS VEGAS --"; and a body may write its name
  // so: "told USA TODAY".)
  const keys = capitals === to ? tokens.slice(from, to).map((t) => t.key.replace(/\.$/, '')) : [];
  const known = isPlace(keys) || (keys.length === 2 && TWO_WORD_BODIES.has(keys.join(' ')));
  // (Nor are two words in capitals inside a sentence a headline: "the technology company NGP VAN".)
  const inSentence = readsWordBefore(tokens, from, to) && tokens[from - 1]?.word === true && !tokens[from - 1]?.capitalized;
  if (capitals === to && shouted === capitals - from) return known || inSentence ? from : -1;
  if (shouted < MIN_SHOUTED_WORDS) return from;
  return capitals === to ? -1 : capitals;
}

/** Whether what afterHeadline finds in tokens[from, to) depends on the word before them: two words in capitals. */
export const readsWordBefore = (tokens: readonly Token[], from: number, to: number): boolean => to - from === 2
  && isAllCapitals(tokens[from]?.text ?? '') && isAllCapitals(tokens[from + 1]?.text ?? '');

/** Where a name in tokens[first, to) ends before a headline run into it: "Senator Wendy Davis WHERE'S SCOOBY?". */
export function beforeHeadline(tokens: readonly Token[], first: number, to: number): number {
  let shouted = 0;
  while (to - shouted - 1 > first && isShouting(tokens[to - shouted - 1]?.text ?? '')) shouted++;
  return shouted >= MIN_SHOUTED_AT_END ? to - shouted : to;
}

const MIN_HEADLINE_WORDS = 4;
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;
const LOWERCASE_WORD = /(?:^|[\s(“"‘—])\p{Ll}/u;

/**
 * Lines written as headlines, such as a list of related stories ("Rand Paul Scores Direct Hit On Donald Trump."):
 * every word capitalized, small words too. `[start, end)` offsets.
 */
export function headlineLines(body: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (let start = 0; start < body.length;) {
    const lineEnd = body.indexOf('\n', start);
    const end = lineEnd < 0 ? body.length : lineEnd;
    const line = body.slice(start, end);
    // Running text has a word in lowercase within its first few words: most lines end the test there.
    const words = LOWERCASE_WORD.test(line) ? [] : line.match(WORD) ?? [];
    if (words.length >= MIN_HEADLINE_WORDS && words.every((w) => CAPITAL.test(w))
      && words.slice(1).some((w) => SMALL_WORDS.has(w.toLowerCase()))) out.push([start, end]);
    start = end + 1;
  }
  return out;
}
