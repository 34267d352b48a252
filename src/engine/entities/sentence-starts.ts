// Where a sentence begins, for names: a capital there proves nothing, and a dotted abbreviation may end one.
import { DOTTED } from './acronyms.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { hasLineBreak } from './text-checks.ts';
import { endsSentence, lexKey } from './tokens.ts';
import type { Token } from './tokens.ts';

/** Whether tokens[i] begins a sentence (or a paragraph, or a quotation). */
export function opensSentence(body: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const prev = tokens[j];
    if (!prev) return true;
    const next = tokens[j + 1];
    if (next && hasLineBreak(body, prev.end, next.start)) return true;
    if (endsSentence(prev) || prev.text === ':' || (j === i - 1 && endsAtAbbreviation(prev, tokens[i]))) return true;
    // A quotation starts a sentence of its own: `he said, “If Obama …`, `he added, ''Once Fox …`, `she said, 'We …`.
    if (OPENING_MARKS.has(prev.text) && prev.end === next?.start && (prev.text === '“' || prev.text === '"'
      || /\s/.test(body[prev.start - 1] ?? ' ') || tokens[j - 1]?.end === prev.start)) return true;
    if (!'"“”‘’\'()[]—–-'.includes(prev.text)) return false;
  }
  return true;
}

/** Marks that open a quotation: double, and single ones (and the two of "''") where a space comes before them. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', "'", '‘']);


/**
 * Whether `prev` is a dotted abbreviation, or a firm's or a generation's ("Ltd.", "Jr."), whose period also ends its
 * sentence, as a capitalized function word after it shows: "… from entering the U.S. While Clinton has …", "Freberg
 * Ltd. His clients …".
 */
export function endsAtAbbreviation(prev: Token, token: Token | undefined): boolean {
  return !!token?.capitalized && FUNCTION_WORDS.has(lexKey(token)) && (DOTTED.test(prev.text) || CLOSING_ABBREVIATION.test(prev.text));
}
const CLOSING_ABBREVIATION = /^(?:Ltd|Inc|Co|Corp|Jr|Sr)\.$/;
