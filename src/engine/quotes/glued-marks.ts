// Straight double marks glued to the words on both sides, as pages that lost their spaces and line breaks leave them:
// which of two such marks opens the quote.
import { ATTRIBUTION_REACH, attributesAnyone } from './story-voice.ts';

const STOP = /[.!?]/;
const CAPITAL = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;

/**
 * Whether the open quote at `open` gives way to the mark `marks[at]`: "… rather than a toilet?"Recommendations are …
 * compulsory"It's like playing Russian roulette," Lorna says". A mark glued between a stop and a capital may close a
 * quote as well as open one; one glued between a lowercase word and a capital, before a quote that the next mark closes
 * with an attribution, opens that quote. (Not after an opener a space set off: "Hibs said: "We wish them … in the
 * future"The task …".)
 */
export function reopensAt(body: string, marks: readonly number[], at: number, open: number, end: number): boolean {
  const i = marks[at] ?? -1;
  const next = marks[at + 1];
  const ambiguousOpen = body[open] === '"' && STOP.test(body[open - 1] ?? '') && CAPITAL.test(body[open + 1] ?? '');
  const gluedOpen = body[i] === '"' && LOWERCASE.test(body[i - 1] ?? '') && CAPITAL.test(body[i + 1] ?? '');
  return ambiguousOpen && gluedOpen && next !== undefined && next < end && body[next] === '"'
    && attributesAnyone(body.slice(next + 1, Math.min(end, next + 1 + ATTRIBUTION_REACH)));
}
