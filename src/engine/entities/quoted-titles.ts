// Titles set in quotation marks: a song's, a film's, a show's ("When Love Comes to Town", "Three Little Bops"). Every
// word of one is capitalized, so a run of its words looks like a person's name to the name finder; it is none.

/** Small words a title leaves in lowercase ("When Love Comes to Town"), and a headline capitalizes. */
export const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'at', 'to', 'in', 'on', 'for', 'by', 'with', 'from',
  'and', 'or', 'of', 'as', 'into', 'is']);
/** Quoted words: in straight or curly double marks, or single ones, with no apostrophe inside; short, on one line. */
const QUOTED = /"([^"\n]{3,80})"|“([^”\n]{3,80})”|‘([^’\n]{3,80})’(?!\p{L})|(?<!\p{L})'([^'\n]{3,60})'(?!\p{L})/gu;
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITAL = /^\p{Lu}/u;
const MIN_WORDS = 2;
const MAX_WORDS = 10;

/** Whether every word of `text` is capitalized but small ones, the first and last too: a title, not a sentence. */
function titleCased(text: string): boolean {
  const words = text.match(WORD) ?? [];
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return false;
  const capitalized = (w: string): boolean => CAPITAL.test(w);
  return capitalized(words[0] ?? '') && capitalized(words[words.length - 1] ?? '')
    && words.every((w) => capitalized(w) || SMALL_WORDS.has(w));
}

/** `[start, end)` offsets of the quoted titles of `body`, in order. */
export function quotedTitles(body: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  // Most bodies have few quotation marks and fewer titles: one pass of one regex.
  for (const match of body.matchAll(QUOTED)) {
    const text = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
    if (titleCased(text)) out.push([match.index, match.index + match[0].length]);
  }
  return out;
}

/** Whether a place's preposition or a comma comes right before offset `start`: inside quotation marks, a place
 * named so is a place ("from “Buffalo to Albany.”"), not a title's word ("“Good Morning America”"). */
export const locatedAt = (body: string, start: number): boolean => LOCATED.test(body.slice(Math.max(0, start - 8), start));
const LOCATED = /(?:\b(?:to|from|in|at|near)|,)\s+$/;
