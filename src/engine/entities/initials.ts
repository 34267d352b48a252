// An organization the article names both in full and by its initials ("the National Rifle Association … the NRA") is
// one organization, though the article never writes "(NRA)" after the full name: the list keeps the full name. And a
// name its initials follow in brackets is a body's: "Tidal Lagoon Power (TLP)".
import { DOTTED } from './acronyms.ts';
import type { Token } from './tokens.ts';
import { isGivenName } from './first-names.ts';
import { THING_WORDS } from './lexicon.ts';

/** An entry of a list of names, as the entity lists count them. */
export interface Counted {
  readonly name: string;
  mentions: number;
  first: number;
}

/** Small words a name's initials leave out: "Federal Bureau of Investigation" is the FBI. */
const LEFT_OUT: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', '&']);
/** Initials as written: two to six capitals, with or without full stops ("NRA", "F.B.I."). */
const INITIALS = /^(?:[A-Z]\.?){2,6}$/;

/** The initials of a name of several words, in capitals: "National Rifle Association" → "NRA". */
export function initialsOf(name: string): string {
  const words = name.split(/[\s-]+/).filter((w) => w !== '' && !LEFT_OUT.has(w.toLowerCase()));
  return words.length < 2 ? '' : words.map(lettersOf).join('').toUpperCase();
}
/** A word's letters in its name's initials: its first; all of initials with periods (the "U.S. Department of
 * Agriculture" is the USDA). */
const lettersOf = (word: string): string => (DOTTED.test(word) ? word.replaceAll('.', '') : word[0] ?? '');

/** The names of several words in `list` by their initials ("NRA" → the National Rifle Association's); null for
 * initials two names share, which say neither ("GOP": the Grand Old Party, or the Growth and Opportunity Project). */
export function namesByInitials<T>(list: readonly T[], nameOf: (e: T) => string): Map<string, T | null> {
  const byInitials = new Map<string, T | null>();
  for (const e of list) {
    const name = nameOf(e);
    // (Its country's initials may be left out: the "U.S. Environmental Protection Agency" is the EPA.)
    for (const initials of new Set([initialsOf(name), initialsOf(name.replace(COUNTRY, ''))])) {
      if (initials) byInitials.set(initials, byInitials.has(initials) ? null : e);
    }
  }
  return byInitials;
}
/** A country's initials that open a body's name. */
const COUNTRY = /^U\.?[SK]\.?\s+/;

/** Whether `text` is written as initials, "the" before them or not: "NRA", "the F.B.I.". */
export const isInitials = (text: string): boolean => INITIALS.test(text.replace(THE, ''));

/** The name of several words that `text`, written as initials ("NRA", "the F.B.I."), stands for in `byInitials`. */
export function spelledOut<T>(byInitials: ReadonlyMap<string, T | null>, text: string): T | null | undefined {
  return isInitials(text) ? byInitials.get(text.replace(THE, '').replaceAll('.', '')) : undefined;
}
const THE = /^the\s+/i;

/** `list` with each entry that is another entry's initials counted as that entry. */
export function joinInitials<T extends Counted>(list: readonly T[]): T[] {
  const byInitials = namesByInitials(list, (e) => e.name);
  if (byInitials.size === 0) return [...list];
  return list.filter((e) => {
    const full = spelledOut(byInitials, e.name);
    if (!full || full === e) return true;
    full.mentions += e.mentions;
    full.first = Math.min(full.first, e.first);
    return false;
  });
}

/** Last words of what initials may also name, which is no body: "the Affordable Care Act (ACA)", "Trans-Pacific
 * Partnership (TPP)". */
const NO_BODY_ENDINGS: ReadonlySet<string> = new Set([...THING_WORDS, 'partnership', 'policy', 'system', 'scheme', 'index']);

/** Whether tokens[from, end) are a body's name, as its initials in brackets after it say: "Tidal Lagoon Power (TLP)";
 * not a person's, nor a law's or a treaty's. */
export function initialsFollow(tokens: readonly Token[], from: number, end: number): boolean {
  const initials = tokens[end]?.text === '(' && tokens[end + 2]?.text === ')' ? tokens[end + 1]?.text ?? '' : '';
  return INITIALS.test(initials) && !isGivenName(tokens[from]?.key ?? '') && !NO_BODY_ENDINGS.has(tokens[end - 1]?.key ?? '')
    && initialsOf(tokens.slice(from, end).map((t) => t.text).join(' ')) === initials.replaceAll('.', '');
}
