// The shapes a speaker phrase is read in: the mention, the window of tokens it is read from, and the phrase's extent.
import type { Token } from '../entities/tokens.ts';

export interface SpeakerMention {
  readonly kind: 'name' | 'pronoun' | 'description';
  /** As written in the body ("President To Lam", "he", "the statement"). */
  readonly text: string;
  /** Offset in the body: where the mention starts. */
  readonly start: number;
  /** Who a named speaker is, as the words next to the name say ("the mayor of Springfield"), when they say it. */
  readonly role?: string;
}

/** A window of the body's tokens: `[from, to)`. */
export interface Window {
  readonly tokens: readonly Token[];
  readonly from: number;
  readonly to: number;
}
export interface Phrase {
  readonly speaker: SpeakerMention;
  /** First token of the phrase, and the token after it. */
  readonly first: number;
  readonly end: number;
}
