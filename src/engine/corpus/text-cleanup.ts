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
 * Page widgets glued into the text where a line break was lost: a share widget's buttons before a paragraph's first
 * words ("Share this withEmailFacebook…Copy this linkThe 76-year-old, who …") and a video player's placeholder between
 * two paragraphs ("… in the afternoon.Media playback is not supported on this devicePakistan batted …").
 */
const PAGE_WIDGETS = /Share this with(?:\p{Lu}[\p{L}+]*)+?Copy this link|Media playback is (?:not supported|unsupported) on (?:this|your) device/gu;

/** The paragraph's text around page widgets, each piece a paragraph of its own, as the page had it. */
function withoutPageWidgets(paragraph: string): string[] {
  if (!paragraph.includes('Share this with') && !paragraph.includes('Media playback')) return [paragraph];
  return paragraph.split(PAGE_WIDGETS).map((p) => p.trim());
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

/** The canonical body: paragraphs without leftovers or page widgets, joined by "\n\n"; inner text kept byte for byte. */
export function cleanBody(text: string): string {
  return paragraphsOf(text)
    .flatMap(withoutPageWidgets)
    .filter((p) => p !== '' && !isLeftover(p))
    .join('\n\n');
}
