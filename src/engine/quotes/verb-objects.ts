// Verbs around a name: whether the name is a verb's object ("rebuking Mr. Trump", "did not support Mr. Trump"), and
// the adverbs that may stand between a subject and its verb ("Cruz openly admitted"). Shared by mention-role.ts.
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { ASKING_VERBS, isVerbInIng, SPEECH_PARTICIPLES, SPEECH_VERBS } from './lexicon.ts';

/** "rebuking Mr. Trump eight times": a name right after a verb in -ing is its object; not after a verb that reports
 * what follows ("saying Trump was wrong"). */
export const takesObject = (t: Token | undefined): boolean => isVerbInIng(t) && !SPEECH_PARTICIPLES.has(lexKey(t as Token));

const ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'later', 'again', 'still', 'repeatedly', 'recently',
  'previously', 'never', 'already', 'just', 'even', 'finally', 'initially', 'subsequently', 'reportedly', 'quickly',
  'once', 'often']);
/** "Cruz openly admitted": an adverb in -ly (not a noun such as "family" or "rally") before the verb. */
const LY_ADVERB = /^\p{Ll}{4,}ly$/u;
const NOUNS_IN_LY: ReadonlySet<string> = new Set(['family', 'assembly', 'supply', 'monopoly', 'anomaly', 'butterfly', 'homily']);
/** An adverb in -ly, not a noun that ends so ("family", "assembly"). */
export const isLyAdverb = (t: Token): boolean => LY_ADVERB.test(t.text) && !NOUNS_IN_LY.has(t.key);
export const isAdverb = (t: Token | undefined): boolean => !!t && (ADVERBS.has(t.key) || isLyAdverb(t));

/** Words before a verb's plain form: "did not support", "would endorse", "to back". */
const AUXILIARIES: ReadonlySet<string> = new Set(['not', 'never', 'to', 'did', 'does', 'do', 'would', 'will', 'can',
  'could', 'should', 'may', 'might', 'must', 'cannot', "didn't", "doesn't", "don't", "won't", "wouldn't", "can't",
  "couldn't", "shouldn't"]);

/**
 * "said he did not support Mr. Trump, the presumed Putin favorite": a name after a verb's plain form is its object;
 * not after a verb that reports or asks ("did not say Trump was", "would not think Clinton can").
 */
export function verbAfterAuxiliary(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  const auxiliary = tokens[k - 1];
  if (!verb?.word || verb.capitalized || !auxiliary?.word || !AUXILIARIES.has(lexKey(auxiliary).replace('’', "'"))) return false;
  const key = lexKey(verb);
  return !SPEECH_VERBS.has(key) && !THINKING.has(key) && !ASKING_VERBS.has(key) && !FUNCTION_WORDS.has(key)
    && !isAdverb(verb) && !AUXILIARIES.has(key) && !COPULAS.has(key);
}
const COPULAS: ReadonlySet<string> = new Set(['be', 'become', 'remain', 'seem', 'have', 'get']);

/** Verbs of thinking, whose clause is reported like speech: "she doesn't think Clinton can address …". */
export const THINKING: ReadonlySet<string> = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'hope',
  'hopes', 'hoped', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected']);
