// Words right before a name that say who the person is or what group is meant, rather than being part of the name:
// "Senators Ted Cruz", "Army Capt. Christian Pardo", "Christian Democrats".
import { isGivenName } from './first-names.ts';
import { GENERATIONS } from './name-keys.ts';
import { ORGANIZATION_WORDS, PEOPLE_PLURALS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon.ts';
import { DEMONYMS, PLACE_HEADS, PLACES } from './places.ts';

/** "senators", "justices": the plural of a title (not of a word that only says what an office is for: "securities"; nor
 * a word in "ss", which no plural ends in: "Press" is no "Pres." more than once). */
const isPluralTitle = (word: string): boolean => word.endsWith('s') && !word.endsWith('ss')
  && [word.slice(0, -1), word.endsWith('ies') ? `${word.slice(0, -3)}y` : ''].some((w) => TITLE_WORDS.has(w) && !TITLE_MODIFIERS.has(w));

/** "democrats", "americans": the plural of a party or demonym names a group of people, not one. */
export function isGroup(word: string): boolean {
  if (PEOPLE_PLURALS.has(word)) return true;
  return word.endsWith('s') && (DEMONYMS.has(word.slice(0, -1)) || isPluralTitle(word));
}

/**
 * A demonym that is also a given name, right before a last word that is no title, group or demonym, is the given
 * name: "Army Capt. Christian Pardo" is Christian Pardo, while "Christian Democrats" and "Chinese President Xi" keep
 * their adjective out of the name.
 */
export function givenBeforeSurname(keys: readonly string[], k: number): boolean {
  const w = keys[k] ?? '';
  const next = keys[k + 1] ?? '';
  if (k !== keys.length - 2 || !isGivenName(w)) return false;
  return !TITLE_WORDS.has(next) && !DEMONYMS.has(next) && !isGroup(next) && !ORGANIZATION_WORDS.has(next);
}

/**
 * A group or a place right before a given name and a surname says who or where the person is: "Senators Ted Cruz",
 * "Justices David H. Souter", "England Kevin Keegan"; the plural of a title before a surname too ("Senators Rubio
 * and Cruz"), though not before the head of a place or an organization ("Governors Island").
 */
export function describesNameAfter(keys: readonly string[], k: number, runsIn: (k: number) => boolean = () => false): boolean {
  const w = keys[k] ?? '';
  const next = keys[k + 1] ?? '';
  if (k === keys.length - 2 && isPluralTitle(w)) return !PLACE_HEADS.has(next) && !ORGANIZATION_WORDS.has(next);
  // ("Iraq Saddam Hussein", "Sunderland Tom Smith": a caption's place runs into a name of two words, however rare the
  // given name; not "Cuba Gooding Jr.", whose last word is a generation.)
  const last = keys[k + 2] ?? '';
  const placeBeforeTwo = PLACES.has(w) && keys.length - k === 3 && !PLACES.has(next) && !PLACE_HEADS.has(last)
    && !GENERATIONS.has(last) && last !== 'sr';
  // (Or any word the article shows to be no name's: "Wembley Frank Lampard", "Crooked Hillary Clinton".)
  const runIn = keys.length - k === 3 && !isGivenName(last) && !GENERATIONS.has(last) && last !== 'sr' && runsIn(k);
  return keys.length - k >= 3 && (isGivenName(next) || placeBeforeTwo) && !isGivenName(w) && (isGroup(w) || PLACES.has(w) || runIn);
}
