// How two written forms of a name are compared: by their lowercase words ("Mr. Xi's" → ["mr", "xi"]), and by
// whether the shorter one is the surname ("Clinton" of "Hillary Clinton"), the first word ("Xi" of "Xi Jinping"),
// or the first and last words ("Hillary Clinton" of "Hillary Rodham Clinton").
import { classOf, codePointAt, DIGIT, LETTER } from './chars.ts';
import { isGivenName, sameGivenName } from './first-names.ts';
import { foldAccents } from '../text/tokens.ts';

/** Letters, digits, apostrophes and hyphens make up a name's words; anything else (`/[^\p{L}\p{N}'’-]+/u`) breaks them. */
function inWord(codePoint: number): boolean {
  return (classOf(codePoint) & (LETTER | DIGIT)) !== 0 || codePoint === 39 || codePoint === 0x2019 || codePoint === 45;
}

/**
 * Lowercase words of a name, without periods or possessives: the keys two forms of a name are compared by. Read
 * character by character (it runs for every name mention), as `text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u)` with
 * each part's "'s" or trailing apostrophes and hyphens taken off.
 */
export function keysOf(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  let start = 0;
  let ascii = true;
  for (let i = 0; i <= lower.length;) {
    const codePoint = i < lower.length ? codePointAt(lower, i, lower.length) : -1;
    if (codePoint >= 0 && inWord(codePoint)) {
      ascii &&= codePoint < 0x80;
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    if (i > start) {
      const key = keyOf(lower.slice(start, i), ascii);
      if (key) out.push(key);
    }
    i += codePoint > 0xffff ? 2 : 1;
    start = i;
    ascii = true;
  }
  return out;
}

/**
 * A word without its possessive "'s", or else without trailing apostrophes and hyphens; a curly apostrophe inside it
 * is read as a straight one, since one article may write "O’Neill" and "O'Neill", and its letters without their
 * accents ("Antić" and "Antic"); and without an Arabic article joined to it, since "al-Assad" and "Assad" are one surname.
 * (`ascii`: the word has no other letters, so there is nothing to fold.)
 */
function keyOf(part: string, ascii: boolean): string {
  if (!ascii) {
    const plain = foldAccents(part.replaceAll('’', "'"));
    if (plain !== part) return keyOf(plain, true);
  }
  const joined = (part.startsWith('al-') || part.startsWith('el-')) && part.length > 3
    && (classOf(codePointAt(part, 3, part.length)) & LETTER) !== 0;
  const word = joined ? part.slice(3) : part;
  if (word.endsWith("'s")) return word.slice(0, -2);
  let end = word.length;
  while (end > 0) {
    const c = word.charCodeAt(end - 1);
    if (c !== 39 && c !== 45) break;
    end--;
  }
  return end === word.length ? word : word.slice(0, end);
}

export const GENERATIONS: ReadonlySet<string> = new Set(['jr', 'ii', 'iii', 'iv']);

/** Whether a full name's last word is a generation ("Joseph R. Biden Jr.", "Harry Hurt III"). */
const endsInGeneration = (keys: readonly string[]): boolean => keys.length > 2 && GENERATIONS.has(keys[keys.length - 1] ?? '');

/** The surname's key: the last word, or the one before a generation ("biden" of "Joseph R. Biden Jr."). */
export function surnameKey(keys: readonly string[]): string {
  return (endsInGeneration(keys) ? keys[keys.length - 2] : keys[keys.length - 1]) ?? '';
}

/** Whether `short` names the same person as `full`: a suffix ("Clinton"), the first word ("Xi"), or first and last. */
export function sameName(short: readonly string[], whole: readonly string[]): boolean {
  // "Hurt" of "Harry Hurt III", "Thomas Barrack" of "Thomas Barrack Jr.": a generation is no part of the surname.
  // (Not "Sr.", written to tell a father from the son who is mostly meant: "Duncan Hunter" is not "Duncan Hunter Sr.")
  const full = endsInGeneration(whole) && !GENERATIONS.has(short.at(-1) ?? '') ? whole.slice(0, -1) : whole;
  if (short.length === 0 || short.length > full.length) return false;
  const suffix = short.every((k, i) => k === full[full.length - short.length + i]);
  if (suffix) return true;
  // ("Mr Garcia" of "Alvaro Garcia Linera": a Spanish name's first surname, a middle word that is no given name.)
  const first = short[0] ?? '';
  if (short.length === 1) return (sameGivenName(first, full[0] ?? '') && full.length <= 3) || isFirstSurname(first, full);
  // ("Bill Clinton" of "William Jefferson Clinton": a given name's short form is the name.)
  if (first !== full[0]) return short.length === 2 && short[1] === full.at(-1) && sameGivenName(first, full[0] ?? '');
  // ("Mary Pat" of "Mary Pat Christie": given names alone, the way the full name opens; "Alicia M" of "Alicia Machado":
  // a surname cut to its initial.)
  const last = short[short.length - 1] ?? '';
  return last === full[full.length - 1] || short.every((k, i) => k === full[i] && isGivenName(k))
    || (short.length === 2 && last.length === 1 && !!full[full.length - 1]?.startsWith(last));
}

const isFirstSurname = (key: string, full: readonly string[]): boolean =>
  full.length === 3 && key === full[1] && key.length > 2 && !isGivenName(key);

/**
 * Whether a name of two words is a family name written first that a title gives alone elsewhere (`titled`, their
 * keys): "Wang Dongming, one of the flyers, said" and "Mr Wang".
 */
export function familyNameFirst(keys: readonly string[], titled: ReadonlySet<string | undefined>): boolean {
  return keys.length === 2 && titled.has(keys[0]);
}

/** Whether a name is someone a title gives by one word elsewhere: their surname ("Ms. Turner"), or see familyNameFirst. */
export function titledAlone(keys: readonly string[], titled: ReadonlySet<string | undefined>): boolean {
  return titled.has(keys.at(-1)) || familyNameFirst(keys, titled);
}

/** Titles a royal is named by with one given name, and a peer with a surname, the title kept: "Prince William", "Lord
 * Coe" (decision 0026). */
export const ROYALS: ReadonlySet<string> = new Set(['king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'emperor',
  'pope']);
export const PEERS: ReadonlySet<string> = new Set(['lord', 'lady', 'baroness', 'baron']);
/** The royal's or peer's title a person's name opens with, kept in it: "pope" of "Pope Francis"; or ''. */
export function titleInName(name: string): string {
  const first = name.slice(0, Math.max(0, name.indexOf(' '))).toLowerCase();
  return ROYALS.has(first) || PEERS.has(first) ? first : '';
}
