// Scores candidate sentences for an extractive news summary. News puts the point first, so the lead
// bias dominates; centrality (how much of the sentence the rest of the article and the title repeat)
// and a few shape penalties decide between sentences of similar position.
import { STOPWORDS, tokenize } from '../text/tokens.ts';
import { countWords, endsWithQuestion } from './words.ts';

export interface ScoringWeights {
  /** Lead bias: the sentence of rank r (0-based, among content sentences) loses `leadDecay * ln(1 + r)`. */
  readonly leadDecay: number;
  /** Weight of the cosine between the sentence and the rest of the article (0..1). */
  readonly centrality: number;
  /** The title counts as this many extra sentences of the article when measuring centrality. */
  readonly titleAsSentences: number;
  /** Sentences opening with a quotation mark: a voice in the story, rarely its gist. */
  readonly quoteOpening: number;
  /** Questions tease rather than tell. */
  readonly question: number;
  /** Teasers and fragments below `shortBelowWords` words lose up to `short`, in proportion to what is missing. */
  readonly shortBelowWords: number;
  readonly short: number;
  /** Run-ons above `longAboveWords` words (often photo captions glued together) lose up to `long`. */
  readonly longAboveWords: number;
  readonly long: number;
  /** Penalty per unit of cosine with a sentence already chosen, so the summary does not repeat itself. */
  readonly redundancy: number;
}

// Chosen on held-out news (CNN/DailyMail and BBC articles) from a coarse grid, in a flat region of it:
// neighbouring values score within a few tenths of a ROUGE point.
export const DEFAULT_WEIGHTS: ScoringWeights = {
  leadDecay: 0.5,
  centrality: 1,
  titleAsSentences: 1,
  quoteOpening: 0.3,
  question: 0.5,
  shortBelowWords: 15,
  short: 0.6,
  longAboveWords: 50,
  long: 0.3,
  redundancy: 0.3,
};

/** A bag of words: content term → count. */
export type TermVector = ReadonlyMap<string, number>;

export interface ScoredSentence {
  /** Index into the candidate texts. */
  readonly index: number;
  readonly score: number;
  readonly terms: TermVector;
}

/** Content terms of a text: normalized, without stopwords and one-character leftovers. */
export function contentTerms(text: string): string[] {
  return tokenize(text).filter((t) => t.length > 1 && !STOPWORDS.has(t));
}

function termVector(text: string): Map<string, number> {
  const vector = new Map<string, number>();
  for (const t of contentTerms(text)) vector.set(t, (vector.get(t) ?? 0) + 1);
  return vector;
}

/** Scores the candidate sentences `texts` (content only, in body order) of an article titled `title`. */
export function scoreSentences(title: string, texts: readonly string[], w: ScoringWeights = DEFAULT_WEIGHTS): ScoredSentence[] {
  const vectors = texts.map(termVector);
  const article = new Map<string, number>();
  // forEach rather than for..of over entries: no [key, value] array per term, and this loop is hot.
  for (const vector of vectors) vector.forEach((v, t) => article.set(t, (article.get(t) ?? 0) + v));
  for (const t of new Set(contentTerms(title))) article.set(t, (article.get(t) ?? 0) + w.titleAsSentences);
  let articleNormSq = 0;
  for (const v of article.values()) articleNormSq += v * v;

  return texts.map((text, index) => {
    const terms = vectors[index] ?? new Map<string, number>();
    const words = countWords(text);
    let score = -w.leadDecay * Math.log1p(index) + w.centrality * centralityOf(terms, article, articleNormSq);
    if (/^['"‘“]/.test(text)) score -= w.quoteOpening;
    if (endsWithQuestion(text)) score -= w.question;
    if (words < w.shortBelowWords) score -= (w.short * (w.shortBelowWords - words)) / w.shortBelowWords;
    if (words > w.longAboveWords) score -= w.long * Math.min(1, (words - w.longAboveWords) / w.longAboveWords);
    return { index, score, terms };
  });
}

/** Cosine between a sentence and the rest of the article (the article minus that sentence). */
function centralityOf(terms: TermVector, article: TermVector, articleNormSq: number): number {
  let dot = 0, normSq = 0, restNormSq = articleNormSq;
  terms.forEach((v, t) => {
    const total = article.get(t) ?? v;
    const rest = total - v;
    dot += v * rest;
    normSq += v * v;
    restNormSq -= total * total - rest * rest;
  });
  return dot > 0 && normSq > 0 && restNormSq > 0 ? dot / Math.sqrt(normSq * restNormSq) : 0;
}
