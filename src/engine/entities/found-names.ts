// What classifying a capitalized sequence gives: the mentions found in it, each a range of its tokens with a kind.
import type { Gender, NameKind } from './names.ts';
import { possessiveLength } from './text-checks.ts';
import type { Token } from './tokens.ts';

/** A mention found in a sequence: tokens[first, end) (a trailing possessive is left out of its text). */
export interface FoundName {
  readonly first: number;
  readonly end: number;
  readonly kind: NameKind;
  readonly titled: boolean;
  readonly gender: Gender | null;
  readonly sentenceInitial: boolean;
}

/** Tokens, and whether the range being classified opens a sentence, or an article stands before it ("the Trump Train"). */
export interface Source {
  readonly tokens: readonly Token[];
  readonly sentenceInitial: boolean;
  readonly afterArticle: boolean;
}

/** The mention covering tokens[a, b), unless nothing is left of it without a trailing possessive. */
export function mention(src: Source, a: number, b: number, kind: NameKind, titled = false, gender: Gender | null = null)
  : FoundName[] {
  const startToken = src.tokens[a];
  const endToken = src.tokens[b - 1];
  if (!startToken || !endToken) return [];
  const end = endToken.end - possessiveLength(endToken.text);
  if (end <= startToken.start) return [];
  return [{ first: a, end: b, kind, titled, gender, sentenceInitial: src.sentenceInitial }];
}
