// Reported clauses and who speaks around them. "Also, Trump isn't a conservative, he said.": the "he" who reports a
// clause is not someone the clause names (a pronoun does not stand for a name inside what it governs), so the person
// it means was named before that clause; nor is a name inside a clause a "she" reports ("…, and she doesn't think
// Clinton can …"). And "An official said Reid quieted the chatter, telling …": a participle after a clause that shows
// its person acting goes on with that person.
import type { Gender } from '../entities/names.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import type { Window } from './phrases.ts';
import { isPastTense, PRONOUNS, SPEECH_VERBS } from './lexicon.ts';
import { phraseStartingAt, type SpeakerMention } from './phrases.ts';
import { speechVerbAt } from './speech-verbs.ts';

/** Words that open a clause a pronoun may share its subject with: "When Trump arrived, he said". */
const OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'as', 'if', 'while', 'since', 'because',
  'although', 'though', 'once', 'until', 'asked', 'speaking', 'responding', 'asking', 'pressed', 'told', 'in', 'at',
  'on', 'during', 'for', 'with', 'like', 'unlike', 'despite']);
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
/** The first word past a conjunction that links the sentence to the one before: "But he suggested that Mr. Lew …". */
const FIRST_WORD_PAST_LINK = /^[^\p{L}]*(?:(?:but|and|yet|so)\s+)?(\p{L}+)/iu;
const VERB_AFTER = /^\s+(\p{Ll}+)/u;
/** Enough characters for a pronoun, a space and a speech verb. */
const LOOK_AHEAD = 40;

/**
 * Where a pronoun at `at` may find its person: before the reported clause it closes ("<clause>, he said"), or at
 * `at` itself for any other pronoun. `sentence` is the sentence's text up to `at`.
 */
export function reportedClauseStart(body: string, at: number, sentence: string): number {
  if (!/,\s*$/.test(sentence)) return at;
  // (Only the pronoun and the word after it are read: this runs for every pronoun of an attribution.)
  const verb = VERB_AFTER.exec(body.slice(at, at + LOOK_AHEAD).replace(/^\p{L}+/u, ''))?.[1];
  if (!verb || !SPEECH_VERBS.has(verb)) return at;
  const opener = FIRST_WORD.exec(sentence)?.[1]?.toLowerCase() ?? '';
  // (Not after a clause of time, a participle or a phrase: "Asked about Trump, he said".)
  if (OPENERS.has(opener) || opener.endsWith('ing') || sentence.includes('"') || sentence.includes('“') || sentence.includes("''")) {
    return at;
  }
  return at - sentence.length;
}

/**
 * "An official said Reid quieted the chatter, telling his colleagues, “…”": the person of a reported clause that tells
 * what they did (a name, then a verb in the past tense) is who the participle after it goes on with, rather than the
 * one who reports it. tokens[from, to) is the sentence before the participle; null when it has no such clause.
 */
export function actorOfReportedClause(body: string, w: Window): SpeakerMention | null {
  for (let v = w.from; v < w.to - 2; v++) {
    if (!speechVerbAt(body, w.tokens, v)) continue;
    const start = lexKey(w.tokens[v + 1] as Token) === 'that' ? v + 2 : v + 1;
    const named = w.tokens[start]?.capitalized ? phraseStartingAt(body, w, start) : null;
    const verb = named && named.speaker.kind === 'name' ? w.tokens[named.end] : undefined;
    if (named && isPastTense(verb) && !SPEECH_VERBS.has(lexKey(verb as Token))) return named.speaker;
  }
  return null;
}

/** A sentence's end, for the words of a sentence before an offset: not the period of "Mr." or of an initial. */
export const SENTENCE_BREAK = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Rev|Prof|\p{Lu}))[.!?]["”’')]*\s|\n/u;
/** How far back the start of a sentence is looked for. */
const MAX_SENTENCE = 400;
const CLAUSE_BREAK = /[,;]?\s+(?:and|but)\s+|[,;]\s+/;
const LOST_BREAK = /[\p{Ll}\d]\s+(?=(?:He|She)\s+\p{Ll})/gu;

/** The words of the sentence around `at` that come before it. */
export function sentenceTo(body: string, at: number): string {
  return body.slice(Math.max(0, at - MAX_SENTENCE), at).split(SENTENCE_BREAK).pop() ?? '';
}

/**
 * Whether the sentence or the clause around `at` opens with a pronoun of `gender` ("He said on Thursday that Trump …",
 * "…, and she doesn't think Clinton can …"): a name it reports is someone else than that pronoun. `clause`: false to
 * ask of the sentence only.
 */
export function opensWithPronoun(body: string, at: number, gender: Gender, clause = true): boolean {
  const sentence = sentenceTo(body, at);
  // ("… began to well up at the top table He goes on to document the day his brother Adrian met …": a capitalized
  // pronoun after a lowercase word opens a sentence whose stop a caption glued to it lost.)
  const lost = sentence.includes(' He ') || sentence.includes(' She ') ? [...sentence.matchAll(LOST_BREAK)].at(-1) : undefined;
  const afterLost = lost ? sentence.slice((lost.index ?? 0) + lost[0].length) : '';
  const clauses = clause ? sentence.split(CLAUSE_BREAK) : [];
  // (Or a pronoun's aside between commas before it: "…, states are called alphabetically, he noted, so it may be clear
  // whether Trump will be …".)
  const aside = clauses.slice(1, -1).some((c) => ASIDE.exec(c)?.[1]?.toLowerCase() === (gender === 'male' ? 'he' : 'she'));
  return aside || [sentence, clauses.at(-1) ?? '', afterLost].some((text) => {
    const first = FIRST_WORD_PAST_LINK.exec(text)?.[1];
    return !!first && PRONOUNS.get(first.toLowerCase()) === gender;
  });
}
/** A pronoun and its verb alone between commas: "he noted", "she said". */
const ASIDE = /^(he|she)\s+\p{Ll}+$/iu;
