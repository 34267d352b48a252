// Cutting text to a length without cutting words, surrogate pairs or markdown escapes in half.
// Lengths are UTF-16 code units, as Discord counts them.

export const ELLIPSIS = '…';

/** A sentence boundary is used only if it keeps at least this share of the allowed length; otherwise a word boundary. */
const SENTENCE_CUT_MIN_SHARE = 0.7;

/** Grapheme clusters longer than this (e.g. "Zalgo" stacks) are cut by code point instead: they are not real letters. */
const MAX_GRAPHEME_LOOKAHEAD = 32;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters that may dangle at the end of a word cut without meaning anything ("said, …", "the (…"). */
const DANGLING_TAIL = /[\s,;:\-–—([{“‘«\\]+$/u;

/** Abbreviations whose full stop does not end a sentence ("Mr. Smith", "U.S. officials", "J. Doe"). */
const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Mt|No|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N|Inc|Corp|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;

/** Replaces lone surrogates (invalid UTF-16, which JSON cannot carry faithfully) with U+FFFD. */
export function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu, '\uFFFD');
}

/** Collapses every run of whitespace (newlines included) into one space, for one-line texts: titles, names, quotes. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** True when `text` has no visible content (only whitespace or zero-width characters). */
export function isBlank(text: string): boolean {
  return text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '').length === 0;
}

/**
 * Shortens `text` to at most `max` UTF-16 units, ending with "…" when it had to cut.
 * Prefers a sentence boundary that is reasonably close, then a word boundary; cuts inside a word only when the
 * first word alone is longer than `max`, and then never inside a surrogate pair or (where possible) a grapheme.
 */
export function truncate(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 0) throw new RangeError(`truncate: max must be a non-negative integer, got ${max}`);
  if (text.length <= max) return text;
  if (max === 0) return '';
  if (max === 1) return ELLIPSIS;
  // Only the head can matter; this keeps truncating a megabyte string cheap.
  const head = text.slice(0, max + 1);

  const sentenceCut = lastSentenceEnd(head, max - 2);
  if (sentenceCut >= max * SENTENCE_CUT_MIN_SHARE) return `${head.slice(0, sentenceCut).trimEnd()} ${ELLIPSIS}`;

  const wordCut = lastWordBoundary(head, max - 1);
  if (wordCut > 0) {
    const kept = head.slice(0, wordCut);
    const tidy = kept.replace(DANGLING_TAIL, '');
    return `${tidy.length > 0 ? tidy : kept.trimEnd()}${ELLIPSIS}`;
  }
  return `${hardCut(head, max - 1)}${ELLIPSIS}`;
}

/**
 * Index just after the last sentence-ending punctuation (plus closing quotes/brackets) at or before `limit`
 * that is followed by whitespace; a line break also ends a sentence. -1 when there is none.
 */
export function lastSentenceEnd(text: string, limit: number): number {
  const pattern = /[.!?…]+(?:\\?[)\]"'”’»])*(?=\s)|(?<=\S)[ \t]*(?=\n)/gu;
  let best = -1;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const end = m.index + m[0].length;
    if (end > limit) break;
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    if (m[0].length === 0) pattern.lastIndex++;
    best = end;
  }
  return best;
}

/**
 * Length of the longest prefix of `text` of at most `limit` units that ends at a word boundary (the next character
 * is whitespace), trimmed of its trailing whitespace. 0 when the first word alone is longer than `limit`.
 */
export function lastWordBoundary(text: string, limit: number): number {
  for (let i = Math.min(limit, text.length - 1); i > 0; i--) {
    if (/\s/u.test(text.charAt(i)) && !/\s/u.test(text.charAt(i - 1))) return i;
  }
  return 0;
}

/**
 * The longest prefix of `text` of at most `limit` units that ends between grapheme clusters (or at least between
 * code points), and not after an unpaired markdown-escape backslash, which would otherwise escape what follows.
 */
export function hardCut(text: string, limit: number): string {
  let cut = 0;
  for (const { segment } of graphemes.segment(text.slice(0, limit + MAX_GRAPHEME_LOOKAHEAD))) {
    if (cut + segment.length > limit) break;
    cut += segment.length;
  }
  if (cut === 0) {
    // A single oversized grapheme: fall back to code points, keeping surrogate pairs whole.
    cut = Math.min(limit, text.length);
    if (cut > 0 && isHighSurrogate(text.charCodeAt(cut - 1)) && cut < text.length) cut--;
  }
  let kept = text.slice(0, cut);
  if (endsWithOddBackslashes(kept)) kept = kept.slice(0, -1);
  return kept;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function endsWithOddBackslashes(text: string): boolean {
  const run = /\\+$/u.exec(text);
  return run !== null && run[0].length % 2 === 1;
}
