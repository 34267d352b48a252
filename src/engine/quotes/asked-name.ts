// Whom a question is put to answers next: "asked Bernie Sanders if he would …. He said", "“Should there be a database
// …?” a reporter can be heard asking Trump after an event. “There should be …,” the businessman replied."
import { endsSentence, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { ASKING_VERBS } from './lexicon.ts';

const QUESTION_WORDS: ReadonlySet<string> = new Set(['if', 'whether', 'how', 'what', 'why', 'when', 'where', 'who']);
/** Forms of "ask" whose object, after a quoted question, is who answers: "a reporter can be heard asking Trump". */
const ASKING_FORMS: ReadonlySet<string> = new Set([...ASKING_VERBS, 'asking', 'asks']);
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', "'", '’']);
/** How far back in its sentence the question may close. */
const MAX_BACK = 12;

/**
 * Whether the name at tokens[t], with `next` the token after it, is asked a question: right after an asking verb,
 * with a question word after the name or a quoted question closing just before in the sentence.
 */
export function isAskedAt(tokens: readonly Token[], t: number, next: Token | undefined): boolean {
  const prev = tokens[t - 1];
  if (!prev?.word || !ASKING_FORMS.has(lexKey(prev))) return false;
  if (next?.word && QUESTION_WORDS.has(lexKey(next)) && ASKING_VERBS.has(lexKey(prev))) return true;
  for (let k = t - 2; k > 0 && k >= t - 2 - MAX_BACK; k--) {
    const token = tokens[k] as Token;
    if (CLOSING_MARKS.has(token.text) && tokens[k - 1]?.text === '?') return true;
    if (endsSentence(token)) return false;
  }
  return false;
}
