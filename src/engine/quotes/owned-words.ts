// Quotes introduced as somebody's words by a possessive: "after her March comment that, “…”", "Clinton's claim that
// “…”". The owner of the words speaks.
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { possessiveLength } from '../entities/text-checks.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { isDateWord } from './name-parts.ts';
import { phraseEndingAt } from './phrases.ts';
import type { SpeakerMention, Window } from './phrases.ts';

/** Nouns for words said, whose owner said them (not documents: "his report" may quote others). */
const SAYINGS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'remark', 'remarks', 'claim', 'claims', 'assertion', 'statement', 'words', 'promise',
  'pledge', 'vow', 'warning', 'quip', 'declaration', 'insistence', 'boast', 'suggestion', 'argument', 'admission',
  'observation', 'tweet', 'response', 'reply', 'answer', 'prediction', 'complaint', 'charge', 'accusation',
]);

/** How many words the clause after "his response was that" may run before the quote. */
const MAX_CLAUSE = 8;

/**
 * "his response was that the latter was “…”": the saying's noun before the "was that" opening the clause that ends at
 * tokens[k], a few words long; -1 when there is none.
 */
function sayingBeforeClause(tokens: readonly Token[], from: number, k: number): number {
  for (let j = k; j >= Math.max(from + 2, k - MAX_CLAUSE); j--) {
    const be = tokens[j - 1]?.key;
    if (tokens[j]?.key === 'that' && (be === 'was' || be === 'is') && SAYINGS.has(tokens[j - 2]?.key ?? '')) return j - 2;
  }
  return -1;
}

/**
 * The saying's noun right before the "that" at tokens[k], or before a place or a time a preposition gives it: "her
 * comments before a special House Benghazi committee that “…”"; else the word before "that".
 */
function sayingBeforeThat(tokens: readonly Token[], from: number, k: number): number {
  for (let j = k - 2; j >= Math.max(from, k - MAX_CLAUSE); j--) {
    const t = tokens[j] as Token;
    if (!t.word) break;
    if (SAYINGS.has(t.key) && SETTINGS.has(tokens[j + 1]?.key ?? '')) return j;
  }
  return k - 1;
}
/** Prepositions that say where or when something was said: "her comments before the committee". */
const SETTINGS: ReadonlySet<string> = new Set(['before', 'to', 'at', 'in', 'on', 'during']);

/** Possessive pronouns, as the pronoun the resolver reads. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she']]);

/** Words that may stand between the owner and the noun: "her March comment", "Trump's recent remarks". */
const MAX_BETWEEN = 2;

/** The owner of the saying the window ends with ("… her March comment that,"), or null. */
export function ownerOfSaying(body: string, w: Window): SpeakerMention | null {
  const { tokens, from } = w;
  let k = w.to - 1;
  // (Only "that" or a colon after the noun: in "said Trump's remarks “have had …”" the remarks are what is spoken of.)
  if (tokens[k]?.text === ':') k--;
  else {
    if (tokens[k]?.text === ',') k--;
    const noun = tokens[k]?.word && tokens[k]?.key === 'that' ? sayingBeforeThat(tokens, from, k)
      : sayingBeforeClause(tokens, from, k);
    if (noun < 0) return null;
    k = noun;
  }
  const noun = tokens[k];
  if (!noun?.word || noun.capitalized || !SAYINGS.has(lexKey(noun))) return null;
  for (let owner = k - 1; owner >= Math.max(from, k - 1 - MAX_BETWEEN); owner--) {
    const t = tokens[owner] as Token;
    const pronoun = t.word ? POSSESSIVE_PRONOUNS.get(lexKey(t)) : undefined;
    if (pronoun) return { kind: 'pronoun', text: pronoun, start: t.start };
    if (possessiveLength(t.text) > 0 && t.capitalized) {
      const phrase = phraseEndingAt(body, w, owner, from);
      return phrase?.speaker.kind === 'name' ? phrase.speaker : null;
    }
    // Only a date or an adjective between them: "her March comment", "his recent remarks".
    if (!t.word || FUNCTION_WORDS.has(lexKey(t)) || (t.capitalized && !isDateWord(t))) return null;
  }
  return null;
}
