// Whether a lone capitalized word is a name, by how the article writes it: its capital proves nothing where it
// opens a sentence, and a word the article also writes in lowercase is a common word there.
import { escapeRegExp } from '../entities/text-checks.ts';

/** Whether `start` opens a sentence: only spaces and opening marks stand between it and a stop, colon or line break. */
export function opensSentenceAt(body: string, start: number): boolean {
  let i = start - 1;
  // An opening mark stands right against the word ("“Partial"); a straight quote after a space closes a quote.
  while (i >= 0 && OPENING_MARKS.includes(body.charAt(i))) i--;
  // Any space but a line break, which ends a sentence itself: news text often has no-break spaces ("Clinton.\u00a0Reprising").
  while (i >= 0 && body.charAt(i) !== '\n' && SPACE.test(body.charAt(i))) i--;
  return i < 0 || SENTENCE_END.includes(body.charAt(i));
}
const OPENING_MARKS = '“"‘(';
const SPACE = /\s/;
const SENTENCE_END = '.!?:\n';
const ACRONYM = /^\p{Lu}{2,}$/u;


export class WordCase {
  private readonly lowercase = new Map<string, boolean>();

  constructor(private readonly body: string) {}

  /**
   * Whether the lone capitalized `word` at `start` is a name. Mid-sentence, its capital makes it one ("the Times
   * wrote"); opening a sentence, not when the article also writes it in lowercase ("Small groups …") or never
   * capitalizes it elsewhere ("Partial transcript as follows:").
   */
  isNameAt(word: string, start: number): boolean {
    if (!opensSentenceAt(this.body, start)) return true;
    return !this.writtenInLowercase(word) && this.writtenCapitalizedMidSentence(word);
  }

  /** Whether the lone word a speaker is written as is a name: also a word in capitals that opens a sentence ("CNN
   * reported: …"), unless the article writes it in lowercase too ("US"). */
  isSpeakerNameAt(word: string, start: number): boolean {
    return this.isNameAt(word, start) || (ACRONYM.test(word) && !this.writtenInLowercase(word));
  }

  /** Whether the body never has `word` in lowercase: "Carson", not "Police". */
  neverLowercase(word: string): boolean {
    return !this.writtenInLowercase(word);
  }

  /** Whether the body has `word` in lowercase, as a word of its own; asked once per word and article. */
  private writtenInLowercase(word: string): boolean {
    let found = this.lowercase.get(word);
    if (found === undefined) {
      found = new RegExp(`\\b${escapeRegExp(word.toLowerCase())}\\b`).test(this.body);
      this.lowercase.set(word, found);
    }
    return found;
  }

  /** Whether the body has `word` capitalized after a lowercase word or a comma, where a capital means a name. */
  private writtenCapitalizedMidSentence(word: string): boolean {
    return new RegExp(`[\\p{Ll},;:] ${escapeRegExp(word)}\\b`, 'u').test(this.body);
  }
}
