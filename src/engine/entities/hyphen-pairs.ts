// Two names a hyphen joins into one run of capitals: "the Los Angeles-San Francisco route" (two places), "the
// Muhammad Ali-Joe Frazier fight" (two people). Each is listed for itself, not the run as one person.
import { isGivenName } from './first-names.ts';
import { keysOf } from './name-keys.ts';
import { PLACES } from './places.ts';

export interface HyphenPair {
  readonly kind: 'places' | 'people';
  readonly parts: readonly [string, string];
}

/** The two places or the two people `text` joins with a hyphen between words of two names, or null. */
export function hyphenPair(text: string): HyphenPair | null {
  const joint = JOINT.exec(text);
  if (!joint) return null;
  const parts = [text.slice(0, joint.index + 1), text.slice(joint.index + 2)] as const;
  if (parts.every((p) => PLACES.has(p.toLowerCase()))) return { kind: 'places', parts };
  // (Both full names, a given name opening each: not "Mary Smith-Jones", one person's double surname.)
  const people = parts.every((p) => p.includes(' ') && isGivenName(keysOf(p)[0] ?? ''));
  return people ? { kind: 'people', parts } : null;
}
/** A hyphen between a word of the first name and the capital of the second, with a space on each side of the pair. */
const JOINT = /\p{Ll}-(?=\p{Lu})/u;
