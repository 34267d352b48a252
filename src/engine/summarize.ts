// Extractive summaries: whole sentences of the body, verbatim and in their original order.
import type { SummarySize } from './types.ts';
import { splitSentences } from './text/sentences.ts';
import { isFragment, isFurniture } from './summary/junk.ts';
import { DEFAULT_WEIGHTS, scoreSentences } from './summary/score.ts';
import { selectSentences } from './summary/select.ts';
import { countWords } from './summary/words.ts';

/** How many sentences a named length asks for (`short` may take a second one, see below). */
const NAMED_LENGTHS = { short: 1, standard: 3, full: 5 } as const;

/** A `short` summary takes a second sentence only when its first has fewer words than this. */
const SHORT_FIRST_SENTENCE_WORDS = 20;

/**
 * The sentences of `article.body` that best summarize it, exactly as `splitSentences` cuts them,
 * in body order, deterministic. `short` is one sentence (two when the first is under 20 words),
 * `standard` three, `full` five, `{ sentences: N }` exactly N, or every usable sentence when there are fewer.
 * Page furniture (bylines, timestamps, "Scroll down for video", credits) is never chosen; fragments
 * ("He was 88.", headings) only when the article has too few real sentences.
 */
export function summarize(article: { title: string; body: string }, size: SummarySize): string[] {
  const usable = splitSentences(article.body).map((s) => s.text).filter((text) => !isFurniture(text));
  const contentAt: number[] = [];
  const fragmentAt: number[] = [];
  usable.forEach((text, i) => (isFragment(text) ? fragmentAt : contentAt).push(i));
  const scored = scoreSentences(article.title, contentAt.map((i) => usable[i] ?? ''), DEFAULT_WEIGHTS);

  /** Indices into `usable` of the best `count` sentences, topped up with fragments when content runs out. */
  const pick = (count: number): number[] => {
    const chosen = selectSentences(scored, count, DEFAULT_WEIGHTS.redundancy).map((i) => contentAt[i] ?? 0);
    return [...chosen, ...fragmentAt.slice(0, Math.max(0, count - chosen.length))].sort((a, b) => a - b);
  };

  let chosen: number[];
  if ('sentences' in size) chosen = pick(Math.max(0, Math.floor(size.sentences)));
  else if (size.length !== 'short') chosen = pick(NAMED_LENGTHS[size.length]);
  else {
    const first = pick(1)[0];
    const words = first === undefined ? Infinity : countWords(usable[first] ?? '');
    chosen = pick(words < SHORT_FIRST_SENTENCE_WORDS ? 2 : 1);
  }
  return chosen.map((i) => usable[i] ?? '');
}
