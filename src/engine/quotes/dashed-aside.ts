// A quote set off by dashes inside a sentence, right after a name: "A chorus of prominent Republicans has said the same
// thing, including the former presidential candidate Mitt Romney -- ''It is disqualifying …'' -- and Fred Goldberg".
// The sentence's verb is the group's; the words between the dashes are the name's.
import type { Attribution, Window } from './attribution.ts';
import { phraseEndingAt } from './phrases.ts';
import { DASHES } from './lexicon.ts';

/** A dash set off by spaces right after the closing mark ("'' -- and", "” — and"). */
const DASH_AFTER = /^\s+(?:--|—|–)\s/;

/** The name right before the dash that opens the quote, when a dash closes it too; else null. */
export function dashedAside(body: string, before: Window, close: number): Attribution | null {
  const { tokens, from, to } = before;
  if (!DASHES.includes(tokens[to - 1]?.text ?? 'x') || !DASH_AFTER.test(body.slice(close + 1, close + 6))) return null;
  const end = tokens[to - 2]?.text === '-' ? to - 3 : to - 2;
  const named = end >= from ? phraseEndingAt(body, before, end, from) : null;
  return named?.speaker.kind === 'name' ? { speaker: named.speaker, verb: null } : null;
}
