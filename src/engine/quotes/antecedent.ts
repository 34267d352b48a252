// Whom a "he" or "she" that speaks refers to: the most recent person of their gender who was the subject of a
// sentence, read from the mentions the resolver has noted so far (names, and pronouns already resolved).
import type { Gender } from '../entities/names.ts';
import { isGivenName } from '../entities/first-names.ts';
import { ORGANIZATION_WORDS } from '../entities/lexicon.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import type { Person } from './people.ts';
import type { PersonMention } from './person-mentions.ts';
import { opensWithPronoun, SENTENCE_BREAK, sentenceTo } from './reported-clause.ts';
import { firstAtOrAfter } from './windows.ts';

/** Only a comma between a name and the pronoun that speaks. */
const INTERRUPTING = /^\s*,\s*$/;
/**
 * A sentence's end (or a line break), then what may stand before its first word: quotation marks, a
 * bracket, an honorific ("… last year. Mr. Trump's comments").
 */
const SENTENCE_OPENING = new RegExp(`(?:${SENTENCE_BREAK.source})[\\s"“‘'(]*(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?$`, 'u');
/** How far back a sentence's opening is looked for. */
const OPENING_REACH = 12;
/**
 * A sentence's end, then a clause of time or concession that leads the sentence, up to the comma after it: what
 * follows is the main clause ("While his writing remained popular, Gill's articles often caused controversy").
 */
const LEADING_CLAUSE = new RegExp(`(?:${SENTENCE_BREAK.source})[\\s"“‘'(]*(?:While|Although|Though|As|After|When|Since|`
  + `Despite|Even as|Even though)\\s[^,.!?;:"“”]*,\\s+(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?$`, 'u');
/** How far back a leading clause's opening is looked for. */
const LEADING_CLAUSE_REACH = 160;

/**
 * The person a "he" or "she" at `at` refers to, among `mentions` (in order of position): the most recent subject of
 * their gender, read as described below; null when none fits. `quoted` is what the pronoun says.
 */
export function antecedent(body: string, mentions: readonly PersonMention[], at: number, gender: Gender, quoted: string)
  : Person | null {
  let possessor: PersonMention | null = null;
  let embedded: PersonMention | null = null;
  // A subject of unknown gender yields to one of the right gender in its sentence ("Fiorina and other HP leaders").
  let ungendered: PersonMention | null = null;
  for (let i = firstAtOrAfter(mentions, at) - 1; i >= 0; i--) {
    const m = mentions[i] as PersonMention;
    if (ungendered && SENTENCE_BREAK.test(body.slice(m.end, ungendered.start))) return ungendered.person;
    // The subject of a clause inside another, unless its sentence has a main subject: "Murphy said Trump …".
    // ("Daniel's speech documented …, saying Adrian would mention her name": unless an owner leads that sentence.)
    if (embedded && SENTENCE_BREAK.test(body.slice(m.end, embedded.start))) {
      return (possessor && possessor.start < embedded.start ? possessor : embedded).person;
    }
    if (m.role === 'other' || (m.person.gender && m.person.gender !== gender) || opensWith(quoted, m.person.name)) continue;
    // (Nor an organization that spoke: "The Ministry of Justice said …" is no "she".)
    if (namesAnOrganization(m.person.keys)) continue;
    // ("… and Ms. Warren, she said, “exposes him”": a name right before "she said" is what she speaks of.)
    if (INTERRUPTING.test(body.slice(m.end, at))) continue;
    // "Dev Patel's first job … took him to India. He told Newsbeat": whose thing opens a sentence is what it is about.
    const subject = m.role === 'subject' || (m.role === 'possessor' && opensSentence(body, m.start));
    // ("He goes on to document the day his brother Adrian met …": a name inside a sentence that a "he" opens is not
    // its subject; that "he" is, and means someone before. A name that opens its sentence never is under one.)
    if (subject && underPronoun(body, m, gender)) continue;
    if (subject && !m.person.gender && !ungendered) { ungendered = m; continue; }
    if (subject) return ungendered && !m.person.gender ? ungendered.person : m.person;
    // (Not in the pronoun's own sentence, whose main subject the pronoun is: "Asked … in the event that Clinton
    // faces Trump, she replied".)
    // Nor in a sentence whose subject is a "he" of its own: "He said that Trump needs …" is about someone before.
    if (m.role === 'embedded') {
      if (SENTENCE_BREAK.test(body.slice(m.end, at)) && !opensWithPronoun(body, m.start, gender)) embedded ??= m;
    } else possessor ??= m;
  }
  return (ungendered ?? embedded ?? possessor)?.person ?? null;
}

/**
 * Whether the words at `at` open a sentence, or its main clause after a leading one: "Dev Patel's first job …", not
 * "the voice of Mr. Tribe's client".
 */
function opensSentence(body: string, at: number): boolean {
  // (The body's start counts as a line break before it.)
  const from = at - OPENING_REACH;
  if (SENTENCE_OPENING.test((from <= 0 ? '\n' : '') + body.slice(Math.max(0, from), at))) return true;
  const reach = at - LEADING_CLAUSE_REACH;
  return LEADING_CLAUSE.test((reach <= 0 ? '\n' : '') + body.slice(Math.max(0, reach), at));
}

/** Whether the sentence around mention `m` opens with a pronoun of `gender`, outside any quotation ("He's a hater,"
 * Trump said" opens with Trump's words). */
function underPronoun(body: string, m: PersonMention, gender: Gender): boolean {
  // (Not the speaker of a reported sentence: "He should get a boost, Sanders said.")
  const verb = NEXT_WORD.exec(body.slice(m.end, m.end + 20))?.[1]?.toLowerCase() ?? '';
  return !SPEECH_VERBS.has(verb) && opensWithPronoun(body, m.start, gender, false) && !QUOTE_MARK.test(sentenceTo(body, m.start));
}
/** The word after a name. */
const NEXT_WORD = /^\s+(\p{L}+)/u;
/** A double quotation mark, or one typed as two single ones. */
const QUOTE_MARK = /["“”]|''|‘‘|’’/;

/** Whether a speaker's name is an organization's: "Ministry of Justice", "Fox News" (not "Chris Church"). */
function namesAnOrganization(keys: readonly string[]): boolean {
  const first = keys[0] ?? '';
  return ORGANIZATION_WORDS.has(first) || (ORGANIZATION_WORDS.has(keys[keys.length - 1] ?? '') && !isGivenName(first));
}

/** Whether the quoted words open with the person's surname: "Rubio is not going after …" is not Rubio's. */
function opensWith(quoted: string, name: string): boolean {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  return quoted.startsWith(surname) && !/\p{L}/u.test(quoted.charAt(surname.length));
}
