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

/**
 * A share widget whose buttons the page glued to the first words of a paragraph ("Share this withEmailFacebook…
 * Copy this linkThe 76-year-old, who …"): its labels, then the paragraph's own text.
 */
const SHARE_WIDGET = /^Share this with(?:\p{Lu}[\p{L}+]*)+?Copy this link\s*/u;

/** The paragraph without a share widget glued to its start. */
function withoutShareWidget(paragraph: string): string {
  return paragraph.startsWith('Share this with') ? paragraph.replace(SHARE_WIDGET, '') : paragraph;
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

/** The canonical body: paragraphs without leftovers or share widgets, joined by "\n\n"; inner text kept byte for byte. */
export function cleanBody(text: string): string {
  return paragraphsOf(text)
    .map(withoutShareWidget)
    .filter((p) => p !== '' && !isLeftover(p))
    .join('\n\n');
}
