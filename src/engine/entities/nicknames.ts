// A nickname in quotation marks between a given name and a surname: 'Juan "Chico" Manriquez', 'Marcia "Cia" Price'.
import type { Token } from './tokens.ts';

const MARKS: ReadonlySet<string> = new Set(['"', '“', '”']);

/** Index of the surname after a nickname of one or two words whose opening mark is tokens[i], or -1. */
export function nicknameEnd(tokens: readonly Token[], i: number): number {
  if (!MARKS.has(tokens[i]?.text ?? '')) return -1;
  for (let k = i + 2; k <= i + 3; k++) {
    const [word, mark, surname] = [tokens[k - 1], tokens[k], tokens[k + 1]];
    if (!word?.capitalized) return -1;
    const adjacent = !!mark && !!surname && mark.start === word.end && surname.start === mark.end + 1;
    if (adjacent && MARKS.has(mark.text) && surname.capitalized) return k + 1;
  }
  return -1;
}

/**
 * Where the given name starts when tokens[from, to) end in a given name, a nickname in quotation marks and a one-word
 * surname (after title words, as in 'state Del. Marcia "Cia" Price'); -1 when they do not.
 */
export function nicknamedFrom(tokens: readonly Token[], from: number, to: number): number {
  for (let given = to - 5; given >= Math.max(from, to - 6); given--) if (nicknameEnd(tokens, given + 1) === to - 1) return given;
  return -1;
}
