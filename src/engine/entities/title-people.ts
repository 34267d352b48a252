// People a title names in full, for the list of who is mentioned: the body often calls them by surname alone.
import { isGivenName } from './first-names.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { keysOf } from './name-keys.ts';
import { findNamesInTokens, type NameMention } from './names.ts';
import { tokenize } from './tokens.ts';

/** People a title names in full whom the body calls by surname ("… toward Sen. Bernie Sanders" and "Sanders' appeal"),
 * by a given name and one or two words: a title's capitals prove little ("Republican Donor Adelson", "To A Sanders"). */
export function titlePeople(title: string | undefined, names: readonly NameMention[]): NameMention[] {
  if (!title) return [];
  const found = findNamesInTokens(title, tokenize(title)).filter((m) => m.kind === 'person' && byGivenName(m));
  if (found.length === 0) return [];
  const surnames = new Set(names.filter((m) => BY_SURNAME.has(m.kind)).map((m) => keysOf(m.text).at(-1)));
  return found.filter((m) => surnames.has(keysOf(m.text).at(-1)));
}
const byGivenName = (m: NameMention): boolean => {
  const keys = keysOf(m.text);
  return keys.length > 1 && keys.length <= 3 && isGivenName(keys[0] ?? '') && !FUNCTION_WORDS.has(keys[0] ?? '');
};
const BY_SURNAME: ReadonlySet<string> = new Set(['person', 'possible-person', 'unknown']);
