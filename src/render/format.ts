// Small pieces of wording shared by several renderers, so a quote or a reading time looks the same everywhere.
import { speakerLine } from '../engine/speaker-line.ts';
import type { Quote } from '../engine/types.ts';
import { EMBED_URL_LIMIT } from './limits.ts';
import { neutralizeMentions } from './escape.ts';
import { inlineText } from './safe-text.ts';
import { collapseWhitespace, toWellFormed, truncate } from './text.ts';

/** Longest speaker name or article title shown inside a quote attribution. */
const ATTRIBUTION_NAME_BUDGET = 120;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** "1,234" for counts; anything that is not a finite non-negative number shows as 0 rather than "NaN". */
export function formatCount(n: number): string {
  return (Number.isFinite(n) && n > 0 ? Math.round(n) : 0).toLocaleString('en-US');
}

/** "3 min read": never "0 min read", a short article still takes a minute. */
export function minutesRead(readingMinutes: number): string {
  const minutes = Number.isFinite(readingMinutes) ? Math.max(1, Math.round(readingMinutes)) : 1;
  return `${minutes.toLocaleString('en-US')} min read`;
}

/** "3 min read · 612 words". */
export function readingLine(readingMinutes: number, wordCount: number): string {
  const words = formatCount(wordCount);
  return `${minutesRead(readingMinutes)} · ${words} ${words === '1' ? 'word' : 'words'}`;
}

/** "1 article" / "2 articles". */
export function plural(n: number, noun: string): string {
  return `${formatCount(n)} ${n === 1 ? noun : `${noun}s`}`;
}

/** An http(s) URL Discord will accept, or undefined (a malformed one would make Discord reject the whole message). */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (url === null || url === undefined) return undefined;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    // Credentials have no business in a shared link (and would put an "@" before the host).
    parsed.username = '';
    parsed.password = '';
    // Parentheses would end a markdown link early, and "@everyone" must not appear even inside a link;
    // percent-encoding them keeps the same address.
    const href = parsed.href.replace(/\(/gu, '%28').replace(/\)/gu, '%29').replace(/@/gu, '%40');
    return href.length <= EMBED_URL_LIMIT ? href : undefined;
  } catch {
    return undefined;
  }
}

/** An ISO-8601 timestamp for an embed, or undefined when the date does not parse. */
export function safeTimestamp(date: string | null | undefined): string | undefined {
  if (date === null || date === undefined) return undefined;
  const ms = Date.parse(date);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** "Mon 24 Nov 2026" for an ISO date (UTC); any other text is shown as given. */
export function formatDay(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}/u.test(date)) return date;
  const ms = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date);
  if (!Number.isFinite(ms)) return date;
  const d = new Date(ms);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "24 Nov 2026" for a listing line, or null. */
export function formatShortDate(date: string | null): string | null {
  const iso = safeTimestamp(date);
  if (iso === undefined) return null;
  const d = new Date(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * A quote as it appears in every embed, within `max` characters:
 *   “The quoted words”
 *   — Speaker, role      (or "— unattributed"; with `articleTitle`: "— Speaker, role, in *Title*")
 * The attribution is kept whole and the quoted words are shortened, because a quote without its speaker misleads.
 */
export function quoteBlock(quote: Quote, max: number, articleTitle?: string): string {
  const line = speakerLine(quote);
  const speaker = line === null ? '' : inlineText(line, ATTRIBUTION_NAME_BUDGET);
  let attribution = `— ${speaker === '' ? 'unattributed' : speaker}`;
  if (articleTitle !== undefined) {
    attribution += `, in *${inlineText(articleTitle, ATTRIBUTION_NAME_BUDGET, 'an untitled article')}*`;
  }
  const words = inlineText(quote.text, Math.max(1, max - attribution.length - 3), '…');
  // The final cut only bites when `max` is smaller than the attribution itself.
  return truncate(`“${words}”\n${attribution}`, max);
}

/**
 * `text` as inline code within `max` characters (delimiters included), or '' for blank text. Code cannot escape
 * anything, so a backtick inside is swapped for a look-alike; mentions are still broken, to be safe.
 */
export function codeSpan(text: string, max: number): string {
  const flat = neutralizeMentions(toWellFormed(collapseWhitespace(text))).replace(/`/gu, 'ˋ');
  if (flat === '' || max < 3) return '';
  return `\`${truncate(flat, max - 2)}\``;
}
