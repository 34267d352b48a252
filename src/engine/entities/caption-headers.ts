// The Daily Mail sets a photo caption into the text with a header of a word or three and a colon: "… presidential
// candidate Hillary Clinton Obsessed with her style: Julia, pictured …", "… against Ms Jackson Quiet: Ms Jackson and
// Mr Ray were neighbours …". The header's first word, capitalized, runs on from the name before it; it is no part of it.
import { CLUB_ENDINGS, HONORIFICS, INSTITUTIONS, ORGANIZATION_WORDS, TITLE_WORDS } from './lexicon.ts';
import { isGivenName } from './first-names.ts';
import type { Token } from './tokens.ts';

/** Words a header may have between its first word and its colon ("Wrong move:", "Dressed to impress:"). */
const MAX_HEADER_WORDS = 4;
/** Prepositions after a participle that open a header: "Obsessed with", "Dressed to", "Pictured at". */
const AFTER_PARTICIPLE: ReadonlySet<string> = new Set(['with', 'to', 'by', 'in', 'at', 'for', 'up', 'out', 'on', 'as',
  'from', 'into']);
const INITIAL = /^\p{Lu}\.$/u;

/** The words a body writes in lowercase somewhere: a capitalized one among them may be a common word, not a name. */
export function lowercaseWords(tokens: readonly Token[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const t of tokens) if (t.word && !t.capitalized) out.add(t.key);
  return out;
}

/**
 * Whether tokens[i], in a capitalized run that began before it, opens a caption's header: lowercase words, then a
 * colon follow it, and it is a participle that a preposition follows ("Obsessed with her style:") or a word the body
 * also writes in lowercase ("Quiet:", "Wrong move:"). Never after a given name, an initial or a title, whose surname
 * may be a common word ("Theresa May:", "Mrs May:"), nor a word that ends an organization's name.
 */
export function opensCaptionHeader(tokens: readonly Token[], i: number, lowercase: ReadonlySet<string>): boolean {
  const token = tokens[i];
  const prev = tokens[i - 1];
  if (!token?.word || !token.capitalized || !prev?.word) return false;
  if (isGivenName(prev.key) || HONORIFICS.has(prev.key) || TITLE_WORDS.has(prev.key) || INITIAL.test(prev.text)) return false;
  // (A word that ends an organization's name is its: "the film Fight Club:", "the Arkansas Government was:".)
  if (ORGANIZATION_WORDS.has(token.key) || INSTITUTIONS.has(token.key) || CLUB_ENDINGS.has(token.key)) return false;
  let colon = -1;
  for (let k = i + 1; k <= i + 1 + MAX_HEADER_WORDS; k++) {
    const t = tokens[k];
    if (t?.text === ':') { colon = k; break; }
    if (!t?.word || t.capitalized) return false;
  }
  if (colon < 0) return false;
  const participle = token.key.endsWith('ed') && colon > i + 1 && AFTER_PARTICIPLE.has((tokens[i + 1] as Token).key);
  return participle || lowercase.has(token.key);
}
