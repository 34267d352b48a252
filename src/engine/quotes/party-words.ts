// Words of party or people that describe a speaker rather than name one: "the Republican said", "one senior Democrat
// said", "the Utah Republican asks". Capitalized, they would otherwise read as a name.
import { TITLE_WORDS } from '../entities/lexicon.ts';
import { DEMONYMS } from '../entities/places.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { PARTIES, SPEECH_VERBS } from './lexicon.ts';

export const isPartyOrPeople = (key: string): boolean => TITLE_WORDS.has(key) || DEMONYMS.has(key);

const LOWERCASE_WORD = /^\p{Ll}+$/u;

/**
 * Whether the capitalized words tokens[s, b) describe someone: "the" and a word of party or people ("the Republican",
 * "the American"), a party after a modifier ("one senior Democrat"; not "said Baron"), or a party after a place and
 * "the" ("the Utah Republican").
 */
export function describesSomeone(tokens: readonly Token[], s: number, b: number): boolean {
  const prev = tokens[s - 1];
  const afterThe = !!prev && lexKey(prev) === 'the';
  const party = PARTIES.has(lexKey(tokens[b - 1] as Token));
  if (s < b - 1) return afterThe && party;
  const modified = !!prev && LOWERCASE_WORD.test(prev.text) && !SPEECH_VERBS.has(lexKey(prev));
  return (afterThe && isPartyOrPeople(lexKey(tokens[s] as Token))) || (modified && party);
}
