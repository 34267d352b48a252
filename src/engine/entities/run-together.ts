// Words a page ran together where a caption or a link lost its line break: "… other news from SuffolkJonathan Rees QC
// said", "Black CountrySir Albert Bore". Split into two tokens, a name finder reads "Suffolk" and "Jonathan Rees" apart
// (and names.ts ends a sequence between two words with no space between them).
import { isGivenName } from './first-names.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { PLACES } from './places.ts';
import type { Token } from './tokens.ts';

/** A capitalized word, then a capital inside it after at least four lowercase letters: "SuffolkJonathan". */
const RUN_TOGETHER = /^\p{Lu}\p{Ll}{3,}(?=\p{Lu}\p{Ll})/u;
/** Seven letters at least: a word of four letters, then one of three. */
const MIN_LENGTH = 7;
/** Words a run-together second half may be besides given names: a title, a number, a sentence's first word. */
const SECOND_WORDS: ReadonlySet<string> = new Set(['sir', 'dame', 'lord', 'lady', 'president', 'minister', 'prime',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** First halves that are a surname's prefix: "FitzGerald", "FitzPatrick" are one name. */
const PREFIXES: ReadonlySet<string> = new Set(['fitz']);

/**
 * Where the capitalized word `token` splits into two, or -1: its second half a given name after a place
 * ("SuffolkJonathan"), a title ("CountrySir") or a function word of three letters or more ("TurkeyThe"); not a brand
 * ("LinkedIn", "YouTube", "HuffPost"), a handle ("MichaelJackson", "KellyAnne") or a prefixed surname ("FitzGerald").
 */
function splitAt(token: Token): number {
  if (!token.capitalized || token.text.length < MIN_LENGTH || token.text.endsWith('.')) return -1;
  const first = RUN_TOGETHER.exec(token.text)?.[0];
  if (!first || PREFIXES.has(first.toLowerCase())) return -1;
  const second = token.key.slice(first.length);
  if (/[^a-z]/.test(second)) return -1;
  // (A given name only after a place, the end of a caption's "news from Suffolk": not "KellyAnne", "RoseAnn".)
  const named = (isGivenName(second) && PLACES.has(first.toLowerCase())) || SECOND_WORDS.has(second)
    || (second.length >= 3 && FUNCTION_WORDS.has(second));
  return named ? first.length : -1;
}

function part(token: Token, from: number, to: number): Token {
  const text = token.text.slice(from, to);
  return { text, start: token.start + from, end: token.start + to, word: true, capitalized: true, key: text.toLowerCase() };
}

/** `tokens` with each run-together word split in two; the same array when none is (as in most articles). */
export function splitRunTogether(tokens: Token[]): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const at = splitAt(token);
    if (at < 0) { out?.push(token); continue; }
    out ??= tokens.slice(0, i);
    out.push(part(token, 0, at), part(token, at, token.text.length));
  }
  return out ?? tokens;
}
