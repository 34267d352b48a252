// The title of a work written right after the kind of work it is: "his book Clinton Cash", "the film Whiplash", "a
// documentary titled Weiner", "a book about the escape called Zero Night". Such a title names no person, whatever
// its words look like ("Going Home", "Anderson Cooper 360").
import type { Token } from './tokens.ts';

// (Not words that are verbs too, whose object is a person: "to play Dolvett Quince", "show Ross Kemp at his best".)
const WORK_NOUNS: ReadonlySet<string> = new Set(['book', 'books', 'novel', 'memoir', 'film', 'films', 'movie', 'movies',
  'documentary', 'series', 'sitcom', 'programme', 'album', 'song', 'musical', 'opera', 'poem', 'painting']);
/** Words that give a work its title: "a book called Zero Night". */
const TITLING: ReadonlySet<string> = new Set(['called', 'titled', 'entitled', 'dubbed']);
/** How many words may stand between the kind of work and the word that titles it: "a book about the escape called". */
const MAX_BETWEEN = 5;

/** Whether the words starting at tokens[i] are the title of a work the words before them name. */
export function titlesAWorkAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before?.word || before.capitalized) return false;
  if (WORK_NOUNS.has(before.key)) return true;
  if (!TITLING.has(before.key)) return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - MAX_BETWEEN); k--) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (WORK_NOUNS.has(t.key)) return true;
  }
  return false;
}
