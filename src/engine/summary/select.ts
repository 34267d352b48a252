// Picks the summary sentences from scored candidates: greedily the best score, minus a penalty for
// repeating what is already chosen (maximal marginal relevance), then back in body order.
import type { ScoredSentence, TermVector } from './score.ts';

/** Cosine at which two sentences say the same thing. */
const DUPLICATE = 0.9;
/** Larger than any score difference: a repeat is chosen only when nothing else is left. */
const REPEAT_PENALTY = 1e6;

/** Indices of `count` sentences (or all, when fewer), in ascending (body) order. Deterministic: ties go to the earlier sentence. */
export function selectSentences(scored: readonly ScoredSentence[], count: number, redundancy: number): number[] {
  const norms = scored.map((s) => norm(s.terms));
  // overlap[i]: highest cosine between candidate i and any sentence chosen so far.
  const overlap = new Float64Array(scored.length);
  const taken = new Uint8Array(scored.length);
  const chosen: number[] = [];
  while (chosen.length < Math.min(count, scored.length)) {
    let best = -1, bestValue = -Infinity;
    scored.forEach((candidate, i) => {
      const similarity = overlap[i] ?? 0;
      // A (near) repeat of a chosen sentence (scraped pages repeat their lead as a caption) comes last.
      const value = candidate.score - redundancy * similarity - (similarity >= DUPLICATE ? REPEAT_PENALTY : 0);
      if (!taken[i] && value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    const pick = scored[best];
    if (!pick) break;
    taken[best] = 1;
    chosen.push(pick.index);
    scored.forEach((candidate, i) => {
      if (taken[i]) return;
      const similarity = dot(candidate.terms, pick.terms) / ((norms[i] ?? 1) * (norms[best] ?? 1) || 1);
      overlap[i] = Math.max(overlap[i] ?? 0, similarity);
    });
  }
  return chosen.sort((a, b) => a - b);
}

function norm(vector: TermVector): number {
  let sum = 0;
  for (const v of vector.values()) sum += v * v;
  return Math.sqrt(sum);
}

function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  small.forEach((v, t) => (sum += v * (large.get(t) ?? 0)));
  return sum;
}
