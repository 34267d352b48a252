// Quotes of words someone sent, named in the sentences around them rather than in an attribution.
// "The email, released by Judicial Watch, was sent at 7:19 p.m. … ⏎ “…,” it reads": an "it" that speaks right after a
// sentence about words someone sent (an email, a memo, an editorial) is those words. Only a sentence that opens with
// them counts, and only one of the last three before the quote: farther back, or as an object ("a coalition sent a
// letter"), the "it" is as likely something else, and no speaker is better than a wrong one.
// "… rated this statement by Trump on June 11: “…”": what a colon introduces after such words is their sender's.
// "Mrs Hargreaves sent a fax to her son. It read: “…”": what "it" reads, after someone sent words, is the sender's.
// "In a letter to …, Lord Nash said …. “…,” it said": so is what "it" says after a sentence naming the letter and its sender.
import { endsSentence, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { WEEKDAYS } from '../entities/lexicon.ts';
import { hasLineBreak, possessiveLength } from '../entities/text-checks.ts';
import { DETERMINERS, isPastTense, QUOTE_MARKS, SPEECH_VERBS, WORDS_SENT } from './lexicon.ts';
import { phraseEndingAt, phraseStartingAt, type SpeakerMention, type Window } from './phrases.ts';
import { headNounAfter, sentenceStart, tokenAt } from './windows.ts';

/** How many sentences back the words sent may be named. */
const MAX_SENTENCES_BACK = 3;
/** Words between the determiner and the head: "the three-page internal memo". */
const MAX_MODIFIERS = 3;
/** Days whose possessive dates the words rather than says whose they are: "Thursday's memo", "today's letter". */
const RELATIVE_DAYS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight']);
const isDay = (t: Token): boolean => {
  const day = t.key.slice(0, t.key.length - possessiveLength(t.text));
  return WEEKDAYS.has(day) || RELATIVE_DAYS.has(day);
};

/** How many tokens a phrase after the words sent may run before its comma: "In a letter to Dr Achmad da Costa, chair of
 * Oldknow Academy Trust,". */
const MAX_TO_COMMA = 14;

/**
 * "In a letter to Dr Achmad da Costa, chair of Oldknow Academy Trust, Lord Nash said …": the sender a sentence that
 * opens with words sent names as the subject of its speech verb, or null.
 */
function senderInWords(body: string, tokens: readonly Token[], s: number): SpeakerMention | null {
  const words = sentWordsAt(body, tokens, s + 1);
  if (!words) return null;
  for (let k = s + 2; k < Math.min(tokens.length, s + 2 + MAX_TO_COMMA); k++) {
    const t = tokens[k] as Token;
    if (endsSentence(t)) return null;
    if (t.text !== ',') continue;
    const named = phraseStartingAt(body, { tokens, from: k + 1, to: tokens.length }, k + 1);
    const verb = named ? tokens[named.end] : undefined;
    if (named?.speaker.kind === 'name' && verb && SPEECH_VERBS.has(lexKey(verb))) return named.speaker;
  }
  return null;
}

/** The words sent that a sentence opening at tokens[s] is about ("The email", "Thursday's memo"), or null; or their
 * sender, when the sentence opens "In a letter …, Lord Nash said". */
function sentWordsAt(body: string, tokens: readonly Token[], s: number): SpeakerMention | null {
  const first = tokens[s];
  if (!first?.word) return null;
  if (lexKey(first) === 'in') return senderInWords(body, tokens, s);
  const possessive = first.capitalized && possessiveLength(first.text) === 2;
  if (!possessive && !DETERMINERS.has(lexKey(first))) return null;
  for (let h = s + 1; h <= s + 1 + MAX_MODIFIERS; h++) {
    const head = tokens[h];
    if (!head?.word) return null;
    // (Not past a verb: "A coalition sent a letter" opens with the sender, not the words.)
    if (!WORDS_SENT.has(lexKey(head))) {
      if (isPastTense(head) || DETERMINERS.has(lexKey(head))) return null;
      continue;
    }
    const words = (from: Token): string => body.slice(from.start, head.end);
    // "The email" → "the email"; "Thursday's memo" is the memo; "Clinton's memo" stays hers (the resolver names Clinton).
    let written = words(first);
    if (!possessive) written = written.charAt(0).toLowerCase() + written.slice(1);
    else if (isDay(first)) written = `the ${words(tokens[s + 1] as Token)}`;
    return { kind: 'description', text: written, start: first.start };
  }
  return null;
}

/**
 * The words sent that one of the last three sentences before offset `at` opens with, or null. The search stops at a
 * quotation mark: an earlier quote has its own speaker.
 */
export function sentWordsBefore(body: string, tokens: readonly Token[], at: number): SpeakerMention | null {
  let sentences = 0;
  for (let i = tokenAt(tokens, at) - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (QUOTE_MARKS.includes(token.text)) return null;
    const prev = tokens[i - 1];
    const opens = !prev || endsSentence(prev) || hasLineBreak(body, prev.end, token.start);
    if (!opens) continue;
    const found = sentWordsAt(body, tokens, i);
    if (found) return found;
    if (++sentences >= MAX_SENTENCES_BACK) return null;
  }
  return null;
}

/** Words of time after a name that say when the words were sent: "by Trump on June 11:". */
const WHEN_SENT: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this', 'earlier', 'today', 'yesterday']);
/** The longest time phrase read between the name and the colon ("on June 11", "earlier this week"). */
const MAX_TIME_WORDS = 4;
/** What links words sent to their sender: "a statement by Trump", "a letter from Pelosi". */
const SENT_BY: ReadonlySet<string> = new Set(['by', 'from']);

/**
 * "… how the website rated this statement by Trump on June 11: “…”": the words a colon introduces after words someone
 * sent, by or from a name, are that person's, whoever the sentence is about. `w` ends with the colon.
 */
export function senderBeforeColon(body: string, w: Window): SpeakerMention | null {
  let end = w.to - 1;
  // Back over a time: "on June 11", "on Tuesday", "last week".
  for (let k = end - 1; k > w.from && end - k <= MAX_TIME_WORDS; k--) {
    if (WHEN_SENT.has(lexKey(w.tokens[k] as Token))) { end = k; break; }
  }
  let first = end;
  while (first > w.from && w.tokens[first - 1]?.capitalized) first--;
  // ("More from Blumenthal and Cohen:": past the first of two, whom the resolver joins to the second.)
  let before = first;
  if (w.tokens[before - 1]?.key === 'and' && w.tokens[before - 2]?.capitalized) {
    before--;
    while (before > w.from && w.tokens[before - 1]?.capitalized) before--;
  }
  const link = w.tokens[before - 1];
  const noun = w.tokens[before - 2];
  // ("More from Blumenthal:", a digest's words for what someone wrote.)
  const sent = !!noun && (WORDS_SENT.has(lexKey(noun)) || (lexKey(noun) === 'more' && noun.capitalized));
  if (first === end || !link || !sent || !SENT_BY.has(lexKey(link))) return null;
  const named = phraseStartingAt(body, { ...w, to: end }, first);
  return named?.speaker.kind === 'name' && named.end === end ? named.speaker : null;
}

/** Verbs of sending words, whose subject is the sender: "Mrs Hargreaves sent a fax". */
const SENDING: ReadonlySet<string> = new Set(['sent', 'wrote', 'posted', 'left', 'emailed', 'faxed', 'texted', 'penned',
  'issued', 'released', 'tweeted']);
/** Words one sends that WORDS_SENT leaves out, since they speak for no one by themselves ("the card said"). */
const SENT_THINGS: ReadonlySet<string> = new Set(['fax', 'card', 'postcard', 'telegram', 'notice']);

/**
 * Who sent the words that an "it reads" at offset `at` reads: the subject of a sending verb whose object is words sent,
 * in the sentence before ("Mrs Hargreaves sent a fax to her son and his sister Katie. It read: “…”"); null otherwise.
 */
export function senderOfWordsRead(body: string, tokens: readonly Token[], at: number): SpeakerMention | null {
  const end = sentenceStart(tokens, tokenAt(tokens, at) - 1);
  const from = sentenceStart(tokens, end - 1);
  for (let v = from + 1; v < end; v++) {
    if (!SENDING.has(lexKey(tokens[v] as Token)) || !DETERMINERS.has(lexKey(tokens[v + 1] ?? (tokens[v] as Token)))) continue;
    if (headNounAfter(tokens, v + 1, (key) => WORDS_SENT.has(key) || SENT_THINGS.has(key), MAX_MODIFIERS, end) < 0) continue;
    const sender = phraseEndingAt(body, { tokens, from, to: v }, v - 1, from);
    return sender && sender.speaker.kind !== 'pronoun' ? sender.speaker : null;
  }
  return null;
}
