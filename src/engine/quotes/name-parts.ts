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
const PERSON_NAME_WORDS = new WeakSet<Token>();

export const isDateWord = (t: Token): boolean => isCalendarWord(lexKey(t), t.text) && !NAMED_DATE_WORDS.has(t);
export const isInstitutionLink = (t: Token): boolean => INSTITUTION_LINKS.has(t);
/** A word of a person's name that is a function word elsewhere: "Still" of "John Still", "Long" of "Huey Long". */
export const isPersonNameWord = (t: Token): boolean => PERSON_NAME_WORDS.has(t);

/** Marks the month words and the later words of person names, and the links inside organizations' names. */
export function markNameParts(tokens: readonly Token[], names: readonly NameMention[]): void {
  let t = 0;
  for (const m of names) {
    if (m.kind !== 'person' && m.kind !== 'organization') continue;
    while (t < tokens.length && (tokens[t] as Token).start < m.start) t++;
    for (let k = t; k < tokens.length && (tokens[k] as Token).start < m.end; k++) {
      const token = tokens[k] as Token;
      if (m.kind === 'person' && isCalendarWord(lexKey(token), token.text)) NAMED_DATE_WORDS.add(token);
      if (m.kind === 'person' && token.capitalized && k > t) PERSON_NAME_WORDS.add(token);
      if (m.kind === 'organization' && !token.capitalized && LINKS.has(lexKey(token))) INSTITUTION_LINKS.add(token);
    }
  }
}
const LINKS: ReadonlySet<string> = new Set(['for', 'and']);
