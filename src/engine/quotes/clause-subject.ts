// The subject of a clause, for quotes whose attribution has no speech verb next to a speaker: "Trump gestured …,
// then leaned in and boomed: “…”" or "The Republican candidate appeared to assert his plans by saying, “…”".
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { possessiveLength } from '../entities/text-checks.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { AUXILIARIES, IRREGULAR_PAST } from './lexicon.ts';
import { isPronoun, isSpeechWord } from './phrase-words.ts';
import { phraseEndingAt, phraseStartingAt } from './phrases.ts';
import type { Phrase, SpeakerMention, Window } from './phrases.ts';
import { passiveBeforeBy } from './voice.ts';
import { isAdverb } from './verb-objects.ts';
import { isDateWord } from './name-parts.ts';

/** Lowercase words that cannot follow a subject: the phrase before them is an object or a setting. */
const NOT_A_PREDICATE: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'as', 'than', 'into', 'about',
  'later', 'earlier', 'ago', 'before', 'after', 'last', 'next', 'this', 'yesterday', 'today', 'tonight',
]);

const RELATIVES: ReadonlySet<string> = new Set(['which', 'that', 'whom']);

/**
 * The subject of a relative clause that ends `w` (from its comma to the end): "a change in hair, which Julia also
 * discussed with Page Six, | explaining that …", whose participle goes on with Julia. Null when no such clause ends it.
 */
export function relativeSubject(body: string, w: Window): SpeakerMention | null {
  const { tokens } = w;
  let end = w.to;
  while (end > w.from && tokens[end - 1]?.text === ',') end--;
  let k = end - 1;
  while (k > w.from && tokens[k]?.text !== ',') k--;
  if (tokens[k]?.text !== ',' || !RELATIVES.has(tokens[k + 1]?.text ?? '')) return null;
  const phrase = phraseStartingAt(body, { ...w, to: end }, k + 2);
  if (phrase?.speaker.kind !== 'name') return null;
  const at = isAdverb(tokens[phrase.end]) ? phrase.end + 1 : phrase.end;
  return tokens[at]?.word && VERB_ENDING.test(tokens[at]?.text ?? '') ? phrase.speaker : null;
}

const LEADING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'or']);

const LEADING_ADVERBS: ReadonlySet<string> = new Set(['then', 'now', 'later', 'finally', 'still', 'yet']);

const TIME_ADVERBS: ReadonlySet<string> = new Set(['later', 'earlier']);
/** Lowercase words that open a clause of time after a comma. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['before', 'after', 'as', 'while', 'when', 'until', 'once']);

/** The subject of the clause in `w`: the first phrase at a clause start that a lowercase word (its verb) follows. */
export function clauseSubject(body: string, w: Window): SpeakerMention | null {
  const { tokens, to } = w;
  // "And she is sure that …:": a conjunction opening the sentence comes before its subject.
  // "And then Trump went on the attack, saying": an adverb of time may come between them.
  const first = tokens[w.from];
  const adverb = tokens[w.from + 1] && !tokens[w.from + 1]?.capitalized && LEADING_ADVERBS.has(lexKey(tokens[w.from + 1] as Token));
  const start = w.from + (adverb ? 2 : 1);
  const opensWithConjunction = !!first?.capitalized && LEADING_CONJUNCTIONS.has(lexKey(first))
    && (!!tokens[start]?.capitalized || isPronoun(tokens[start]));
  // ("…, before her daughter signs off with the family goodbye:": a clause of time set off by a comma has a subject.)
  const subordinate = !!first && !first.capitalized && SUBORDINATORS.has(first.key);
  const from = opensWithConjunction ? start : subordinate ? w.from + 1 : w.from;
  for (let p = from; p < to; p++) {
    if (p > from && tokens[p - 1]?.text !== ',') continue;
    const phrase = phraseStartingAt(body, w, p);
    if (!phrase) continue;
    // "Although there is …, a White House official who …", "Reprising one of her lines, the former secretary …": a
    // capitalized conjunction or participle opens a clause, it is no subject.
    const opener = lexKey(tokens[p] as Token);
    const verbNext = isSpeechWord(tokens[p + 1]) || VERB_ENDING.test(tokens[p + 1]?.text ?? '');
    if (p === from && phrase.end === p + 1 && phrase.speaker.kind === 'name'
      && (FUNCTION_WORDS.has(opener) || (PARTICIPLE.test(opener) && !verbNext))) continue;
    const before = phraseBeforeVerb(body, w, p, phrase) ?? ownedBeforeVerb(body, w, p, phrase);
    if (before) return before.speaker;
    // "Hillary Clinton's right-hand woman rallied": the owner is no subject, and the phrase it owns ran on too far.
    if (possessiveLength(tokens[phrase.end - 1]?.text ?? '') > 0) continue;
    let after = phrase.end;
    // "Rep. Hakeem Jeffries (D-N.Y.) reacted …": step over a bracket after a name.
    if (tokens[after]?.text === '(') {
      let close = after + 1;
      while (close < Math.min(to, after + 8) && tokens[close]?.text !== ')') close++;
      if (tokens[close]?.text === ')') after = close + 1;
    }
    // "Silverman, herself a Sanders supporter, incurred …", "The Clinton campaign, in a Q&A, worded it …": step over an
    // appositive after a name or a description.
    if (tokens[after]?.text === ',' && phrase.speaker.kind !== 'pronoun') {
      for (let j = after + 1; j < Math.min(to, after + 16); j++) if (tokens[j]?.text === ',') { after = j + 1; break; }
    }
    // "A Clinton campaign official later walked back …": an adverb of time between the subject and a verb in -ed.
    if (TIME_ADVERBS.has(tokens[after]?.key ?? '') && VERB_ENDING.test(tokens[after + 1]?.text ?? '')) after++;
    const next = tokens[after];
    // "The challenge of transparency is exemplified by this finding:": the subject of a passive is acted on; it says
    // nothing.
    if (passiveBeforeBy(tokens, after)) return null;
    const verbLike = next && next.word && !next.capitalized && !NOT_A_PREDICATE.has(lexKey(next));
    if (verbLike || (isPronoun(tokens[p]) && isSpeechWord(next))) return phrase.speaker;
    // "Yahoo News and former TV network anchor Katie Couric has promoted …": the last of a compound subject, as
    // "X and Y wrote" reads before a speech verb.
    const second = next && lexKey(next) === 'and' ? phraseStartingAt(body, w, after + 1) : null;
    const then = second ? tokens[second.end] : undefined;
    if (second?.speaker.kind === 'name' && then?.word && !then.capitalized && !NOT_A_PREDICATE.has(lexKey(then))) {
      return second.speaker;
    }
  }
  return null;
}

/** A name's possession read up to the verb after it: "Hillary Clinton's right-hand woman" (rallied …). */
function ownedBeforeVerb(body: string, w: Window, p: number, phrase: Phrase): Phrase | null {
  if (phrase.speaker.kind !== 'name' || possessiveLength(w.tokens[phrase.end - 1]?.text ?? '') === 0) return null;
  // (Past a day, and what follows it, which the phrase does not take: "Trump's first tweet Sunday morning was".)
  let last = -1;
  for (let k = phrase.end; k < Math.min(w.to, phrase.end + MAX_OWNED_WORDS); k++) {
    const t = w.tokens[k] as Token;
    const date = isDateWord(t);
    if (!t.word || (t.capitalized && !date)) return null;
    if (VERB_ENDING.test(t.text) || IRREGULAR_PAST.has(lexKey(t)) || AUXILIARIES.has(lexKey(t)) || isSpeechWord(t)) {
      return k > phrase.end ? phraseEndingAt(body, w, last >= 0 ? last : k - 1, p) : null;
    }
    if (date && last < 0) last = k - 1;
  }
  return null;
}
const MAX_OWNED_WORDS = 5;

const VERB_ENDING = /^\p{Ll}{2,}(?:ed|es)$/u;
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;

/**
 * A description that ran on into its own verb ("The email goes", "The Republican candidate appeared"), read again up
 * to that verb; null when the phrase has no such word or is no description.
 */
function phraseBeforeVerb(body: string, w: Window, p: number, phrase: Phrase): Phrase | null {
  if (phrase.speaker.kind !== 'description') return null;
  for (let k = p + 1; k < phrase.end; k++) {
    const t = w.tokens[k] as Token;
    if (!t.word || t.capitalized || !(VERB_ENDING.test(t.text) || IRREGULAR_PAST.has(lexKey(t)))) continue;
    return phraseStartingAt(body, { tokens: w.tokens, from: w.from, to: k }, p);
  }
  return null;
}
