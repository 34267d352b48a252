// The shapes of words that tell what a capitalized sequence is not: a modifier ("Chicago-based"), a party tag
// ("D-N.J."), a gerund, a numeral.
// Regexes are module constants rather than literals in the functions: a literal with \p{…} is compiled to
// `new RegExp(…)` by the TypeScript loader, a new object every time the line runs.
import { THING_WORDS } from './lexicon.ts';
import type { Token } from './tokens.ts';

const LOWER_AFTER_HYPHEN = /-\p{Ll}/u;
const PARTY_TAG = /^[RDI]-\p{Lu}/u;
const GERUND = /^\p{Ll}{3,}ing$/u;
export const ED = /^\p{Ll}{4,}ed$/u;
/** A Roman numeral of two letters or more, in capitals: "XI", "III", "XIV". */
export const ROMAN_NUMERAL = /^(?=[XVI]{2})X{0,3}(?:IX|IV|VI{0,3}|I{1,3})?$/;
export const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** A year of the last two centuries or this one: "Spion Kop 1906", "Euro 2016". */
export const YEAR = /^(?:1[89]|20)\d\d$/;
export const COMPASS_ADJECTIVE = /^(?:(?:north|south)-?(?:east|west)?|east|west|mid-?west)ern$/;
export const LOWERCASE_LINKED = /-\p{Ll}+-/u;
/** "Occupy Wall Street-style", "House-era": a hyphen and a word that makes an adjective of the name before it. */
/** A word run into where something is based or someone was born, the word first: "Chicago-based", "Cuba-born". */
export const WHERE_FROM = /^(.+)-(based|born|bred|raised|headquartered)$/;
export const ADJECTIVE_ENDING = /-(?:style|era|based|like|led|backed|born|made|owned|funded|run|type|winning|linked|affiliated|allied|aligned|inspired|sponsored|controlled|leaning|held)$/u;

/** `/-\p{Ll}/u` or `/^[RDI]-\p{Lu}/u`: "Chicago-based", "Bush-era", "D-N.J."; both need a hyphen. */
export function isModifierOrPartyTag(text: string): boolean {
  return text.includes('-') && (LOWER_AFTER_HYPHEN.test(text) || PARTY_TAG.test(text));
}

/** `/^\p{Ll}{3,}ing$/u`: "Closing", "Speaking"; only a word ending in "ing" needs the regex. */
export const isGerund = (word: string): boolean => word.endsWith('ing') && GERUND.test(word);

/** "Gardens", "Games", "Awards": the plural of a named thing's last word. */
export const isThingsPlural = (word: string): boolean => word.endsWith('s') && THING_WORDS.has(word.slice(0, -1));

/** "A." inside "Roberta A. Kaplan" is an initial, not the article (but "Title I." ends with a numeral). */
export const isInitialAt = (tokens: readonly Token[], i: number): boolean => INITIAL.test(tokens[i]?.text ?? '');
const INITIAL = /^\p{Lu}\.$/u;

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
/** The first words of bodies and places that an ordinal numbers: "6th Circuit Court", "21st Century Fox". */
const NUMBERED: ReadonlySet<string> = new Set(['circuit', 'congressional', 'district', 'century', 'precinct', 'ward',
  'airborne', 'infantry', 'division', 'battalion', 'regiment', 'fleet']);

/**
 * 1 when an ordinal one space before tokens[k] numbers the body or the place whose name opens there ("the 9th
 * Congressional District", "the 6th Circuit Court of Appeals"), else 0.
 */
export function ordinalBefore(tokens: readonly Token[], k: number): number {
  const ordinal = tokens[k - 1];
  const first = tokens[k];
  return ordinal && first && NUMBERED.has(first.key) && ORDINAL.test(ordinal.text) && first.start - ordinal.end === 1 ? 1 : 0;
}
