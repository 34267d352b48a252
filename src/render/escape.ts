// Article text must neither format nor ping when shown in Discord. Simple and safe beats clever:
// inline markdown characters are escaped everywhere, line-start markers (quote, heading, list) where a line starts,
// and mentions get a zero-width space so they no longer parse (allowed_mentions is the second lock).
import { toWellFormed } from './text.ts';

const ZERO_WIDTH_SPACE = '\u200B';

/** Characters that format anywhere in a line: bold/italic, underline, strike, code, spoiler, masked links. */
const INLINE_MARKUP = /[\\*_~`|[\]()]/gu;
/** Markers that format only at the start of a line: block quote, heading/subtext, bullet lists. */
const LINE_START_MARKER = /^([ \t]*)([>#+-])/gmu;
/** "1. item" / "1) item" become ordered lists at the start of a line. */
const LINE_START_ORDINAL = /^([ \t]*\d+)([.)])(?=\s|$)/gmu;

/** `@everyone` and `@here` ping whole servers; Discord matches them case-sensitively, we play safe. */
const MASS_MENTION = /@(?=everyone|here)/giu;
/** `<@123>`, `<@!123>`, `<@&123>`, `<#123>`, `</cmd:1>`, `<:emoji:1>`, `<a:emoji:1>`, `<t:1>`: Discord's angle syntax. */
const ANGLE_MENTION = /<(?=[@#/:]|[at]:)/giu;

/** Escapes Discord markdown and neutralizes mentions in untrusted text (also repairs lone surrogates). */
export function escapeMarkdown(text: string): string {
  const escaped = toWellFormed(text)
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_START_MARKER, '$1\\$2')
    .replace(LINE_START_ORDINAL, '$1\\$2');
  return neutralizeMentions(escaped);
}

/**
 * Only breaks mentions, for places where Discord shows text verbatim (footers, author names, button labels),
 * so a backslash there would be visible.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(MASS_MENTION, `@${ZERO_WIDTH_SPACE}`).replace(ANGLE_MENTION, `<${ZERO_WIDTH_SPACE}`);
}

/** What a reader sees once Discord has rendered escaped text: used by the console renderer and by tests. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/gu, '$1').replace(/(?<=[@<])\u200B/gu, '');
}
