// What the words around a name say of whether it is a person's, for names the finder was unsure of ("Carson
// defied the question", "Dottie Deans, the chairwoman of …", "his wife, Jane,"), and what they tell of them.
import type { NameMention } from '../entities/names.ts';
import { endsSentence, endsSentenceAt, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { AUXILIARIES, PAST_TENSE, ROLE_HEADS, SENTENCE_ADVERBS, SPEECH_VERBS } from './lexicon.ts';
import { appositiveAfter, genderBefore, KIN_AND_FRIENDS } from './person-descriptions.ts';
import { isGivenName } from '../entities/first-names.ts';
import type { WordCase } from './word-case.ts';

/** A verb after a lone capitalized word that only people do: a speech verb or a past tense ("Brafman noted"). */
function actsLikeAPerson(next: Token | undefined): boolean {
  if (!next?.word || next.capitalized) return false;
  return SPEECH_VERBS.has(next.key) || PAST_TENSE.test(next.text);
}

export interface PersonCues {
  /** A speech verb or a past tense follows ("Brafman noted"). */
  readonly acts: boolean;
  /** An auxiliary and a verb follow ("Rakeyia Scott can be heard", "Jo Doe was yelling"). */
  readonly actsAfterAuxiliary: boolean;
  /** The gender a kinship word before the name gives ("his wife, Jane,"), or null when there is none. */
  readonly kin: 'male' | 'female' | null;
  /** An appositive after the name makes them someone's relative ("Eric Trump, son of the front-runner,"). */
  readonly kinAfter: boolean;
  /** "named" comes before ("a resident named Caroline"). */
  readonly named: boolean;
  /** An age follows ("Groberg, 33,"). */
  readonly aged: boolean;
  /** An appositive that says who they are ("Dottie Deans, the chairwoman of …"), with the gender it tells. */
  readonly told: { gender: 'male' | 'female' | null } | null;
  /** No plural and never in lowercase in the article: "Carson defied", not "Officials said" or "Harsh comments". */
  readonly proper: boolean;
  /** Only an adverb opening the sentence comes before the name ("Meanwhile Rihanna, who …, spoke"). */
  readonly leads: boolean;
  /**
   * A word written as a name only, a subject whose clause goes on with a "he" or "she" about it ("Storey can win a
   * 17th title when she rides").
   */
  readonly gendered: boolean;
}

const PLURAL = /[^s]s$/;

/** The cues around the name `m` whose first token is tokens[t]; `next` and `after` as mentionRole found them. */
export function personCues(tokens: readonly Token[], t: number, m: NameMention,
  around: { next: Token | undefined; after: number; aged: boolean }, wordCase: WordCase): PersonCues {
  const { next, after, aged } = around;
  // "Sandy Phillips, who lost her daughter": a relative "who" says a person's name came before it (not "Said Dorothy
  // Poynter, who …", whose first word is the verb of an inverted attribution).
  const relative = tokens[after]?.text === ',' && tokens[after + 1]?.key === 'who' && !SPEECH_VERBS.has(tokens[t]?.key ?? '');
  const who = relative ? { gender: null } : null;
  // ("Simmons, an Obama supporter, said" of a lone word opening a sentence, written as a name only.)
  const namelike = m.kind !== 'unknown' || (m.sentenceInitial && !PLURAL.test(m.text) && wordCase.neverLowercase(m.text));
  const opener = tokens[t - 1];
  const leads = m.kind === 'unknown' && !!opener?.capitalized && SENTENCE_ADVERBS.has(opener.key)
    && (t === 1 || endsSentenceAt(tokens, t - 2));
  // ("At the start of each month Elena, a 40-year-old Muscovite, spreads …": a given name mid-sentence too.)
  const given = m.kind === 'unknown' && !m.sentenceInitial && tokens[after]?.text === ',' && isGivenName(lexKey(tokens[t] as Token));
  const told = namelike || leads || given ? appositiveAfter(tokens, after) ?? (given ? null : who ?? predicateRole(tokens, after))
    : null;
  const named = lexKey(tokens[t - 1] ?? (tokens[t] as Token)) === 'named';
  const proper = m.kind === 'unknown' && m.sentenceInitial && !PLURAL.test(m.text) && !PLURAL.test(next?.text ?? '')
    && actsLikeAPerson(next) && wordCase.neverLowercase(m.text);
  const actsAfterAuxiliary = AUXILIARIES.has(next?.key ?? '') && verbAfterAuxiliary(tokens[after + 1]);
  const gendered = m.kind === 'unknown' && !PLURAL.test(m.text) && wordCase.neverLowercase(m.text)
    && genderAfterName(tokens, after, next) !== null;
  const kinAt = tokens[after]?.text === ',' ? after + (tokens[after + 1]?.key === 'the' ? 2 : 1) : -1;
  const kinAfter = kinAt > 0 && KIN_AND_FRIENDS.has(tokens[kinAt]?.key ?? '') && tokens[kinAt + 1]?.key === 'of';
  return { acts: actsLikeAPerson(next), actsAfterAuxiliary, kin: genderBefore(tokens, t), kinAfter, named, aged, told, proper,
    leads, gendered };
}


/** "Jamal Simmons is a Democratic consultant": a role said of the name as its predicate. */
function predicateRole(tokens: readonly Token[], after: number): { gender: null } | null {
  const be = tokens[after];
  if (!be || !BE.has(be.key) || !PREDICATE_OPENERS.has(tokens[after + 1]?.key ?? '')) return null;
  for (let k = after + 2; k < after + 2 + MAX_PREDICATE_WORDS; k++) {
    const word = tokens[k];
    if (!word?.word) return null;
    if (ROLE_HEADS.has(word.key)) return { gender: null };
  }
  return null;
}
const BE: ReadonlySet<string> = new Set(['is', 'was']);
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const MAX_PREDICATE_WORDS = 4;

const PRESENT_PARTICIPLE = /^\p{Ll}{2,}ing$/u;

/** A lowercase verb after an auxiliary: "be", "been", a past tense or participle, or a word in -ing. */
function verbAfterAuxiliary(t: Token | undefined): boolean {
  if (!t?.word || t.capitalized) return false;
  return t.key === 'be' || t.key === 'been' || actsLikeAPerson(t) || PRESENT_PARTICIPLE.test(t.text);
}

/**
 * Whether a lone capitalized word, or words whose capital may only open their sentence, name a person. A lone word
 * mid-sentence does when it acts like one or a kinship word or "named" introduces it, and at a sentence's start when it
 * acts like one and is written as a name only; words that open a sentence do when they act like one (an auxiliary
 * before the verb too: "Rakeyia Scott can be heard") or an appositive says who they are; either does with an age.
 */
export function readsAsPerson(m: NameMention, cues: PersonCues): boolean {
  if (cues.aged) return m.kind === 'unknown' || m.kind === 'possible-person';
  if (m.kind === 'unknown' && m.sentenceInitial) return (cues.acts && cues.proper) || cues.told !== null || cues.gendered;
  // (A "who" after a lone word mid-sentence is no cue: "said a voter in Nashua, who …". After an adverb opening the
  // sentence, the word is the subject.)
  if (m.kind === 'unknown') return cues.acts || cues.kin !== null || cues.named || cues.told !== null;
  return m.kind === 'possible-person' && (cues.acts || cues.actsAfterAuxiliary || cues.told !== null);
}

/**
 * The fuller name of the article whose last word is `word` ("Emanuel" → "Zeke Emanuel"), the first one written; one
 * that opens a sentence only when the article never writes its first word in lowercase (not "Maybe Trump").
 */
export function fullerName(found: readonly NameMention[], word: string, wordCase: WordCase): NameMention | null {
  for (const m of found) {
    if (!m.text.endsWith(` ${word}`) || (m.kind !== 'person' && m.kind !== 'possible-person')) continue;
    if (m.kind === 'person' || wordCase.neverLowercase(m.text.slice(0, m.text.indexOf(' ')))) return m;
  }
  return null;
}

/**
 * The gender a "he", "she" or "his" after a surname gives it, before any other name or the sentence's end: "as
 * Clinton has emerged to play a role in the campaign of his wife" is Bill Clinton. Not "her", which is as often
 * someone spoken to ("Clinton called her").
 */
export function genderAfterName(tokens: readonly Token[], after: number, verb: Token | undefined)
  : 'male' | 'female' | null {
  // Only of a surname that is its clause's subject, a verb after it ("Clinton has emerged", "Gatland won a first clean
  // sweep in his maiden Six Nations"), not "Clinton campaign".
  const irregular = !!verb?.word && !verb.capitalized && IRREGULAR_PAST.has(verb.key);
  if (!actsLikeAPerson(verb) && !irregular && !AUXILIARIES.has(verb?.key ?? '')) return null;
  for (let k = after; k < Math.min(tokens.length, after + MAX_PRONOUN_DISTANCE); k++) {
    const t = tokens[k] as Token;
    if (endsSentence(t) || QUOTE_MARK.test(t.text) || (t.capitalized && t.word)) return null;
    const key = lexKey(t);
    if (key === 'he' || key === 'his') return 'male';
    if (key === 'she') return 'female';
  }
  return null;
}
const MAX_PRONOUN_DISTANCE = 12;
/** Past tenses not in -ed that a person's clause often opens with. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set(['won', 'lost', 'led', 'took', 'made', 'went', 'came', 'gave',
  'became', 'ran', 'left', 'began', 'got', 'spent', 'met', 'brought', 'found', 'kept', 'held', 'built', 'fought', 'sought']);
const QUOTE_MARK = /^["“”]$/;

const LOWER_AFTER_HYPHEN = /-\p{Ll}/u;

/** The one fuller name of two or three words the article gives a bare surname (before `at`), if there is exactly one. */
export function onlyFullerName(found: readonly NameMention[], surname: string, at: number, wordCase: WordCase): NameMention | null {
  const fuller = new Set(found.filter((m) => m.text.endsWith(` ${surname}`)).map((m) => m.text));
  // (Named before: "Clinton, 35, the daughter of former President Bill Clinton" is not Bill.)
  const full = fuller.size === 1 ? fullerName(found.filter((m) => m.start < at), surname, wordCase) : null;
  return full && full.text.split(' ').length <= 3 && !LOWER_AFTER_HYPHEN.test(full.text) ? full : null;
}
