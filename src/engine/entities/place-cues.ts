// What the words right before a name say of it being a place's: the kind of place and "of" ("the village of Shoma
// Ying"), its people ("residents of Koh Tao"), or where someone is from ("Miss Witheridge, from Great Yarmouth, died").
import { possessiveLength } from './text-checks.ts';
import type { Token } from './tokens.ts';

/** Kinds of place whose name comes after "of": "the village of Shoma Ying", "the island of Koh Tao". (Fewer than the
 * heads of places' names, PLACE_HEADS: "in place of Kasich" or "the palace of Louis XIV" name no place by the word.) */
const PLACE_KINDS: ReadonlySet<string> = new Set(['village', 'town', 'city', 'island', 'county', 'province',
  'district', 'region', 'suburb', 'borough', 'hamlet', 'capital', 'township', 'municipality']);
/** People of a place, whose place comes after "of" or "from": "villagers from Shoma Ying", "residents of Koh Tao". */
const PLACE_PEOPLE: ReadonlySet<string> = new Set(['villagers', 'residents', 'natives', 'locals', 'townspeople',
  'islanders', 'inhabitants']);

/** Whether the name at tokens[i] is a place's, as the words right before it say (the kind of place, or its people). */
export function isPlaceBefore(tokens: readonly Token[], i: number): boolean {
  const link = tokens[i - 1]?.key;
  const noun = tokens[i - 2]?.key ?? '';
  // ("Miss Witheridge, from Great Yarmouth, died": and where someone is from, set off by a comma after them.)
  const hometown = link === 'from' && tokens[i - 2]?.text === ',' && endsAnAside(tokens, i);
  return isPlaceKindBefore(tokens, i) || ((link === 'of' || link === 'from') && PLACE_PEOPLE.has(noun)) || hometown;
}

/** Whether the kind of place and "of" stand right before the name at tokens[i]: "the Oklahoma city of Duncan", which
 * makes a place even of a given name. */
export const isPlaceKindBefore = (tokens: readonly Token[], i: number): boolean => tokens[i - 1]?.key === 'of'
  && PLACE_KINDS.has(tokens[i - 2]?.key ?? '');

/** Whether the capitalized words from tokens[i] end with a comma or a full stop: "from Great Yarmouth, died" (not
 * "from Quincy Jones's album"), or go on with its county: "from Canterbury in Kent". */
function endsAnAside(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (tokens[k]?.capitalized) k++;
  const after = tokens[k];
  return k > i && (after?.text === ',' || after?.text === '.' || after?.key === 'in')
    && possessiveLength(tokens[k - 1]?.text ?? '') === 0;
}

/** Words before "Center" or "Centre" that make it a venue, a place, not an institution: "Tampa Convention Center",
 * "Iowa Events Center" (where the "Center for American Progress" or a "Medical Center" is a body). */
const VENUE_KINDS: ReadonlySet<string> = new Set(['convention', 'civic', 'events', 'event', 'conference', 'exhibition',
  'shopping', 'leisure', 'sports', 'community', 'visitor', 'visitors', 'aquatic', 'aquatics']);

/** Whether `keys` (a name's lowercase words) name a venue: "… Convention Center", "… Shopping Centre". */
export const isVenue = (keys: readonly string[]): boolean => (keys.at(-1) === 'center' || keys.at(-1) === 'centre')
  && VENUE_KINDS.has(keys.at(-2) ?? '');

/** Towns that are names too, which the gazetteer leaves out ("Hull", "Charlotte", "Ferguson"), but which a place's
 * preposition makes places: "a quiet cul-de-sac in Hull", "the 2012 convention in Charlotte". */
const TOWNS_NAMED_SO: ReadonlySet<string> = new Set(['hull', 'york', 'oxford', 'cambridge', 'bath', 'derby', 'reading',
  'preston', 'bolton', 'blackburn', 'wakefield', 'bradford', 'lincoln', 'durham', 'carlisle', 'chester', 'lancaster',
  'stirling', 'newport', 'salisbury', 'winchester', 'hastings', 'kent', 'cork', 'limerick', 'richmond', 'raleigh',
  'charlotte', 'columbia', 'savannah', 'madison', 'jackson', 'montgomery', 'dayton', 'providence', 'ferguson',
  'alexandria', 'concord']);
/** A preposition that puts a town in a place, right before it: not "from" ("an M.F.A. from Columbia" is the
 * university's). */
const IN_A_PLACE = /\b(?:in|near|outside)\s+$/;

/** Whether `key` is such a town, whose club the words around it may show too ("a 1-1 draw with Reading"). */
export const isTownNamedSo = (key: string): boolean => TOWNS_NAMED_SO.has(key);

/** Whether the lone word `key`, at `start` in `body`, is such a town, as the preposition before it says. */
export const isTownNamedSoAt = (body: string, start: number, key: string): boolean => TOWNS_NAMED_SO.has(key)
  && IN_A_PLACE.test(body.slice(Math.max(0, start - 8), start));
