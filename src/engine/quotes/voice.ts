// Who speaks and who is spoken to: a passive speech verb ("Trump was asked") makes its subject the listener, and a
// question put to someone ("Hannity asked Trump how high …") makes them the one who answers next.
import { possessiveLength } from '../entities/text-checks.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import type { Attribution } from './attribution.ts';
import { ASKING_VERBS, IRREGULAR_PAST, ROLE_HEADS } from './lexicon.ts';
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

/** A participle: "exemplified", "joined", "written", or a past tense that is one too ("held"). */
const isParticiple = (t: Token | undefined): boolean => !!t?.word && !t.capitalized
  && (PARTICIPLE.test(t.text) || PARTICIPLE_EN.test(t.text) || IRREGULAR_PAST.has(lexKey(t)));
const PARTICIPLE_EN = /^\p{Ll}{2,}en$/u;

/** "is exemplified by", "was joined by": a form of "be" at tokens[k], a participle, then "by". */
export function passiveBeforeBy(tokens: readonly Token[], k: number): boolean {
  return BE.has(tokens[k]?.key ?? '') && isParticiple(tokens[k + 1]) && tokens[k + 2]?.key === 'by';
}

/**
 * "He was joined on the call by Ilyse Hogue", "The plan was praised by Mike Rake": the name after the "by" at
 * tokens[k] of a passive is who did it, so a "she" or "he" next is them.
 */
export function agentOfPassive(tokens: readonly Token[], k: number): boolean {
  // (Past a role of a body between: "was praised by the chairman of BT Mike Rake".)
  let by = k;
  while (by > k - MAX_BODY_WORDS && tokens[by]?.capitalized) by--;
  if (by < k && tokens[by]?.key === 'of' && ROLE_HEADS.has(tokens[by - 1]?.key ?? '') && tokens[by - 2]?.key === 'the') by -= 3;
  else by = k;
  k = by;
  if (tokens[k]?.key !== 'by') return false;
  // "It is a view echoed by Nicholas Minter-Green": who shares a view said of it is who speaks next.
  if (VIEWS.has(tokens[k - 2]?.key ?? '') && isParticiple(tokens[k - 1])) return true;
  for (let j = k - 1; j >= Math.max(1, k - MAX_AGENT_DISTANCE); j--) {
    const t = tokens[j] as Token;
    if (!t.word) return false;
    if (BE.has(lexKey(tokens[j - 1] as Token)) && isParticiple(t)) return true;
  }
  return false;
}
const MAX_AGENT_DISTANCE = 5;

/**
 * "The complaint was made by Nigalidze's opponent in their sixth-round match, Armenia's Tigran Petrosian. He said:
 * …": a name set off by a comma at the end of a passive's agent, ending the sentence, names that agent. `t` is the
 * name's first token, `after` the token after it.
 */
export function namesTheAgent(tokens: readonly Token[], t: number, after: number): boolean {
  if (!tokens[after] || !'.!?'.includes(tokens[after]?.text ?? '')) return false;
  // (Past where the name is from: "Armenia's".)
  const from = tokens[t - 1];
  const comma = from?.capitalized && possessiveLength(from.text) > 0 ? t - 2 : t - 1;
  if (tokens[comma]?.text !== ',') return false;
  for (let k = comma - 1; k >= Math.max(2, comma - MAX_AGENT_WORDS); k--) {
    const token = tokens[k] as Token;
    if (!token.word && token.text !== ',') return false;
    if (token.key === 'by') return passiveBeforeBy(tokens, k - 2);
  }
  return false;
}
/** How many tokens the description of an agent may run to before its name: "Nigalidze's opponent in their …". */
const MAX_AGENT_WORDS = 14;
/** Nouns of what is thought or said, which a participle and "by" give an agent without "be": "a view echoed by". */
const VIEWS: ReadonlySet<string> = new Set(['view', 'views', 'sentiment', 'sentiments', 'opinion', 'point', 'concern',
  'concerns', 'position', 'argument', 'message', 'claim', 'criticism', 'warning', 'feeling', 'thought', 'idea']);
/** At most this many capitalized words in the body a role of the agent belongs to ("the chairman of BT"). */
const MAX_BODY_WORDS = 3;

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

/** Participles of getting words, whose agent after "by" is not who wrote them: "a letter … obtained by The Associated
 * Press warns". */
const RECEIVED: ReadonlySet<string> = new Set(['obtained', 'seen', 'reviewed', 'received', 'acquired', 'viewed',
  'intercepted']);

/** Whether the phrase starting at tokens[first] is the agent of such a participle: "obtained by", "seen by". */
export const receivedBy = (tokens: readonly Token[], first: number): boolean => tokens[first - 1]?.key === 'by'
  && RECEIVED.has(tokens[first - 2]?.key ?? '');
