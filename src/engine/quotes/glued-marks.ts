// Straight double marks glued to the words on both sides, as pages that lost their spaces and line breaks leave them:
// which of two such marks opens the quote.
import { ATTRIBUTION_REACH, attributesAnyone, inFirstOrSecondPerson } from './story-voice.ts';
import type { MarkRole } from './single-marks.ts';

export const CLOSED_BEFORE = /[,.!?]/;
/** A sentence's end and a space right before a mark, and words right after it (not a closing mark typed as an
 * opening one at the paragraph's end: "“They see that. “"). */
export const STOP_BEFORE = /[.!?]\s$/;
export const WORD_CHARACTER = /[\p{L}\p{N}]/u;

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

/**
 * Whether the next quotation mark after the one at index `from - 1` of `marks`, in the paragraph, opens a quote for
 * sure: not a closing one, words right after it, and neither a sentence's end nor a comma right before ("said: "His",
 * "device"For"; not "home. "Then" or "SDLP."Mr").
 */
export function opensNext(body: string, marks: readonly number[], from: number, para: readonly [number, number],
  roleAt: (body: string, i: number, start: number, end: number) => MarkRole | null): boolean {
  for (let k = from; k < marks.length && (marks[k] as number) < para[1]; k++) {
    const at = marks[k] as number;
    const role = roleAt(body, at, para[0], para[1]);
    if (role === null) continue;
    return role !== 'close' && WORD_CHARACTER.test(body[at + 1] ?? '') && !CLOSED_BEFORE.test(body[at - 1] ?? '')
      && !STOP_BEFORE.test(body.slice(at - 2, at));
  }
  return false;
}


/**
 * Whether the second mark after the one at `marks[at]` closes a quote that an attribution follows (`… in 2015."Transition
 * …," Mr Babington said.`): then the mark after this one opens that quote, and this one closes the quote before.
 */
export function closesAfterNext(body: string, marks: readonly number[], at: number, end: number): boolean {
  const [first, second] = [marks[at + 1], marks[at + 2]];
  // (Not when the words up to the next mark are a speaker's, in the first or second person: "… "The team said it was
  // fine, and I agree. "And you may lose it," he said" is a quote going on over lost line breaks.)
  return first !== undefined && second !== undefined && second < end && body[second] === '"'
    && !inFirstOrSecondPerson(body.slice(marks[at], first))
    && attributesAnyone(body.slice(second + 1, Math.min(end, second + 1 + ATTRIBUTION_REACH)));
}
