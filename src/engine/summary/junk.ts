// Web leftovers that pass for sentences but are not content: bylines, datelines, timestamps, calls
// to action, photo credits. A summary must never pick them, however central they look. The patterns
// are joined into two regexes because they run on every sentence of every briefing.
import { countWords } from './words.ts';

/** Furniture recognizable by how the sentence starts. */
const FURNITURE_START = new RegExp(
  '^(?:' +
  [
    // Timestamps: "PUBLISHED: 12:01 EST, 1 May 2014 | UPDATED: ...", "Last updated at 4:02 PM".
    String.raw`(?:published|updated|last\s+(?:updated|modified))(?:\s+(?:at|on))?\s*[:|\d]`,
    // "By . Daily Mail Reporter ." (the scraper's dots around the byline).
    String.raw`by\s+\.\s`,
    // "Follow @jane on Twitter", "Follow us on Facebook", "Follow Jane Doe on Twitter".
    String.raw`follow\s+(?:us\s+|him\s+|her\s+|\p{Lu}[\p{L}.]*\s+)*(?:on\s+)?(?:@|twitter|facebook|instagram)`,
    // Labels standing alone: "Read more:", "Advertisement", "Share this article".
    String.raw`(?:read more|see more|watch|related|advertisement|share this(?: article)?|sign up|subscribe|email|comments?)\s*[:.!]?\s*$`,
    String.raw`(?:read more|related(?: articles?)?|see also)\s*:`,
    String.raw`(?:leave a reply|back to top|all rights reserved|your email address will not be published)`,
    String.raw`(?:copyright\b|©|\(c\)\s)`,
    // Photo credits: "Photo: Reuters", "Image copyright Getty Images", "Picture credit: AP".
    String.raw`(?:photos?|pictures?|images?|credit|source|video)\s*(?:copyright|caption|credit)?\s*:`,
    String.raw`image (?:copyright|caption)\b`,
    String.raw`\(?(?:AP|AFP|Reuters|Getty(?: Images)?|EPA|PA)(?: Photos?)?\)?\.?$`,
    String.raw`\(.*\b(?:photo|getty|reuters|afp|ap)\b.*\)$`,
  ].join('|') +
  ')',
  'iu',
);

/** Furniture recognizable anywhere in the sentence (scrapers glue it to the text around it). */
const FURNITURE_ANYWHERE = /\bscroll down\b|\bclick here\b|\b(?:PUBLISHED|UPDATED):|required fields are marked/i;

/** A dateline standing alone: "LONDON, England (CNN) --", "WASHINGTON (AP) —", "BEIJING, May 5 -". */
const DATELINE_ALONE = /^\p{Lu}[\p{Lu}\s.,'’-]*(?:,\s*[\p{L}\s.\d]+)?(?:\s*\([\p{L}\s.]+\))?\s*(?:--|—|–|-)?$/u;

/** Whether a sentence is page furniture (byline, timestamp, call to action, credit) rather than content. */
export function isFurniture(text: string): boolean {
  const trimmed = text.trim();
  if (FURNITURE_START.test(trimmed) || FURNITURE_ANYWHERE.test(trimmed)) return true;
  if (trimmed.startsWith('By ')) return isByline(trimmed.split(/\s+/));
  // Eight words of a dateline fit in well under 100 characters: skip the regex on real sentences.
  return trimmed.length < 100 && DATELINE_ALONE.test(trimmed) && countWords(trimmed) <= 8;
}

/**
 * "By Jane Doe, CNN", "By Daily Mail Reporter", "By Jane Doe and John Smith for MailOnline": "By", then
 * only names and a few linking words. "By Monday, the storm had passed." has ordinary lowercase words.
 */
function isByline(words: readonly string[]): boolean {
  if (words[0] !== 'By' || words.length > 12) return false;
  return words.slice(1).every((w) => !/^\p{Ll}/u.test(w) || /^(?:and|for|in|of|the|at|de|van|von)$/.test(w));
}

/** Too little to stand as a summary sentence: under four words, or not a single lowercase word (a label, a heading). */
export function isFragment(text: string): boolean {
  if (!/(?:^|\s)\p{Ll}/u.test(text)) return true;
  // Ten tokens always hold four words; only short texts need the exact count of words with letters.
  if (countWords(text) >= 10) return false;
  return text.split(/\s+/).filter((t) => /\p{L}/u.test(t)).length < 4;
}
