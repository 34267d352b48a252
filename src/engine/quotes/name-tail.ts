// What may stand between a person's name and the verb whose subject it is: an honour, a bracket, a home state or an
// employer ("Sen. Bernie Sanders of Vermont, was", "Darran Whiting of Liberty Baptist Church in Marion, said").
import { POST_NOMINALS } from '../entities/lexicon.ts';
import { opensDashedAside } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';

/** The most capitalized words a home or an employer after "of" or "from" is read over. */
const MAX_PLACE_WORDS = 4;

/** The index of the token where the verb of the name from tokens[t] to offset `end` would stand. */
export function verbSlot(tokens: readonly Token[], t: number, end: number): number {
  let after = t;
  while (after < tokens.length && (tokens[after]?.start ?? 0) < end) after++;
  // "Claire McCaskill (D-Mo.) scolded him": the verb comes after the bracket; "Jonathan Rees QC said", after the honour.
  if (POST_NOMINALS.has(tokens[after]?.key ?? '') && tokens[after]?.capitalized) after++;
  if (tokens[after]?.text === '(') {
    const close = tokens.slice(after, after + 8).findIndex((x) => x.text === ')');
    if (close > 0) after += close + 1;
  }
  // "Sen. Bernie Sanders of Vermont, was", "Prof Kevin Morgan from the University of Nottingham said": the verb comes
  // after a home state or an employer (of a full name: not "Chamber of Commerce").
  const from = tokens[after]?.text === 'from';
  if ((from || tokens[after]?.text === 'of') && after - t >= 2) {
    const start = after + (from && tokens[after + 1]?.key === 'the' ? 2 : 1);
    let k = start;
    while (k < start + MAX_PLACE_WORDS && (tokens[k]?.capitalized || (from && k > start && tokens[k]?.key === 'of'))) k++;
    // (And the employer's town: "of Liberty Baptist Church in Marion, said".)
    if (k > start && tokens[k]?.key === 'in') k = placeEnd(tokens, k + 1);
    if (k > start && (tokens[k]?.text === ',' || opensDashedAside(tokens, k) || (tokens[k]?.word && !tokens[k]?.capitalized))) after = k;
  }
  return after;
}

/** The end of the capitalized words of a place that start at tokens[k], or the "in" before them when there are none. */
function placeEnd(tokens: readonly Token[], k: number): number {
  let e = k;
  while (e < k + MAX_PLACE_WORDS && tokens[e]?.capitalized) e++;
  return e > k ? e : k - 1;
}
