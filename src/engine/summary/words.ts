// Cheap measures of a sentence's shape, for code that runs on every sentence of every briefing.

/** Number of whitespace-separated tokens in `text` (what `text.trim().split(/\s+/).length` gives for non-empty text). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII whitespace and the no-break space: enough for word counts.
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** Whether `text` ends with a question mark, possibly followed by closing quotes or brackets. */
export function endsWithQuestion(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && `'"’”)`.includes(text[i] ?? '')) i--;
  return text[i] === '?';
}
