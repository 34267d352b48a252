// "Director of National Intelligence James Clapper", "Archbishop of Canterbury Justin Welby": an office named with a
// title's "of", run into the name of the person who holds it. The words after "of" that are no given name belong to the
// office (a body, a place, a field); the person is a known given name and a surname at the end.
import { isGivenName } from './first-names.ts';
import { lexKey, type Token } from './tokens.ts';

/**
 * Where the holder's name starts, for a title's "of" at tokens[of] in a run that ends at `to`: a known given name and
 * one surname, after words of the office that are no given names; -1 otherwise.
 */
export function officeHolderAt(tokens: readonly Token[], of: number, to: number): number {
  const given = to - 2;
  if (given - of < 2 || !isGivenName(lexKey(tokens[given] as Token))) return -1;
  for (let k = of + 1; k < given; k++) if (isGivenName(lexKey(tokens[k] as Token))) return -1;
  return given;
}
