// Who a named speaker is, as the words around the name say it: an appositive after it ("Anna Berg, the mayor of
// Springfield, said"), a role written before it ("Clinton campaign manager Robby Mook"), or the description a name
// was given in ("her senior policy adviser, Jake Sullivan"). Only the words: phrases.ts finds where they are.
import { oneLine } from '../entities/text-checks.ts';
import { TITLE_WORDS } from '../entities/lexicon.ts';
import { PLACES } from '../entities/places.ts';
import { endsSentence, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { AGE, DETERMINERS, MAX_APPOSITIVE, QUOTE_MARKS, RELATIVES, ROLE_HEADS, SPEECH_VERBS } from './lexicon.ts';
import type { SpeakerMention, Window } from './phrases.ts';

/** Words that may open a role: "the mayor", "a professor", "Trump's lawyer", "R-Ky.", "executive director". */
const ROLE_OPENING = /^(?:\p{Lu}|\d)/u;
const RELATIVE: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which']);

/**
 * The words of tokens[a, b) as a role, or null when they do not read as one: a role opens with a determiner, a
 * capital, a number or a title ("executive director of …"), not with "however", "too" or "who" (a clause about
 * them, often narrative: "whose criticism of Trump has sharpened").
 */
export function roleText(body: string, tokens: readonly Token[], a: number, b: number): string | null {
  // "30, of Raleigh, N.C., who was among those polled": the clause after the role is about them, not who they are.
  for (let k = a + 1; k < b - 1; k++) {
    if (tokens[k]?.text === ',' && RELATIVE.has(lexKey(tokens[k + 1] as Token))) { b = k; break; }
  }
  // "Clinton, 35, the daughter of Bill Clinton,": the age is no part of the role the description after it gives.
  if (AGE.test(tokens[a]?.text ?? '') && tokens[a + 1]?.text === ',' && DETERMINERS.has(lexKey(tokens[a + 2] ?? (tokens[a] as Token)))) a += 2;
  // (Nor is the comma that closes it: "Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called".)
  while (b > a && tokens[b - 1]?.text === ',') b--;
  const first = tokens[a];
  const last = tokens[b - 1];
  if (!first || !last || b - a < 2 || !first.word) return null;
  const key = lexKey(first);
  const opens = ROLE_OPENING.test(first.text) || DETERMINERS.has(key) || TITLE_WORDS.has(key);
  return opens && !namesOthers(tokens.slice(a, b)) ? body.slice(first.start, last.end) : null;
}

/** Whether the words after a name only name others with it, no role: "wrote Jason Dana, Robyn Dawes and Nathanial
 * Peterson" (not "Chairman and CEO"). */
function namesOthers(words: readonly Token[]): boolean {
  return words.some((t) => t.key === 'and') && words.every((t) => (t.capitalized && !TITLE_WORDS.has(t.key)
    && !ROLE_HEADS.has(t.key)) || t.key === 'and' || t.text === ',');
}

/** The role after a name in `said X, a professor of economics, …`: the words up to the next comma or the end. */
export function roleAfter(body: string, w: Window, i: number): string | null {
  const { tokens } = w;
  let b = i;
  while (b < w.to && b - i < MAX_APPOSITIVE) {
    const t = tokens[b] as Token;
    // A quotation inside ("author of “Trumped!”") would be cut in half: no role then.
    if (QUOTE_MARKS.includes(t.text)) return null;
    // (Not a number's comma: "makes $46,344 after taxes".)
    const inNumber = t.text === ',' && DIGIT_END.test(tokens[b - 1]?.text ?? '') && DIGIT_START.test(tokens[b + 1]?.text ?? '')
      && tokens[b - 1]?.end === t.start && tokens[b + 1]?.start === t.end;
    if ((t.text === ',' && !inNumber) || (endsSentence(t) && tokens[b + 1]?.text !== ',')) break;
    b++;
  }
  // Ended by the window, not by a comma or a stop: it runs into the next quotation.
  if (b < w.to && b - i < MAX_APPOSITIVE) return roleText(body, tokens, i, b);
  // (Too long, but who they are comes before a relative clause: "a postdoctoral fellow at Brandeis University who
  // spends about 60 hours a week doing research on neurons and makes $46,344 after …".)
  const relative = tokens.slice(i + 2, b).findIndex((t) => RELATIVES.has(t.key));
  return b < w.to && relative >= 0 ? roleText(body, tokens, i, i + 2 + relative) : null;
}

const DIGIT_END = /\d$/;
const DIGIT_START = /^\d/;

/** "Sen.", "Rep.", "Dr.": an abbreviated title says too little to stand after the name. */
export const ABBREVIATED_TITLE = /^\p{L}{1,4}\.$/u;

/** Verbs that name the one whose words they bring: "Frank quotes former Carter adviser Alfred Kahn:". */
const CITING: ReadonlySet<string> = new Set(['quotes', 'quoted', 'cites', 'cited', 'invokes', 'invoked']);

/**
 * Words written before a name as a role ("Clinton campaign manager" of "Clinton campaign manager Robby Mook",
 * "Chinese President" of "Chinese President Xi Jinping"), or null: abbreviated titles go ("Sen."), and what is
 * left must be two words or more and end in a role noun (not "former", nor someone's: "The Post's").
 */
export function roleBeforeName(words: string): string | null {
  const all = words.split(/\s+/).filter((w) => w !== '' && !ABBREVIATED_TITLE.test(w));
  // "Frank quotes former Carter adviser": the role starts after the verb of the phrase it was read from.
  const verb = all.findLastIndex((w) => SPEECH_VERBS.has(w) || CITING.has(w));
  const kept = all.slice(verb + 1);
  const last = kept[kept.length - 1];
  // A bare title ("President", "Secretary") says less than the article does; it takes a word that places it.
  return kept.length >= 2 && last && ROLE_HEADS.has(last.toLowerCase()) ? kept.join(' ') : null;
}

export function roleBefore(body: string, tokens: readonly Token[], a: number, nameFirst: number): string | null {
  const first = tokens[a];
  const last = tokens[nameFirst - 1];
  return first && last && nameFirst > a ? roleBeforeName(body.slice(first.start, last.end)) : null;
}

/** Words that bring in where someone works or comes from, after their name: "Holger Schmieding of Berenberg". */
const EMPLOYER_LINKS: ReadonlySet<string> = new Set(['of', 'at', 'from', 'with']);

/**
 * Whether the appositive before which tokens[comma] stands, after a name whose first token is tokens[first], is about
 * the body the name's words end in, not the person: "Holger Schmieding of Berenberg, Germany's largest private bank,
 * warned" (not a place's: "Nancy Pelosi of California, the minority leader, said").
 */
export function describesTheEmployer(tokens: readonly Token[], first: number, comma: number): boolean {
  let k = comma - 1;
  while (k > first && tokens[k]?.capitalized) k--;
  const link = tokens[k];
  if (k <= first || k >= comma - 1 || !link || !EMPLOYER_LINKS.has(lexKey(link))) return false;
  return !PLACES.has(tokens.slice(k + 1, comma).map((t) => t.key).join(' '));
}

export const withRole = (speaker: SpeakerMention, role: string | null): SpeakerMention =>
  role && speaker.kind === 'name' ? { ...speaker, role } : speaker;

/** "R-Ky.", "D-N.Y.": a member's party and state. */
const PARTY_TAG = /^[RDI]-\p{Lu}[\p{L}.]*$/u;

/**
 * A person's role from the role an attribution gives and the title the article writes them with: the role, else the
 * title; "Senate Majority Leader Mitch McConnell, R-Ky., said": a party tag says which party the title is held for.
 */
export function roleWithTitle(role: string | undefined, title: string | undefined): string | null {
  if (role && title && PARTY_TAG.test(role)) return `${title}, ${role}`;
  return role ?? title ?? null;
}

/**
 * A role as it is shown after the name, on one line and read as an appositive: a determiner a sentence's start
 * capitalized is lowercase again ("The conservative writer David Frum said" → "the conservative writer"; not "A Plus
 * reporter", whose "A" may be a name's).
 */
export function shownRole(role: string): string {
  const line = oneLine(role);
  return SENTENCE_CAPITALS.test(line) ? line.charAt(0).toLowerCase() + line.slice(1) : line;
}
const SENTENCE_CAPITALS = /^(?:The|His|Her|Its|Their|One|Another) /;
