// Turns raw article text into the body every span indexes: paragraphs joined by one blank line, web leftovers gone.
import { isGivenName } from '../entities/first-names.ts';
import { PLACES } from '../entities/places.ts';

/** Titles that open a line after one glued to it ("TalibanPresident", "Black CountrySir Albert"); not "Gov", "Gen" or
 * "Health", which end brands ("YouGov", "NextGen", "UnitedHealth"). */
const GLUED_TITLES: ReadonlySet<string> = new Set(['president', 'minister', 'secretary', 'chancellor', 'senator',
  'governor', 'chairman', 'chairwoman', 'director', 'spokesman', 'spokeswoman', 'professor', 'associate',
  'correspondent', 'councillor', 'ambassador', 'commissioner', 'sir', 'dame', 'lord']);
/** Words that open a sentence and end no brand: "Sarah CampbellThe charity said", "TurkeyThe …". */
const GLUED_OPENERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'their', 'there', 'when',
  'while', 'after', 'before', 'but', 'and', 'for', 'his', 'her', 'its', 'she', 'they', 'three']);

/**
 * Whether a capitalized word and the capitalized one glued after it are two lines: a title, a sentence's first word, or
 * a given name after a place, the end of a caption's "news from Suffolk" ("SuffolkJonathan Rees QC said").
 */
function gluedAfterCapital(left: string, right: string): boolean {
  const word = right.toLowerCase();
  return GLUED_TITLES.has(word) || GLUED_OPENERS.has(word) || (isGivenName(word) && PLACES.has(left.toLowerCase()));
}

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

/**
 * Where a line break was lost between a page's lines and nothing marks it but the case of two glued words: a word in
 * lowercase, then a capitalized one ("BBC home affairs correspondentTheresa May's …", "… as it eruptedThe two
 * countries …"), or a capitalized one, then a title, a sentence's first word or a given name after a place ("… between
 * IS and the TalibanPresident Ashraf Ghani said"). Not a brand's inner capital ("iPhone", "EastEnders", "comScore",
 * "RoseAnn", "LinkedIn") nor a handle or a hashtag.
 */
const GLUED_LINES = /(?<![\p{L}#@/.\d])(\p{Ll}{4,}|\p{Lu}\p{Ll}{4,})(?=(\p{Lu}\p{Ll}+)(?![\p{L}]))/gu;
/** What every such glue holds: a capital right after a lowercase letter, in one news paragraph in twenty. Looked for
 * first, since it is much cheaper than GLUED_LINES, which is tried at every letter. */
const CAPITAL_AFTER_LOWERCASE = /\p{Ll}\p{Lu}/u;

/** The word a line glued to a line opening with "A" ends with: four lowercase letters or more, capitalized or not. */
const WORD_BEFORE_ARTICLE = /(?:^|[^\p{L}#@/.\d])(?:\p{Ll}{4,}|\p{Lu}\p{Ll}{4,})$/u;
const LOWERCASE = /\p{Ll}/u;
/** How far back that word is read. */
const WORD_REACH = 40;

/**
 * Offsets where a line whose first word is "A" or "An" was glued to the line before: "… other news from EssexA woman
 * who lives …". (Found from each capital A, which is cheaper than a regex over every word of every paragraph.)
 */
function gluedArticles(paragraph: string): number[] {
  const cuts: number[] = [];
  for (let k = paragraph.indexOf('A', 1); k >= 0; k = paragraph.indexOf('A', k + 1)) {
    const an = paragraph[k + 1] === 'n' ? 1 : 0;
    if (paragraph[k + 1 + an] !== ' ' || !LOWERCASE.test(paragraph[k - 1] ?? '') || !LOWERCASE.test(paragraph[k + 2 + an] ?? '')) continue;
    if (WORD_BEFORE_ARTICLE.test(paragraph.slice(Math.max(0, k - WORD_REACH), k))) cuts.push(k);
  }
  return cuts;
}

/** The paragraph split where glued lines meet, each line a paragraph of its own. */
function withoutGluedLines(paragraph: string): string[] {
  const cuts: number[] = [];
  if (CAPITAL_AFTER_LOWERCASE.test(paragraph)) for (const m of paragraph.matchAll(GLUED_LINES)) {
    const left = m[1] ?? '';
    const right = m[2] ?? '';
    if (left[0] === left[0]?.toLowerCase() || gluedAfterCapital(left, right)) cuts.push((m.index ?? 0) + left.length);
  }
  cuts.push(...gluedArticles(paragraph));
  if (cuts.length === 0) return [paragraph];
  cuts.sort((a, b) => a - b);
  return [0, ...cuts].map((from, k) => paragraph.slice(from, cuts[k] ?? paragraph.length).trim());
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

/** An invisible soft hyphen that opens a word ("Doug \u00adAndres"): a page's leftover, which would part the name. */
const SOFT_HYPHEN_AFTER_SPACE = /(\s)\u00ad+/gu;

/** The canonical body: paragraphs without leftovers or page widgets, parted where lines were glued, joined by "\n\n";
 * the words themselves kept byte for byte. */
export function cleanBody(text: string): string {
  return paragraphsOf(text.replace(SOFT_HYPHEN_AFTER_SPACE, '$1'))
    .flatMap(withoutPageWidgets)
    .flatMap(withoutGluedLines)
    .filter((p) => p !== '' && !isLeftover(p))
    .join('\n\n');
}
