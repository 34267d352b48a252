// "Her daughter Tamara Rusoff-Hoen records messages … before her daughter signs off: '…'": a relative a quote is
// signed with ("her daughter", "his son") whom the article has named right after those very words is that person; and
// so is anyone a description names with "named" ("The video maker, named Meo Madeley, …").
import type { NameMention } from '../entities/names.ts';
import { KIN_AND_FRIENDS } from './person-descriptions.ts';

/** A possessive and a noun: "her daughter", "His father" (a noun of kinship or friendship, KIN_AND_FRIENDS). */
const OWNED_NOUN = /^(?:his|her|their) (\p{L}+)$/iu;
const LETTER = /\p{L}/u;

/**
 * The full name the article writes right after the words of `description` before offset `before` ("her daughter
 * Tamara Rusoff-Hoen"), when it writes one name only there; null otherwise.
 */
export function namedKin(body: string, names: readonly NameMention[], description: string, before: number): string | null {
  if (!KIN_AND_FRIENDS.has(OWNED_NOUN.exec(description)?.[1]?.toLowerCase() ?? '')) return null;
  const words = description.toLowerCase();
  // (A comma may set the name off, "his father, Anatoly Smith,"; a given name alone will do, "His father Anatoly", a
  // word the name finder could not place.)
  return theOneThatFits(names, before, (m) => {
    const lead = body.slice(Math.max(0, m.start - words.length - 3), m.start).toLowerCase();
    const named = m.kind === 'person' ? /\s/.test(m.text) : m.kind === 'unknown' && !/\s/.test(m.text);
    const at = lead.endsWith(`${words} `) ? lead.length - words.length - 1
      : lead.endsWith(`${words}, `) ? lead.length - words.length - 2 : -1;
    return named && at >= 0 && !LETTER.test(lead.charAt(at - 1));
  });
}

/** The one name among `names` before offset `before` that `fits`; null when none does or two different ones do. */
function theOneThatFits(names: readonly NameMention[], before: number, fits: (m: NameMention) => boolean): string | null {
  let found: string | null = null;
  for (const m of names) {
    if (m.start >= before) break;
    if (!fits(m)) continue;
    if (found !== null && found !== m.text) return null;
    found = m.text;
  }
  return found;
}

/** "the video maker", "The woman": a definite description of a few words. */
const THE_DESCRIPTION = /^the(?: [\p{L}-]+){1,3}$/iu;

/**
 * The full name the article gives with "named" right after the words of `description` before offset `before` ("The
 * video maker, named Meo Madeley,"), when it gives one only; null otherwise.
 */
export function namedDescription(body: string, names: readonly NameMention[], description: string, before: number)
  : string | null {
  if (!THE_DESCRIPTION.test(description)) return null;
  const words = `${description.toLowerCase()}, named `;
  return theOneThatFits(names, before, (m) => m.kind === 'person' && /\s/.test(m.text)
    && body.slice(m.start - words.length, m.start).toLowerCase() === words);
}
