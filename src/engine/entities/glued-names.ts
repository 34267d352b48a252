// A capitalized word a page glued to the name or the title after it, where a heading lost its line break: "Read more
// … news from SuffolkJonathan Rees QC said", "claimed by the TalibanPresident Ashraf Ghani"; or a name glued to the
// first word of the sentence after it, "Sarah CampbellThe recent headlines". The tokenizer parts them.
import { isGivenName } from './first-names.ts';

/** A capitalized word of ASCII letters, then another: "SuffolkJonathan", "TalibanPresident". */
const TWO_WORDS = /^[A-Z][a-z]{3,}(?=[A-Z][a-z]{2,}$)/;
/** Titles a page may glue to the word before them: "TalibanPresident Ashraf Ghani". */
const GLUED_TITLES: ReadonlySet<string> = new Set(['president', 'minister', 'secretary', 'senator', 'governor', 'mayor',
  'sir', 'dame', 'lord', 'lady', 'prince', 'princess', 'king', 'queen', 'chancellor', 'premier', 'professor']);

/** Words that open the next sentence, glued to the name that ended a caption: "correspondent Sarah CampbellThe recent
 * headlines". */
const GLUED_OPENERS: ReadonlySet<string> = new Set(['the', 'this', 'his', 'her']);

/** How long a word must be to have a given name glued to it, and not be a given name written so ("RoseAnn"). */
const MIN_BEFORE_GLUED_NAME = 5;

/**
 * Where the second word of a capitalized word that a page glued to a name, a title or a sentence's first word starts
 * ("news from SuffolkJonathan Rees", "claimed by the TalibanPresident Ashraf Ghani", "Sarah CampbellThe recent"), or -1.
 * The first word is no given name and, before a given name, of five letters or more ("KellyAnne", "RoseAnn" are given
 * names); the second a given name, a title or such a first word: not "UnitedHealth", "HuffPollster", "NextGen".
 */
export function gluedNameAt(word: string): number {
  const first = TWO_WORDS.exec(word)?.[0];
  if (!first || isGivenName(first.toLowerCase())) return -1;
  const second = word.slice(first.length).toLowerCase();
  return GLUED_TITLES.has(second) || GLUED_OPENERS.has(second) || (isGivenName(second) && first.length >= MIN_BEFORE_GLUED_NAME)
    ? first.length : -1;
}
