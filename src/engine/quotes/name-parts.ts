// What the name finder learned about the words of an article's names, kept for the speaker's phrase: a month word
// inside a person's name ("Theresa May") is no date, and "for" or "and" inside an institution's name ("Center for
// Strategic and International Studies") links it like "of". Keyed by the token objects of one analysis, so an
// article's marks never leak into another's; filled by `markNameParts`.
import { isCalendarWord } from '../entities/lexicon.ts';
import type { NameMention } from '../entities/names.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';

const NAMED_DATE_WORDS = new WeakSet<Token>();
const INSTITUTION_LINKS = new WeakSet<Token>();

export const isDateWord = (t: Token): boolean => isCalendarWord(lexKey(t), t.text) && !NAMED_DATE_WORDS.has(t);
export const isInstitutionLink = (t: Token): boolean => INSTITUTION_LINKS.has(t);

/** Marks the month words inside person names and the links inside organizations' names. */
export function markNameParts(tokens: readonly Token[], names: readonly NameMention[]): void {
  let t = 0;
  for (const m of names) {
    if (m.kind !== 'person' && m.kind !== 'organization') continue;
    while (t < tokens.length && (tokens[t] as Token).start < m.start) t++;
    for (let k = t; k < tokens.length && (tokens[k] as Token).start < m.end; k++) {
      const token = tokens[k] as Token;
      if (m.kind === 'person' && isCalendarWord(lexKey(token), token.text)) NAMED_DATE_WORDS.add(token);
      if (m.kind === 'organization' && !token.capitalized && LINKS.has(lexKey(token))) INSTITUTION_LINKS.add(token);
    }
  }
}
const LINKS: ReadonlySet<string> = new Set(['for', 'and']);
