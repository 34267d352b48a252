// Who speaks and who is spoken to: a passive speech verb ("Trump was asked") makes its subject the listener, and a
// question put to someone ("Hannity asked Trump how high …") makes them the one who answers next.
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import type { Attribution } from './attribution.ts';
import { ASKING_VERBS } from './lexicon.ts';
import { phraseStartingAt } from './phrases.ts';
import type { Window } from './phrases.ts';

const BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be']);
const PARTICIPLE = /^\p{Ll}{2,}ed$/u;
/**
 * Speech verbs that make a passive ("was asked", "were told"), whose subject is the one spoken to. Not "quoted":
 * "Braynard is quoted as saying" makes Braynard the speaker.
 */
const PASSIVE_VERBS: ReadonlySet<string> = new Set(['asked', 'told', 'pressed', 'questioned', 'reminded', 'informed', 'urged', 'advised', 'warned']);

/** Whether the speech verb at tokens[j] is passive: "Trump was asked", "reporters were told". */
export function isPassive(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  // Any participle in -ed too: "the request was denied" does not make the request speak.
  if (!t || !(PASSIVE_VERBS.has(lexKey(t)) || (PARTICIPLE.test(t.text) && lexKey(t) !== 'quoted'))) return false;
  for (let k = j - 1; k >= Math.max(0, j - 3); k--) {
    const key = lexKey(tokens[k] ?? t);
    if (BE.has(key)) return true;
    if (!/ly$/.test(key) && key !== 'also' && key !== 'then' && key !== 'not') return false;
  }
  return false;
}

/**
 * The one asked in a sentence that asks somebody something ("Hannity asked Trump how high the wall would be."), who
 * answers in the quote that follows it; null when the sentence asks nobody by name.
 */
export function answerer(body: string, w: Window): Attribution | null {
  for (let j = w.from; j < w.to - 1; j++) {
    const t = w.tokens[j] as Token;
    if (t.capitalized || !ASKING_VERBS.has(lexKey(t)) || isPassive(w.tokens, j)) continue;
    const asked = phraseStartingAt(body, w, j + 1);
    return asked?.speaker.kind === 'name' ? { speaker: asked.speaker, verb: null } : null;
  }
  return null;
}
