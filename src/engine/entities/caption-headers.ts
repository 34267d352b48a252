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
  'from', 'into', 'near', 'during', 'outside', 'inside', 'after', 'before']);
const LINKS: ReadonlySet<string> = new Set(['for', 'of', 'and']);
const INITIAL = /^\p{Lu}\.$/u;
/** A participle of six letters or more, not a surname's "-eed" ("Reed", "Creed"). */
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}(?<!e)ed$/u;

/** Computed once per body's tokens: the name finder and the lists of entities both ask. */
const lowercaseByTokens = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The words a body writes in lowercase somewhere: a capitalized one among them may be a common word, not a name. */
export function lowercaseWords(tokens: readonly Token[]): ReadonlySet<string> {
  const known = lowercaseByTokens.get(tokens);
  if (known) return known;
  const out = new Set<string>();
  for (const t of tokens) if (t.word && !t.capitalized) out.add(t.key);
  lowercaseByTokens.set(tokens, out);
  return out;
}

/**
 * Whether tokens[i], in a capitalized run that began before it, opens a caption or its header: a participle that a
 * preposition follows ("Obsessed with her style:", "Captured near the town"), or a word the body also writes in
 * lowercase, then a colon after at most a few lowercase words ("Quiet:", "Wrong move:"). Never after a given name, an
 * initial or a title, whose surname may be a common word ("Theresa May:", "Mrs May:"), nor a word that ends an
 * organization's name, nor a participle inside one ("National Association for People Abused in Childhood").
 */
export function opensCaptionHeader(tokens: readonly Token[], i: number, lowercase: () => ReadonlySet<string>): boolean {
  const token = tokens[i];
  const prev = tokens[i - 1];
  if (!token?.word || !token.capitalized || !prev?.word) return false;
  // (Its shape first, which few words have: this is asked of every capitalized word in a run.)
  // A participle that a preposition follows opens a caption, colon or not: "… Humboldt County Captured near the town".
  const participle = AFTER_PARTICIPLE.has(tokens[i + 1]?.key ?? '') && PARTICIPLE.test(token.text)
    && !isGivenName(token.key) && !LINKS.has(tokens[i - 2]?.key ?? '');
  if (!participle && !colonSoonAfter(tokens, i)) return false;
  if (isGivenName(prev.key) || HONORIFICS.has(prev.key) || TITLE_WORDS.has(prev.key) || INITIAL.test(prev.text)) return false;
  // (A word that ends an organization's name is its: "the film Fight Club:", "the Arkansas Government was:".)
  if (ORGANIZATION_WORDS.has(token.key) || INSTITUTIONS.has(token.key) || CLUB_ENDINGS.has(token.key)) return false;
  return participle || lowercase().has(token.key);
}

/** A colon after tokens[i] and at most MAX_HEADER_WORDS lowercase words, none a verb of speech ("the Russian Embassy
 * said:" introduces a quote; it is no header). */
function colonSoonAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 1 + MAX_HEADER_WORDS; k++) {
    const t = tokens[k];
    if (t?.text === ':') return true;
    if (!t?.word || t.capitalized || SAYING.has(t.key)) return false;
  }
  return false;
}
/** The commonest verbs of speech (the quotes' full list builds on this folder, which does not depend on it). */
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes',
  'explained', 'insisted', 'stated', 'warned', 'declared', 'tweeted', 'replied']);
