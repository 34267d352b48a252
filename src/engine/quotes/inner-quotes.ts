// A few quoted words set inside an attribution ("“…,” Bill Eastland, wearing a hat and “Ted Cruz” pins, said"): the
// attribution reads on past them, where a quotation of its own would end it.
import type { Token } from '../entities/tokens.ts';
import { QUOTE_MARKS } from './lexicon.ts';
import type { QuotePiece } from './scan.ts';

/** How many words a quotation inside an attribution may have. */
const MAX_INNER_QUOTE_WORDS = 4;

/** Whether a piece is only a few words, with no punctuation of a sentence: a name or a phrase quoted in passing. */
export function isFewWords(body: string, piece: QuotePiece): boolean {
  const words = body.slice(piece.start, piece.end);
  return !piece.continues && /^[^.!?,;:]*$/.test(words) && words.split(/\s+/).length <= MAX_INNER_QUOTE_WORDS;
}

/** The closing mark of a few quoted words opening at tokens[j] (before `to`), or -1. */
export function closingMarkAfter(tokens: readonly Token[], j: number, to: number): number {
  return markAcross(tokens, j, Math.min(to - 1, j + 1 + MAX_INNER_QUOTE_WORDS), 1);
}

/** The opening mark of a few quoted words closing at tokens[j] (not before `floor`), or -1. */
export function openingMarkBefore(tokens: readonly Token[], j: number, floor: number): number {
  return markAcross(tokens, j, Math.max(floor, j - 1 - MAX_INNER_QUOTE_WORDS), -1);
}

/** The mark `step` by `step` from the one at tokens[j], past words only, up to `last`; -1 when there is none. */
function markAcross(tokens: readonly Token[], j: number, last: number, step: 1 | -1): number {
  for (let k = j + step; step > 0 ? k <= last : k >= last; k += step) {
    const t = tokens[k];
    if (t?.word) continue;
    return t && k !== j + step && QUOTE_MARKS.includes(t.text) ? k : -1;
  }
  return -1;
}
