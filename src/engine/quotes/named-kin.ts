// "Her daughter Tamara Rusoff-Hoen records messages … before her daughter signs off: '…'": a relative a quote is
// signed with ("her daughter", "his son") whom the article has named right after those very words is that person.
import type { NameMention } from '../entities/names.ts';
import { KIN_AND_FRIENDS } from './person-descriptions.ts';

/** A possessive and a noun: "her daughter", "His father" (a noun of kinship or friendship, KIN_AND_FRIENDS). */
const OWNED_NOUN = /^(?:his|her|their) (\p{L}+)$/iu;

/**
 * The full name the article writes right after the words of `description` before offset `before` ("her daughter
 * Tamara Rusoff-Hoen"), when it writes one name only there; null otherwise.
 */
export function namedKin(body: string, names: readonly NameMention[], description: string, before: number): string | null {
  if (!KIN_AND_FRIENDS.has(OWNED_NOUN.exec(description)?.[1]?.toLowerCase() ?? '')) return null;
  const words = `${description.toLowerCase()} `;
  let found: string | null = null;
  for (const m of names) {
    if (m.start >= before) break;
    if (m.kind !== 'person' || !/\s/.test(m.text) || body.slice(m.start - words.length, m.start).toLowerCase() !== words) continue;
    if (found !== null && found !== m.text) return null;
    found = m.text;
  }
  return found;
}
