// Lowercase words a person's name goes on past: "Bashar al-Assad", "Ursula von der Leyen", "Sophie in 't Veld".
import type { Token } from './tokens.ts';
import { isInitialAt } from './word-shapes.ts';

/** An Arabic article joined to a surname: "al-Assad", "al-Awlaki". */
const ARTICLE_JOINED = /^(?:al|el|ad|ash|as|az)-\p{Lu}/u;
/** Asked of every lowercase word of a body: its first letter and its dash first, which rule out nearly all. */
export const isArticleJoined = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return (first === A || first === E) && (text.charCodeAt(2) === DASH || text.charCodeAt(3) === DASH) && ARTICLE_JOINED.test(text);
};
const [A, E, DASH] = [97, 101, 45];
/** Particles that open a run of two or three ("von der", "de la", "van den", "in 't"). */
const RUN_OPENERS: ReadonlySet<string> = new Set(['van', 'von', 'de', 'di', 'da', 'in']);
/** Particles that follow one ("der", "la", "'t"). */
const RUN_FOLLOWERS: ReadonlySet<string> = new Set(['der', 'den', 'de', 'la', 'le', 'het', 't']);
const ELIDING_MARK = /^['’]$/;

/**
 * How many tokens from tokens[i] the name goes on past (0 when none): an Arabic article joined to the surname, or a
 * run of particles set off by single spaces before a capitalized word ("von der Leyen", "de la Renta", "in 't Veld",
 * whose "'t" is a mark and a "t"). A single particle ("van Beethoven") is the caller's, with the name's other links.
 */
export function particlesGoOnAt(tokens: readonly Token[], i: number): number {
  // (Asked of most words that end a run of capitals: cheap tests first, which rule out nearly all of them; and never
  // past the tokens' ends, which costs an array read far more than a comparison.)
  if (i < 0 || i >= tokens.length) return 0;
  const text = (tokens[i] as Token).text;
  if (!RUN_OPENERS.has(text)) return isArticleJoined(text) ? 1 : 0;
  // ("in" opens a run only before "'t": "Sophie in 't Veld".)
  if (text === 'in' && !ELIDING_MARK.test(tokens[i + 1]?.text ?? '')) return 0;
  let k = i + 1;
  for (; k < i + 4; k++) {
    const next = tokens[k];
    const glued = ELIDING_MARK.test(tokens[k - 1]?.text ?? '');
    if (!next || next.start - (tokens[k - 1] as Token).end > (glued ? 0 : 1)) return 0;
    if (ELIDING_MARK.test(next.text) && tokens[k + 1]?.text === 't') continue;
    if (!RUN_FOLLOWERS.has(next.text)) break;
  }
  const surname = tokens[k];
  return k >= i + 2 && surname?.capitalized && surname.start - (tokens[k - 1] as Token).end === 1 ? k - i : 0;
}

/**
 * Whether the function word at tokens[i], inside a name, leaves it a person's: a particle run ("Sophie in 't Veld"),
 * or, unless it is the name's last word (`inside`), a word before initials.
 */
export function linksAName(tokens: readonly Token[], i: number, inside: boolean): boolean {
  return (inside && isInitialAt(tokens, i)) || particlesGoOnAt(tokens, i) > 0;
}

/** How many of tokens[from, to) are particles of a run ("in", "'", "t" of "Sophie in 't Veld"). */
export function particleTokensIn(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const run = RUN_OPENERS.has(tokens[i]?.text ?? '') ? particlesGoOnAt(tokens, i) : 0;
    count += run;
    i += Math.max(0, run - 1);
  }
  return count;
}
