// Two names a hyphen joins into one run of capitals: "the Los Angeles-San Francisco route" (two places), "the
// Muhammad Ali-Joe Frazier fight" (two people), "a Washington Post-ABC News poll" (two bodies). Each is listed for
// itself, not the run as one name.
import { IN_CAPITALS } from './acronyms.ts';
import { isGivenName } from './first-names.ts';
import { ORGANIZATION_WORDS } from './lexicon.ts';
import { keysOf } from './name-keys.ts';
import { PLACES } from './places.ts';
import { isJoinedPaperWord } from './teams.ts';

export interface HyphenPair {
  readonly kind: 'places' | 'people';
  readonly parts: readonly [string, string];
}

/** The two places or the two people `text` joins with a hyphen between words of two names, or null. */
export function hyphenPair(text: string): HyphenPair | null {
  const parts = partedAt(text, JOINT.exec(text));
  if (!parts) return null;
  if (parts.every((p) => PLACES.has(p.toLowerCase()))) return { kind: 'places', parts };
  // (Both full names, a given name opening each: not "Mary Smith-Jones", one person's double surname.)
  const people = parts.every((p) => p.includes(' ') && isGivenName(keysOf(p)[0] ?? ''));
  return people ? { kind: 'people', parts } : null;
}
/** The two bodies `text` joins with a hyphen, each named by initials or ending in a body's word ("Washington Post-ABC
 * News", "NBC-Wall Street Journal"; not "Chicago-Kent College of Law"), or null. */
export function organizationPair(text: string): readonly [string, string] | null {
  const parts = partedAt(text, JOINT.exec(text) ?? CAPITALS_JOINT.exec(text));
  // (Nor one paper's name: "the Las Vegas Review-Journal".)
  if (!parts || isJoinedPaperWord(`${keysOf(parts[0]).at(-1) ?? ''}-${keysOf(parts[1])[0] ?? ''}`)) return null;
  const body = (part: string): boolean => IN_CAPITALS.test(part) || ORGANIZATION_WORDS.has(keysOf(part).at(-1) ?? '');
  // (Not two sets of initials, one body's: "the AFL-CIO".)
  return parts.every(body) && !parts.every((p) => IN_CAPITALS.test(p)) ? parts : null;
}
/** A hyphen after initials: "NBC-Wall Street Journal". */
const CAPITALS_JOINT = /\p{Lu}-(?=\p{Lu})/u;

/** A hyphen between a word of the first name and the capital of the second, with a space on each side of the pair. */
const JOINT = /\p{Ll}-(?=\p{Lu})/u;
/** The two names either side of the hyphen after the letter a joint regex matched, or null without one. */
const partedAt = (text: string, joint: RegExpExecArray | null): readonly [string, string] | null => (joint
  ? [text.slice(0, joint.index + 1), text.slice(joint.index + 2)] : null);
