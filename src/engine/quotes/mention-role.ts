// Where a person's name stands in its sentence: as a subject (a verb follows it), as the owner of the subject
// ("Obama’s speech"), or elsewhere (an object, a modifier, inside a quotation). Only subjects, and failing them
// owners, are what a later "he" or "she" refers to.
import { possessiveLength } from '../entities/text-checks.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { SPEECH_VERBS } from './lexicon.ts';

export type MentionRole = 'subject' | 'possessor' | 'other';

/** Lowercase words that cannot follow a subject: the name before them is an object or a setting. */
const NOT_A_PREDICATE: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'as', 'than', 'into', 'about', 'the',
  'a', 'an',
]);
/** Words before a name that make it an object, a complement or a modifier ("at a Trump rally"). */
const BEFORE_OBJECT: ReadonlySet<string> = new Set([
  'of', 'to', 'for', 'with', 'from', 'by', 'against', 'about', 'at', 'on', 'in', 'than', 'like', 'between',
  'over', 'under', 'toward', 'towards', 'whom', 'and', 'a', 'an', 'the',
]);

const PAST_TENSE = /^\p{Ll}{3,}ed$/u;

/**
 * The role of the name whose first token is tokens[t] and which ends at offset `end`, with the token after it (the
 * verb, when it is a subject).
 */
export function mentionRole(tokens: readonly Token[], t: number, end: number, inQuote: boolean)
  : { role: MentionRole; next: Token | undefined } {
  let after = t;
  while (after < tokens.length && (tokens[after]?.start ?? 0) < end) after++;
  // "Claire McCaskill (D-Mo.) scolded him": the verb comes after the bracket.
  if (tokens[after]?.text === '(') {
    const close = tokens.slice(after, after + 8).findIndex((x) => x.text === ')');
    if (close > 0) after += close + 1;
  }
  const next = tokens[after];
  const prev = tokens[t - 1];
  // "Trump’s accusation …, Biden said": a possessive name is part of a phrase, not its head.
  const possessive = possessiveLength(tokens[after - 1]?.text ?? '') > 0;
  const heads = !inQuote && !!next
    && (next.text === ',' || (next.word && !next.capitalized && !NOT_A_PREDICATE.has(lexKey(next))))
    && !(prev && BEFORE_OBJECT.has(lexKey(prev)));
  return { role: !heads ? 'other' : possessive ? 'possessor' : 'subject', next };
}

/** A verb after a lone capitalized word that only people do: a speech verb or a past tense ("Brafman noted"). */
export function actsLikeAPerson(next: Token | undefined): boolean {
  if (!next?.word || next.capitalized) return false;
  return SPEECH_VERBS.has(next.key) || PAST_TENSE.test(next.text);
}
