// Words in capitals inside a capitalized sequence: an acronym names a company or a programme, not a person ("TARP II",
// "FEC"), though one may stand before a person's name ("BT Mike Rake").
import type { Token } from './tokens.ts';

const ACRONYM = /^\p{Lu}{3,}$/u;
const ROMAN = /^[IVX]+$/;

/** Two capitals or more: "BT", "FEC". */
export const IN_CAPITALS = /^\p{Lu}{2,}$/u;

/** Words in capitals before a name that are a title or a greeting, no company: "PC Kelly Jones", "RIP Stan Freberg". */
export const NOT_COMPANIES: ReadonlySet<string> = new Set(['pc', 'rip', 'mc', 'ps']);

/** Initials with periods, as some papers write every body's: "C.I.A.", "U.S.", "A.F.L.-C.I.O.". */
export const DOTTED = /^\p{Lu}\.(?:-?\p{Lu}\.)+$/u;
/** A word's key for the lexicon's bodies, read without the periods of its initials: "C.I.A." is the "cia". */
export const bodyKeyOf = (token: Token, key: string): string => (DOTTED.test(token.text) ? key.replaceAll('.', '') : key);

/** A word in capitals of three letters or more, not a roman numeral ("TARP", not the "II" of "TARP II"). */
export const isAcronym = (text: string): boolean => ACRONYM.test(text) && !ROMAN.test(text);

/**
 * Whether tokens[from, to) hold an acronym, or end in two capitals ("Sirius XM", "Apple ID", "Keystone XL"; two capitals
 * first may be initials: "AJ Spiker").
 */
export function hasAcronym(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAcronym(tokens[i]?.text ?? '')) return true;
  const last = tokens[to - 1]?.text ?? '';
  return IN_CAPITALS.test(last) && !ROMAN.test(last);
}
