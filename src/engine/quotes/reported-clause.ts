// "Also, Trump isn't a conservative, he said.": the "he" who reports a clause is not someone the clause names (a
// pronoun does not stand for a name inside what it governs), so the person it means was named before that clause.
import { SPEECH_VERBS } from './lexicon.ts';

/** Words that open a clause a pronoun may share its subject with: "When Trump arrived, he said". */
const OPENERS: ReadonlySet<string> = new Set(['when', 'after', 'before', 'as', 'if', 'while', 'since', 'because',
  'although', 'though', 'once', 'until', 'asked', 'speaking', 'responding', 'asking', 'pressed', 'told', 'in', 'at',
  'on', 'during', 'for', 'with', 'like', 'unlike', 'despite']);
const FIRST_WORD = /^[^\p{L}]*(\p{L}+)/u;
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
  if (OPENERS.has(opener) || opener.endsWith('ing') || sentence.includes('"') || sentence.includes('“')) return at;
  return at - sentence.length;
}
