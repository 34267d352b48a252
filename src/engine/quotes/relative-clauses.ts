// Who the subject of a speech verb is when a relative clause or an appositive stands between them: "from Mike Lee,
// who declared", "a … sign on Friday night at an exit in Corona, which read", "Sam Lau, the communications director
// for the Iowa Democratic Party said".
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { ROLE_HEADS, TIME_BETWEEN } from './lexicon.ts';
import { isDateWord } from './name-parts.ts';
import { appositiveEndingAt, phraseEndingAt, phraseStartingAt } from './phrases.ts';
import type { Phrase, SpeakerMention, Window } from './phrases.ts';
import { withRole } from './roles.ts';

/** Relative pronouns that stand for a speaker ("that" mostly opens what is said: "X, that states can …"). */
export const WHO: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * What a relative pronoun stands for: the head the phrase before it hangs from, past places, times and what it is of
 * or for ("a … sign on Friday night at an exit in Corona, which read" is the sign; "the director of the Partnership
 * for Conservative Principles, who said" is the director).
 */
export function relativeHead(body: string, w: Window, phrase: Phrase | null, relative: boolean): Phrase | null {
  let head = phrase;
  for (let n = 0; relative && head && n < MAX_HANGING; n++) {
    const link = w.tokens[head.first - 1];
    if (!link?.word || !HANGING.has(lexKey(link))) break;
    // (Past a time too: "sign on Friday night at an exit".)
    let k = head.first - 2;
    while (k > w.from && w.tokens[k]?.word && (TIME_BETWEEN.has(lexKey(w.tokens[k] as Token)) || isDateWord(w.tokens[k] as Token))) k--;
    const owner = phraseEndingAt(body, w, k, w.from);
    // A place whose owner cannot be read is nobody speaking ("… at an exit in Corona, which read").
    if (!owner || owner.speaker.kind === 'pronoun') return null;
    head = owner;
  }
  // "Alfonso Aguilar, the executive director of the Latino Partnership for …, who also said": a description set off
  // after a name is the name's.
  if (relative && head?.speaker.kind === 'description' && w.tokens[head.first - 1]?.text === ',') {
    const named = phraseEndingAt(body, w, head.first - 2, w.from);
    if (named?.speaker.kind === 'name') return named;
  }
  return head;
}
/** A quote that opens in lowercase, right after an attribution's comma: "said, “is very confident …”". */
const CLAUSE_GOES_ON = /^\s?["“]\p{Ll}/u;
const HANGING: ReadonlySet<string> = new Set(['at', 'in', 'on', 'near', 'of', 'for']);
const MAX_HANGING = 3;

/**
 * The name before an appositive whose closing comma the writer left out, when the phrase that ends right before the
 * verb at tokens[last + 1] is the appositive's last words: "Sam Lau, the communications director for the Iowa
 * Democratic Party said" is Sam Lau, and so is one whose last words are no phrase ("who founded fivethirtyeight.com
 * tweeted"), and one before a relative clause left open ("Katie Packer, who is chairman of Our Principles Pac said").
 * Only a name that opens the clause (at `floor`) and an appositive with a role in it.
 */
export function unclosedAppositive(body: string, w: Window, subject: Phrase | null, last: number, floor = w.from): Phrase | null {
  if (subject?.speaker.kind === 'pronoun') return null;
  // ("Clinton, a top aide said, “is very confident …”": a quote that goes on with the name's clause is the
  // description's words about them.)
  const stop = w.tokens[last + 2];
  if (stop?.text === ',' && CLAUSE_GOES_ON.test(body.slice(stop.end, stop.end + 4))) return null;
  const named = appositiveEndingAt(body, w, last + 1, floor, true) ?? beforeOpenRelative(body, w, last, floor);
  if (named?.speaker.kind !== 'name' || named.first !== floor) return null;
  let comma = named.first;
  while (comma <= last && w.tokens[comma]?.text !== ',') comma++;
  return w.tokens.slice(comma + 1, last + 1).some((t) => ROLE_HEADS.has(lexKey(t))) ? named : null;
}

/** Whether a speaker found is a role: a description, or a title ending in a role's noun ("Development Officer"). */
export const namesARole = (speaker: SpeakerMention | null): boolean => speaker?.kind === 'description'
  || ROLE_HEADS.has(speaker?.text.split(' ').at(-1)?.toLowerCase() ?? '');

/** The name opening the clause at `floor` when a relative clause follows it that runs, with no comma, up to `last`. */
function beforeOpenRelative(body: string, w: Window, last: number, floor: number): Phrase | null {
  const name = phraseStartingAt(body, w, floor);
  const who = name ? w.tokens[name.end + 1] : undefined;
  if (!name || w.tokens[name.end]?.text !== ',' || !who || !WHO.has(lexKey(who))) return null;
  for (let k = name.end + 2; k <= last; k++) if (w.tokens[k]?.text === ',') return null;
  return name;
}

/**
 * The name before the British "Name, Title, Employer said" ("Mark Diffley, Director, Ipsos MORI Scotland said"), when
 * the employer's name at tokens[employerAt] was read as the subject: a capitalized title with a role in it, set off by
 * commas, after a name that opens the window. The title and the employer are the name's role.
 */
export function nameBeforeTitle(body: string, w: Window, employerAt: number, employerEnd: number): Phrase | null {
  const { tokens } = w;
  if (tokens[employerAt - 1]?.text !== ',') return null;
  let k = employerAt - 2;
  while (k > w.from && employerAt - 1 - k <= MAX_TITLE && (tokens[k]?.capitalized || lexKey(tokens[k] as Token) === 'of')) k--;
  const title = tokens.slice(k + 1, employerAt - 1);
  if (tokens[k]?.text !== ',' || title.length === 0 || !title.some((t) => ROLE_HEADS.has(lexKey(t)))) return null;
  const name = phraseEndingAt(body, w, k - 1, w.from);
  if (name?.speaker.kind !== 'name' || name.first !== w.from) return null;
  return { ...name, speaker: withRole(name.speaker, body.slice((tokens[k + 1] as Token).start, employerEnd)) };
}
/** How many tokens a title set off after a name may run ("Chief Executive", "Head of Policy"). */
const MAX_TITLE = 4;

/**
 * "Mr. Slinker, whose latest start-up, Paradata, uses big data, said": the name that opens the window, when a relative
 * clause it opens holds the subject found at offset `subject` (the subject of the clause, not of the sentence).
 */
export function nameBeforeRelative(body: string, w: Window, subject: number): Phrase | null {
  for (let k = w.from + 1; k < w.to && (w.tokens[k]?.start ?? Infinity) < subject; k++) {
    if (w.tokens[k]?.text !== ',' || !RELATIVE_OPENERS.has(lexKey(w.tokens[k + 1] as Token))) continue;
    const name = phraseEndingAt(body, w, k - 1, w.from);
    return name?.speaker.kind === 'name' && name.first === w.from ? name : null;
  }
  return null;
}
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'whose']);

/**
 * The name right before an appositive that picks its person out of a group, when the writer left out the comma
 * between them: "… would like the world see Abu Ibrahim Raqqawi one of the group's founders, wrote" is Raqqawi, not the
 * subject of the clause the name ran into. Null for any other phrase.
 */
export function nameBeforeUnmarkedPart(body: string, w: Window, part: Phrase | null): Phrase | null {
  if (part?.speaker.kind !== 'description' || lexKey(w.tokens[part.first] as Token) !== 'one') return null;
  const name = phraseEndingAt(body, w, part.first - 1, w.from);
  return name?.speaker.kind === 'name' && name.end === part.first ? name : null;
}
