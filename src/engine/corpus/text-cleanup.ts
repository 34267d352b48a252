// Turns raw article text into the body every span indexes: paragraphs joined by one blank line, web leftovers gone.

/** Whole paragraphs that are page furniture, not journalism (comment forms, navigation, share widgets). */
const LEFTOVER_PARAGRAPHS: readonly RegExp[] = [
  /^leave a (reply|comment)\b/i,
  /^your email address will not be published/i,
  /^required fields are marked/i,
  /^back to top$/i,
  /^(share|like) this:?$/i,
  /^click to (share|print|email)/i,
  /^(related|related articles|related posts|advertisement|loading\.{0,3}|comments?)\s*:?$/i,
  /^(post navigation|previous post|next post)\b/i,
  /^save my name, email, and website/i,
  /^subscribe to (our|the) newsletter/i,
];

export function isLeftover(paragraph: string): boolean {
  return LEFTOVER_PARAGRAPHS.some((pattern) => pattern.test(paragraph));
}

/** The seeds escape quotation marks as `\"`; a reader means `"`. */
export function unescapeQuotes(text: string): string {
  return text.replace(/\\(["'])/g, '$1');
}

/** Splits text into trimmed, non-empty paragraphs (separated by blank lines). */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The canonical body: paragraphs without leftovers, joined by "\n\n". Inner text is kept byte for byte. */
export function cleanBody(text: string): string {
  return paragraphsOf(text)
    .filter((p) => !isLeftover(p))
    .join('\n\n');
}
