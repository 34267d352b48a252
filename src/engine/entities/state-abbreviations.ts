// The abbreviations American style gives a state after its town ("Burlington, Vt.", "PURCHASE, N.Y."), and the states
// they name: the state is a place the story mentions, listed by its name.
import type { Token } from './tokens.ts';

const STATE_NAMES: ReadonlyMap<string, string> = new Map([
  ['ala', 'Alabama'], ['ariz', 'Arizona'], ['ark', 'Arkansas'], ['calif', 'California'], ['colo', 'Colorado'],
  ['conn', 'Connecticut'], ['del', 'Delaware'], ['fla', 'Florida'], ['ga', 'Georgia'], ['ill', 'Illinois'],
  ['ind', 'Indiana'], ['kan', 'Kansas'], ['ky', 'Kentucky'], ['la', 'Louisiana'], ['md', 'Maryland'],
  ['mass', 'Massachusetts'], ['mich', 'Michigan'], ['minn', 'Minnesota'], ['miss', 'Mississippi'], ['mo', 'Missouri'],
  ['mont', 'Montana'], ['neb', 'Nebraska'], ['nev', 'Nevada'], ['n.h', 'New Hampshire'], ['n.j', 'New Jersey'],
  ['n.m', 'New Mexico'], ['n.y', 'New York'], ['n.c', 'North Carolina'], ['n.d', 'North Dakota'], ['okla', 'Oklahoma'],
  ['ore', 'Oregon'], ['pa', 'Pennsylvania'], ['penn', 'Pennsylvania'], ['r.i', 'Rhode Island'],
  ['s.c', 'South Carolina'], ['s.d', 'South Dakota'], ['tenn', 'Tennessee'], ['tex', 'Texas'], ['vt', 'Vermont'],
  ['va', 'Virginia'], ['wash', 'Washington'], ['w.va', 'West Virginia'], ['wis', 'Wisconsin'], ['wyo', 'Wyoming'],
  // and the capital's district, which is no state: "Anacostia, D.C.".
  ['d.c', 'Washington'],
]);

/** Whether a word (a key, without its period) is a state's abbreviation, or a short state's name that stands in for
 * one after a town ("Des Moines, Iowa"). */
export const isStateAbbreviation = (key: string): boolean => STATE_NAMES.has(key) || key === 'iowa' || key === 'ohio';

/**
 * The state whose abbreviation, written with its period, is tokens[at] ("Vt." or "N.Y.", the period a token of its own
 * or not), with the index after it; or null. Without the period it may be a word or a name ("Miss Jones", "Del Bosque").
 */
export function stateAbbreviationAt(tokens: readonly Token[], at: number): { name: string; end: number } | null {
  const word = tokens[at];
  if (!word?.capitalized) return null;
  const name = STATE_NAMES.get(word.key.replace(/\.$/, ''));
  if (!name) return null;
  if (word.text.endsWith('.')) return { name, end: at + 1 };
  const period = tokens[at + 1];
  return period?.text === '.' && period.start === word.end ? { name, end: at + 1 } : null;
}
