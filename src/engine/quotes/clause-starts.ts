// Where the clause a quote belongs to starts, in the words of its sentence before the opening mark: after a colon the
// quote belongs to the clause just before it ("When Trump …, Rubio fired back:"), and a clause a joiner sets off has a
// subject of its own ("Wilshaw said …, while a number of head teachers had reported an “…”").
import type { Token } from '../entities/tokens.ts';
import { ARTICLES } from '../entities/name-kinds.ts';

/** Where the last clause of tokens[from, to) starts: after its last comma (or at `from` when there is none). */
export function lastClauseStart(tokens: readonly Token[], from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (tokens[j]?.text === ',') return j + 1;
  return from;
}

/** Where the words after the last colon in tokens[from, to) start (`from` when there is none). */
export function lastColonStart(tokens: readonly Token[], from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (tokens[j]?.text === ':') return j + 1;
  return from;
}

/** Words that join a second clause, with a subject of its own, to the first: "… said X while Y believes …". */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but']);

/** Index after the last clause joiner in tokens[from, to) that a comma sets off and a subject's first word follows
 * (a name, an article: not "…, but now said"), or `from`. */
export function commaJoinedClauseStart(tokens: readonly Token[], from: number, to: number): number {
  const start = lastJoinedClauseStart(tokens, from, to);
  const next = tokens[start];
  const opensSubject = !!next && (next.capitalized || ARTICLES.has(next.key));
  return start > from + 1 && tokens[start - 2]?.text === ',' && opensSubject ? start : from;
}

/** Index after the last clause joiner in tokens[from, to), or `from`. */
export function lastJoinedClauseStart(tokens: readonly Token[], from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (CLAUSE_JOINERS.has(tokens[j]?.key ?? '')) return j + 1;
  return from;
}
