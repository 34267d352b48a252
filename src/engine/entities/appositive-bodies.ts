// A body that an appositive names after its kind: "an outside company, Terminix, for the pest control", "a conservative
// advocacy group, Judicial Watch, as part of". The kind before the comma says what the name is.
import { BODY_NOUNS, COMPANY_NOUNS } from './kind-nouns.ts';
import type { Token } from './tokens.ts';

/** Marks that close such an appositive: its second comma, or the sentence's end. */
const CLOSERS: ReadonlySet<string> = new Set([',', '.', ';']);

/** Whether tokens[i…end) are a name set off by commas right after the kind of body it is. */
export function namedAfterItsKind(tokens: readonly Token[], i: number, end: number): boolean {
  const kind = tokens[i - 2];
  if (tokens[i - 1]?.text !== ',' || !kind?.word || kind.capitalized) return false;
  return (COMPANY_NOUNS.has(kind.key) || BODY_NOUNS.has(kind.key)) && CLOSERS.has(tokens[end]?.text ?? '');
}
