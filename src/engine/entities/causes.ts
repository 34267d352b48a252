// Bodies named for a cause or for whom they stand: "Right to Rise", "Americans for Prosperity", "Concerned Women for
// America", "Communications Workers of America". Their lowercase links join a name no other rule would join.
import type { Token } from './tokens.ts';
import { THING_WORDS } from './lexicon.ts';

/** Plural nouns for people that open such a body's name before "for" (or "of America"). */
const ADVOCATES: ReadonlySet<string> = new Set([
  'americans', 'veterans', 'citizens', 'students', 'women', 'mothers', 'moms', 'parents', 'families', 'doctors',
  'physicians', 'nurses', 'workers', 'democrats', 'republicans', 'conservatives', 'liberals', 'progressives',
  'taxpayers', 'lawyers', 'scientists', 'christians', 'catholics', 'evangelicals', 'muslims', 'jews', 'latinos',
  'patriots', 'farmers', 'teachers',
]);

/** Verbs a cause's name opens with, before "the" and what it is for: "Correct the Record", "Rock the Vote". */
const CAUSE_VERBS: ReadonlySet<string> = new Set(['correct', 'rock', 'keep', 'save', 'feed', 'defend', 'protect',
  'heal', 'reclaim', 'restore', 'unite']);

/** Whether the lowercase word at tokens[i] links a cause's name: "Right to …", "Americans for …", "Rock the …". */
export function linksACause(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i]?.key;
  const before = tokens[i - 1]?.key ?? '';
  return (key === 'to' && before === 'right') || (key === 'for' && ADVOCATES.has(before))
    || (key === 'the' && CAUSE_VERBS.has(before) && tokens[i - 1]?.capitalized === true);
}

/** Whether the "of" at tokens[i], the last word before tokens[to], is people's of America ("Workers of America"), or the
 * states' ("the United States of America"). */
export function ofAmerica(tokens: readonly Token[], i: number, to: number): boolean {
  const before = tokens[i - 1]?.key ?? '';
  return i === to - 2 && (ADVOCATES.has(before) || before === 'states') && tokens[i + 1]?.key === 'america';
}

/**
 * Whether the words (lowercase keys) name a cause's body, as linksACause and ofAmerica join them, or a union of
 * workers: "United Steelworkers", "United Auto Workers".
 */
export function namesACause(keys: readonly string[], opening = false): boolean {
  if (keys.length > 1 && keys[0] === 'united' && keys.at(-1)?.endsWith('workers')) return true;
  // (Not a verb that opens a sentence, "Keep the B.C. carbon tax in place", nor a thing a body's name opens, "the Rock the
  // Vote Poll".)
  if (keys.length > 2 && CAUSE_VERBS.has(keys[0] ?? '') && keys[1] === 'the') return !opening && !THING_WORDS.has(keys.at(-1) ?? '');
  return keys.some((k, j) => (k === 'to' && keys[j - 1] === 'right') || (k === 'for' && ADVOCATES.has(keys[j - 1] ?? ''))
    || (k === 'of' && j === keys.length - 2 && keys[j + 1] === 'america' && ADVOCATES.has(keys[j - 1] ?? '')));
}
