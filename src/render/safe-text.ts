// The one pipeline every piece of untrusted text goes through before it enters a payload:
// one line, escaped, then cut to its budget (escaping lengthens text, so cutting comes last).
import { escapeMarkdown, neutralizeMentions } from './escape.ts';
import { collapseWhitespace, isBlank, toWellFormed, truncate } from './text.ts';

/** Untrusted text for a place that renders markdown (description, field value/name, title, content). */
export function inlineText(raw: string, max: number, fallback = ''): string {
  const flat = collapseWhitespace(raw);
  if (isBlank(flat)) return truncate(fallback, max);
  // Escaping never shortens, so a head one unit longer than `max` still tells truncate that it must cut.
  const result = truncate(escapeMarkdown(flat.slice(0, max + 1)), max);
  return isBlank(result) ? truncate(fallback, max) : result;
}

/** Untrusted text for a place Discord shows verbatim (footer, author name, button label, autocomplete name). */
export function verbatimText(raw: string, max: number, fallback = ''): string {
  const flat = collapseWhitespace(raw);
  if (isBlank(flat)) return truncate(fallback, max);
  const result = truncate(neutralizeMentions(toWellFormed(flat.slice(0, max + 1))), max);
  return isBlank(result) ? truncate(fallback, max) : result;
}
