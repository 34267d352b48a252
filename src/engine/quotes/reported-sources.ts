// Names a sentence gives as the source of what it reports, wherever they stand: "…, noted NBC’s Dante Chinni.", "…,
// according to the chief inspector of schools, Noelle Buick." The one named speaks next: a later "he" or "she" is them.
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { TITLE_WORDS } from '../entities/lexicon.ts';
import { MAX_TITLE_TOKENS } from './person-descriptions.ts';
import { ROLE_HEADS, SPEECH_VERBS } from './lexicon.ts';

/** Whether the sentence gives the name at tokens[t] (with `next` the token after it) as the source of its report. */
export function sourceNamed(tokens: readonly Token[], t: number, next: Token | undefined): boolean {
  return reportsAfterComma(tokens, t, next) || accordingTo(tokens, t);
}

/**
 * "However debates will not alter the campaign, noted NBC’s Dante Chinni.": the name after a speech verb that closes
 * a sentence of reported speech is who says it, its subject, past an outlet or a role between ("NBC’s", "NBC analyst").
 */
function reportsAfterComma(tokens: readonly Token[], t: number, next: Token | undefined): boolean {
  if (next?.text !== '.' && next?.text !== ',') return false;
  let k = t - 1;
  while (k > t - 1 - MAX_TITLE_TOKENS && tokens[k]?.word && ((tokens[k] as Token).capitalized
    || ROLE_HEADS.has(lexKey(tokens[k] as Token)) || TITLE_WORDS.has(lexKey(tokens[k] as Token)))) k--;
  return SPEECH_VERBS.has(lexKey(tokens[k] ?? (tokens[t] as Token))) && tokens[k - 1]?.text === ',';
}

/** Whether the name at tokens[t] is what "according to" introduces, or the name set off after it ("according to the
 * chief inspector of schools, Noelle Buick"). */
function accordingTo(tokens: readonly Token[], t: number): boolean {
  let k = t - 1;
  if (tokens[k]?.text === ',') {
    k--;
    while (k > t - MAX_SOURCE_WORDS && tokens[k]?.word && lexKey(tokens[k] as Token) !== 'to') k--;
  }
  return lexKey(tokens[k] ?? (tokens[t] as Token)) === 'to' && lexKey(tokens[k - 1] ?? (tokens[t] as Token)) === 'according';
}
const MAX_SOURCE_WORDS = 10;
