// A word run into a full name where a caption or a nickname lost its break: "Wembley Frank Lampard", "Isco Gareth
// Bale", "Crooked Hillary Clinton". Told from a first name the lists do not know ("Norbert Leo Butz", "Billie Jean
// King") by the rest of the article: it writes the word alone elsewhere, or in lowercase.
import { isGivenName } from './first-names.ts';
import type { Token } from './tokens.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { DEMONYMS, PLACES } from './places.ts';
import { isGroup } from './name-context.ts';
import { readsWordBefore } from './headlines.ts';
import { possessiveLength } from './text-checks.ts';
import { keysOf } from './name-keys.ts';
import type { NameMention } from './names.ts';

/** Where each key stands in a body's tokens, built once per body: a run-in is checked against the whole article. */
const positions = new WeakMap<readonly Token[], Map<string, number[]>>();

function positionsOf(tokens: readonly Token[]): Map<string, number[]> {
  let byKey = positions.get(tokens);
  if (byKey) return byKey;
  byKey = new Map();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.word) continue;
    const list = byKey.get(token.key);
    if (list) list.push(i);
    else byKey.set(token.key, [i]);
  }
  positions.set(tokens, byKey);
  return byKey;
}

/** An initial is a name's own word ("J. Michael Pearson"), as "al" after a word opens a surname ("… al Mubarak"). */
const INITIAL = /^\p{L}\.?$/u;
const ADJECTIVE = /^un\p{Ll}{5,}$|^\p{Ll}{3,}(?:ous|ful|less|able|ible|ular)$/u;

/**
 * Whether tokens[i] runs into the full name of two words after it (a known given name, then a surname): the article
 * writes that word in lowercase ("crooked"), or alone, not before the same given name ("… at Wembley").
 */
export function runsIntoName(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i];
  const given = tokens[i + 1];
  if (!word?.capitalized || !given || INITIAL.test(word.text) || !isGivenName(given.key) || given.key === 'al') return false;
  // ("Mr Unpopular Bubba Watson": a word shaped like an adjective is a caption's or a nickname's, never a name's.)
  if (ADJECTIVE.test(word.key) && !isGivenName(word.key)) return true;
  for (const at of positionsOf(tokens).get(word.key) ?? []) {
    if (at === i) continue;
    const other = tokens[at] as Token;
    if (!other.capitalized || tokens[at + 1]?.key !== given.key) return true;
  }
  return false;
}

/**
 * Whether what tokens[from, to) name may hang on the rest of the article (a word before a given name and another
 * word, anywhere in it, since a part of a sequence may be classified alone), or on the word before them (two words in
 * capitals: see readsWordBefore): such a sequence is classified afresh in each article, not taken from the table of
 * sequences already seen.
 */
export function mayRunIn(tokens: readonly Token[], from: number, to: number): boolean {
  if (readsWordBefore(tokens, from, to)) return true;
  for (let i = from; i + 2 < to; i++) {
    const key = tokens[i]?.key ?? '';
    // (A title, a nationality, a place or a group before a given name is read by its words alone: "President Barack
    // Obama", the most common sequences of all, stay in the table.)
    if (!isGivenName(tokens[i + 1]?.key ?? '') || isGivenName(key) || TITLE_WORDS.has(key) || DEMONYMS.has(key)) continue;
    if (!PLACES.has(key) && !isGroup(key)) return true;
  }
  return false;
}

/** Prepositions of place: a word written right after one names a place or a club ("at Aintree", "against Malaga"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'against', 'near', 'v', 'vs', 'beat', 'beating']);

/**
 * Whether the capitalized word at offset `start` is a place or a club that a caption ran into a surname after it
 * ("… the Grand National at Aintree Treadwell's contented look"): the article writes that word right after a
 * preposition of place elsewhere ("at Aintree ahead of the Grand National").
 */
export function placeRunIn(tokens: readonly Token[], key: string, start: number,
  prepositions: ReadonlySet<string> = PLACE_PREPOSITIONS): boolean {
  const at = positionsOf(tokens).get(key) ?? [];
  if (!at.some((i) => tokens[i]?.start === start)) return false;
  return at.some((i) => tokens[i]?.start !== start && prepositions.has(tokens[i - 1]?.key ?? '')
    && !!tokens[i]?.capitalized && !isOwner(tokens, i));
}

/** Whether tokens[i] is an owner: "Bob's", "Davis' commentary". */
function isOwner(tokens: readonly Token[], i: number): boolean {
  const mark = tokens[i + 1];
  return possessiveLength(tokens[i]?.text ?? '') > 0 || (!!mark && /^['’]$/.test(mark.text) && mark.start === tokens[i]?.end);
}

/** Prepositions after which a word names a place or a club, never a person ("at Tottenham", not "beat Bowe"). */
export const PLACE_ONLY_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in']);

/**
 * "Malaga Benzema", "Aintree Treadwell": a caption's place or club run into the surname of someone the article names
 * in full ("Karim Benzema"), each with the full name it stands for.
 */
export function runInSurnames(names: readonly NameMention[], tokens: readonly Token[]): Map<NameMention, string> {
  const out = new Map<NameMention, string>();
  const full = new Map<string, string>();
  for (const m of names) {
    const keys = m.kind === 'person' ? keysOf(m.text) : [];
    if (keys.length > 1 && isGivenName(keys[0] ?? '')) full.set(keys.at(-1) ?? '', m.text);
  }
  for (const m of names) {
    // (A town the gazetteer knows makes the run no person's shape: "against Valencia Enrique said".)
    const keys = (m.kind === 'person' || m.kind === 'unknown') && m.text.includes(' ') ? keysOf(m.text) : [];
    const name = keys.length === 2 && !isGivenName(keys[0] ?? '') ? full.get(keys[1] ?? '') : undefined;
    if (name && placeRunIn(tokens, keys[0] ?? '', m.start)) out.set(m, name);
  }
  return out;
}
