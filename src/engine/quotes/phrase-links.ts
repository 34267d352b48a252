// How a speaker's phrase joins what it belongs to: "a longtime adviser to Trump" (a description that takes Trump in,
// since Trump is not the one speaking), "Jeffrey Lewis of the James Martin Center" (a person, who stays the person),
// "one of those advisers" (some out of a group).
import { TITLE_WORDS } from '../entities/lexicon.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { DETERMINERS, GROUP_NOUNS, ROLE_HEADS, WORDS_SENT } from './lexicon.ts';
import type { Phrase, SpeakerMention } from './phrases.ts';

export const POSSESSIVE = /['’]s?$/;
/** Links after a name that say where the person belongs: "of the Sierra Club", "from Cheyenne", "at Brookings". */
const ROLE_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/** Prepositions that tie a speaker to what they belong to: "a spokesman for the campaign", "a staffer in the room". */
const BELONGING: ReadonlySet<string> = new Set(['of', 'to', 'for', 'with', 'at', 'from', 'in']);
/** After a participle, "on" and "as" belong too: "one Republican briefed on the plan", "a chief known as Bob". */
const AFTER_PARTICIPLE: ReadonlySet<string> = new Set(['on', 'as']);
const PARTICIPLE = /(?:ed|wn|en)$/;

export const isTitleOnly = (speaker: SpeakerMention): boolean => speaker.kind === 'name'
  && speaker.text.split(/\s+/).every((word) => TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')));

/**
 * "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell", "said cricket director and head
 * coach Ashley Giles": a title, then "and" another. (A role after a determiner is someone of its own: "the president
 * and first lady Melania Trump".)
 */
export function titlesJoinedAt(tokens: readonly Token[], outer: Phrase): boolean {
  const last = tokens[outer.end - 1];
  const link = tokens[outer.end];
  if (!last || !link?.word || lexKey(link) !== 'and') return false;
  if (outer.speaker.kind === 'name') return TITLE_WORDS.has(lexKey(last));
  const first = tokens[outer.first];
  return outer.speaker.kind === 'description' && !!first && !DETERMINERS.has(lexKey(first)) && !POSSESSIVE.test(first.text)
    && (ROLE_HEADS.has(lexKey(last)) || TITLE_WORDS.has(lexKey(last)));
}

/** At most this many words in a description that takes in what it belongs to ("the former top aide"). */
const MAX_DESCRIPTION_WORDS = 5;
const VERB_FORM = /^\p{Ll}{3,}(?:ed|s)$/u;

/**
 * Whether a description reads as a noun phrase: short, and no word inside it looks like a verb ("The ad uses
 * footage of Hillary Clinton" is a clause, not a speaker; its last word may be "involved" or "familiar", not
 * "speaking").
 */
function isNounPhrase(tokens: readonly Token[], phrase: Phrase): boolean {
  const words = tokens.slice(phrase.first, phrase.end).filter((t) => t.word);
  const head = words[words.length - 1];
  return words.length <= MAX_DESCRIPTION_WORDS && words.slice(1, -1).every((t) => !VERB_FORM.test(t.text))
    && !(head && /ing$/.test(head.text)) && !verbAfterNoun(words);
}

const THIRD_PERSON = /^\p{Ll}{2,}[^s]s$/u;

/**
 * Whether the last word is a verb in -s after a lowercase singular noun: "The ad ends | with a voice over", "The email
 * appears | to contradict". A plural that names people stays a noun ("the party leaders", "campaign aides").
 */
function verbAfterNoun(words: readonly Token[]): boolean {
  const head = words[words.length - 1];
  const before = words[words.length - 2];
  if (!head || !before || !THIRD_PERSON.test(head.text) || before.capitalized || DETERMINERS.has(lexKey(before))) return false;
  if (/s$|\d/.test(before.text) || POSSESSIVE.test(before.text)) return false;
  return !GROUP_NOUNS.has(lexKey(head)) && !ROLE_HEADS.has(lexKey(head).slice(0, -1));
}

/** Whether tokens[j] ties the phrase before it to the one after it. */
export function belongs(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t || !t.word || t.capitalized) return false;
  const prev = tokens[j - 1];
  return BELONGING.has(lexKey(t)) || (AFTER_PARTICIPLE.has(lexKey(t)) && !!prev && PARTICIPLE.test(prev.text));
}

/**
 * A speaker and what they belong to, as one phrase: a person stays the person ("Jeffrey Lewis of the Center" →
 * Jeffrey Lewis), a description takes it in ("a longtime adviser to Trump" — not Trump, who is not speaking).
 */
export function joined(body: string, tokens: readonly Token[], outer: Phrase, inner: Phrase): Phrase | null {
  const span = { first: Math.min(outer.first, inner.first), end: Math.max(outer.end, inner.end) };
  // "Speaker of the House Rep. Paul Ryan": a title before "of" is no person; the name after it is.
  if (outer.speaker.kind === 'name') {
    if ((isTitleOnly(outer.speaker) || titlesJoinedAt(tokens, outer)) && inner.speaker.kind === 'name') {
      return { speaker: inner.speaker, ...span };
    }
    // "Jeffrey Lewis of the James Martin Center": where the person belongs is who they are ("Trump in the past"
    // or "Trump to reporters" is not).
    const link = tokens[outer.end] as Token;
    // "… via FaceTime to his daughter Princess Eugenie": a person after "to" or "with" is no role of the name before.
    // ("Six in 10 Republicans" is a share.)
    if (!ROLE_LINKS.has(lexKey(link)) && inner.speaker.kind === 'name' && !/^\d/.test(tokens[inner.first]?.text ?? '')) return null;
    if (!ROLE_LINKS.has(lexKey(link)) || outer.speaker.role) return { speaker: outer.speaker, ...span };
    const role = body.slice(link.start, (tokens[inner.end - 1] as Token).end).replace(POSSESSIVE, '');
    return { speaker: { ...outer.speaker, role }, ...span };
  }
  if (titlesJoinedAt(tokens, outer)) {
    // "cricket director and head coach Ashley Giles": both titles are the named person's.
    const role = inner.speaker.kind === 'name' && inner.speaker.role ? inner.speaker.role : null;
    const opening = tokens[inner.first];
    if (!role || !opening || DETERMINERS.has(lexKey(opening))) return null;
    return { speaker: { ...inner.speaker, role: `${outer.speaker.text} and ${role}` }, ...span };
  }
  if (!isNounPhrase(tokens, outer)) return null;
  // "former secretary of state Hillary Clinton": a title made of "of" and lowercase words names the person after it.
  const title = titleOf(body, tokens, outer, inner);
  if (title) return { speaker: { ...inner.speaker, role: title }, ...span };
  // "an endorsement from Mike Lee", "a statement from Trump": what comes from someone is their words, and from a body
  // described ("A statement from the family said:"). ("a German user from Hanover" is not Hanover speaking).
  const head = tokens[outer.end - 1];
  if (lexKey(tokens[outer.end] ?? (tokens[inner.first] as Token)) === 'from' && inner.speaker.kind !== 'pronoun'
    && head && WORDS_SENT.has(lexKey(head))) {
    return { speaker: inner.speaker, ...span };
  }
  const last = tokens[inner.end - 1] as Token;
  const text = body.slice(outer.speaker.start, last.end).replace(POSSESSIVE, '');
  return { speaker: { kind: 'description', text, start: outer.speaker.start }, ...span };
}

/**
 * The title that `outer`, "of" and the lowercase words before `inner`'s name make ("former secretary of state",
 * "director of communications"), when the outer phrase ends in a title word; null otherwise ("the daughter of Bill
 * Clinton", "the wife of former president Bill Clinton" are somebody else).
 */
function titleOf(body: string, tokens: readonly Token[], outer: Phrase, inner: Phrase): string | null {
  const head = tokens[outer.end - 1];
  const link = tokens[outer.end];
  const office = !!head && (TITLE_WORDS.has(lexKey(head)) || HEADS_OF.has(lexKey(head)));
  if (inner.speaker.kind !== 'name' || !office || !link || lexKey(link) !== 'of') return null;
  let nameStart = inner.first;
  while (nameStart < inner.end && (tokens[nameStart] as Token).start < inner.speaker.start) nameStart++;
  // ("the head of security, John Smith": the comma that sets the name off is no part of the title.)
  const between = tokens.slice(inner.first, tokens[nameStart - 1]?.text === ',' ? nameStart - 1 : nameStart);
  if (between.length === 0 || !between.every((t) => t.word && !t.capitalized && !DETERMINERS.has(lexKey(t)))) return null;
  const last = between[between.length - 1] as Token;
  return body.slice((tokens[outer.first] as Token).start, last.end);
}

/** Nouns of an office named by what it heads: "head of security", "master of ceremonies". */
const HEADS_OF: ReadonlySet<string> = new Set(['head', 'master']);

/** Words that pick some out of a group: "one of those advisers", "two of his aides". */
const QUANTIFIERS: ReadonlySet<string> = new Set([
  'one', 'some', 'many', 'several', 'two', 'three', 'four', 'both', 'most', 'few', 'each', 'all', 'another', 'none',
]);
export const isQuantifier = (t: Token | undefined): boolean => !!t && t.word && QUANTIFIERS.has(lexKey(t));

/** A number above one, in words or digits: "seven were only identified …" names nobody who speaks. */
export const isCardinal = (t: Token | undefined): boolean => !!t && t.word && CARDINAL.test(lexKey(t));
const CARDINAL = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|\d[\d,.]*)$/;

/** "one of those advisers": a description from the quantifier at tokens[q] to the end of the group's phrase. */
export function partOf(body: string, tokens: readonly Token[], q: number, group: Phrase): Phrase | null {
  // "One of Grayson's …" names no group: the phrase stopped at the possessive.
  if (group.speaker.kind !== 'description') return null;
  const start = (tokens[q] as Token).start;
  const text = body.slice(start, (tokens[group.end - 1] as Token).end).replace(POSSESSIVE, '');
  return { speaker: { kind: 'description', text, start }, first: q, end: group.end };
}

/** Participles of speaking whose "to X" or "with X" names the listener. */
const SPEAKING: ReadonlySet<string> = new Set(['speaking', 'talking', 'writing', 'referring']);

/**
 * Where the subject ends when the phrase opening at tokens[first] is whom a participle of speaking addresses
 * ("Another intelligence source speaking to Fox News said"): the token before the participle; -1 otherwise.
 */
export function beforeListener(tokens: readonly Token[], first: number): number {
  const preposition = tokens[first - 1];
  const participle = tokens[first - 2];
  if (!preposition?.word || !['to', 'with'].includes(lexKey(preposition))) return -1;
  return participle?.word && !participle.capitalized && SPEAKING.has(lexKey(participle)) ? first - 3 : -1;
}
