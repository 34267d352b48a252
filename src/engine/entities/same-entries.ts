// When two entries of a list of organizations or places name the same thing.

/**
 * `a.join(' ') === b.join(' ')`, compared word by word rather than by joining both for every entry a mention is
 * counted against: the same thing, since keysOf never gives an empty word or one with a space in it.
 */
export function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
/** "Central Committee" is "CPC Central Committee": an organization named by the end of a longer one. */
export const sameOrganization = (a: readonly string[], b: readonly string[]): boolean =>
  sameWords(a, b) || (a.length >= 2 && a.length < b.length && a.every((k, i) => k === b[b.length - a.length + i]));
