// How a place is listed: by the name running text gives it ("WASHINGTON —" is Washington, "U.S." the United
// States), without a date run into it ("at St. Anselm College February 6").
import { FEASTS, MONTHS } from './lexicon.ts';

/** Written forms of a place that mean the same one. */
const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['u.s.', 'United States'], ['u.s', 'United States'], ['us', 'United States'], ['usa', 'United States'],
  ['united states of america', 'United States'], ['u.k.', 'United Kingdom'], ['uk', 'United Kingdom'],
  ['prc', 'China'], ['dprk', 'North Korea'], ['washington d.c.', 'Washington'], ['washington d.c', 'Washington'],
]);

/** Months that are no name's word (not "May", a surname too), and feasts, as a name writes them: "July|August". */
const asWritten = (words: readonly string[]): string => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|');
export const DATE_MONTHS = asWritten(MONTHS.filter((m) => m !== 'may'));
const DATE_FEASTS = asWritten(FEASTS);
/** A date run into the end of a name: "the Rockefeller Center Christmas tree", "at St. Anselm College February 6". */
export const DATED_AFTER = new RegExp(`\\s+(?:${DATE_MONTHS}|${DATE_FEASTS})$`);

/** "WASHINGTON —", "NEW YORK (AP)": a dateline shouts the place; the list names it as running text would. */
const SHOUTED = /^[\p{Lu}\s.'’-]+$/u;
const SHOUTED_WORD = /\p{Lu}{4}/u;

/** The name a place written as `written` is listed by. */
export function placeName(written: string): string {
  const text = written.replace(DATED_AFTER, '');
  const alias = PLACE_ALIASES.get(text.toLowerCase());
  if (alias) return alias;
  if (!SHOUTED.test(text) || !SHOUTED_WORD.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
