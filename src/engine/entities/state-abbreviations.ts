// A state's abbreviation after its town ("Burlington, Vt.", "PURCHASE, N.Y."): the state is a place the story mentions,
// listed by its name.
import { US_STATE_ABBREVIATIONS } from '../text/us-states.ts';
import type { Token } from './tokens.ts';

/** Whether a word (a key, without its period) is a state's abbreviation, or a short state's name that stands in for
 * one after a town ("Des Moines, Iowa"). */
export const isStateAbbreviation = (key: string): boolean => US_STATE_ABBREVIATIONS.has(key) || key === 'iowa' || key === 'ohio';

/**
 * The state whose abbreviation, written with its period, is tokens[at] ("Vt." or "N.Y.", the period a token of its own
 * or not), with the index after it; or null. Without the period it may be a word or a name ("Miss Jones", "Del Bosque").
 */
export function stateAbbreviationAt(tokens: readonly Token[], at: number): { name: string; end: number } | null {
  const word = tokens[at];
  if (!word?.capitalized) return null;
  const name = US_STATE_ABBREVIATIONS.get(word.key.replace(/\.$/, ''));
  if (!name) return null;
  if (word.text.endsWith('.')) return { name, end: at + 1 };
  const period = tokens[at + 1];
  return period?.text === '.' && period.start === word.end ? { name, end: at + 1 } : null;
}
