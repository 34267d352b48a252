// "Her daughter Tamara Rusoff-Hoen records messages … before her daughter signs off: '…'": a relative a quote is
// signed with ("her daughter", "his son") whom the article has named right after those very words is that person.
import type { NameMention } from '../entities/names.ts';

/** A possessive and a word of kinship: "her daughter", "His father". */
const KIN = /^(?:his|her|their) (?:son|daughter|wife|husband|mother|father|brother|sister|mum|mom|dad|partner|girlfriend|boyfriend|fiancee?|widow|uncle|aunt|grandson|granddaughter|grandmother|grandfather)$/i;

/**
 * The full name the article writes right after the words of `description` before offset `before` ("her daughter
 * Tamara Rusoff-Hoen"), when it writes one name only there; null otherwise.
 */
export function namedKin(body: string, names: readonly NameMention[], description: string, before: number): string | null {
  if (!KIN.test(description)) return null;
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
