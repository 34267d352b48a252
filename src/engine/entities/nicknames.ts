// A nickname in quotation marks, double or single, between a given name and a surname: 'Juan "Chico" Manriquez',
// "Mike 'Sugar Bear' Thompson".
import { isGivenName } from './first-names.ts';
import { lexKey } from './tokens.ts';
import type { Token } from './tokens.ts';

const MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

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
  for (let given = to - 5; given >= Math.max(from, to - 7); given--) {
    if (!INITIAL.test(tokens[given]?.text ?? '') && nicknameAfter(tokens, given) === to - 1) return given;
  }
  return -1;
}

/** An initial after a given name, before the nickname: 'Rep. Robert C. "Bobby" Scott'. */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * Where the nickname in quotation marks after the given name at tokens[given] ends (see nicknameEnd), past an initial
 * between them; -1 when no nickname follows.
 */
function nicknameAfter(tokens: readonly Token[], given: number): number {
  const initial = INITIAL.test(tokens[given + 1]?.text ?? '') ? 1 : 0;
  return nicknameEnd(tokens, given + 1 + initial);
}

/**
 * Where the nickname whose opening mark is tokens[i] ends, when a given name stands before it (past an initial: 'Rep.
 * Robert C. "Bobby" Scott'), no earlier than tokens[from]; -1 when it does not.
 */
export function nicknameAfterGiven(tokens: readonly Token[], i: number, from: number): number {
  const given = INITIAL.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
  return given >= from && isGivenName(lexKey(tokens[given] as Token)) ? nicknameEnd(tokens, i) : -1;
}
