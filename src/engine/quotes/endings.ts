// How a stretch of text ends: with a mark (a full stop, a comma…) followed only by closing quotation marks and
// brackets. Read backwards from the end, on offsets into the body, instead of cutting the stretch out and running a
// regex that tries every position of it.

/** The closing characters a quote's last mark may stand before: `['’"”)\]]`. */
const CLOSERS: ReadonlySet<number> = new Set([39, 0x2019, 34, 0x201d, 41, 93]);

/** `new RegExp(`[${marks}]['’"”)\\]]*$`).test(text.slice(from, to))`, for marks that are not closers themselves. */
export function endsWithMark(text: string, from: number, to: number, marks: string): boolean {
  let end = to;
  while (end > from && CLOSERS.has(text.charCodeAt(end - 1))) end--;
  return end > from && marks.includes(text.charAt(end - 1));
}

/** Marks that end a sentence. */
export const STOPS = '.!?…';
/** Marks that end a sentence or a clause. */
export const PUNCTUATION = '.!?…,;:—–-';
