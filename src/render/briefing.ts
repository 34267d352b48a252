// One article's briefing as a single embed: headline, summary, key quotes, who is mentioned, reading time and source.
import type { Briefing } from '../engine/types.ts';
import { embedTextLength, fitEmbed } from './embed-fit.ts';
import { mentionedText } from './entities.ts';
import { quoteBlock, readingLine, safeTimestamp, safeUrl } from './format.ts';
import { EMBED_DESCRIPTION_LIMIT, EMBED_FIELD_VALUE_LIMIT, EMBED_TITLE_LIMIT, EMBED_TOTAL_LIMIT } from './limits.ts';
import { BRAND_COLOR, noMentions } from './payload.ts';
import type { Embed, EmbedField, MessagePayload } from './payload.ts';
import { inlineText, verbatimText } from './safe-text.ts';

export const MAX_KEY_QUOTES = 3;
/** A key quote is a highlight, not a transcript: this keeps three of them from crowding out the summary. */
export const KEY_QUOTE_BUDGET = 400;
/** A source is a name ("Reuters"), not a paragraph. */
export const SOURCE_BUDGET = 100;
/** Field name of the first quote; the others have a blank name so the quotes read as one list. */
const KEY_QUOTES_LABEL = 'Key quotes';
const BLANK_FIELD_NAME = '\u200B';

export function renderBriefing(b: Briefing): MessagePayload {
  // Who a speaker is is said once, under their first key quote, as an article would.
  const introduced = new Set<string>();
  const fields: EmbedField[] = b.quotes.slice(0, MAX_KEY_QUOTES).map((quote, i) => {
    const known = quote.speaker !== null && introduced.has(quote.speaker);
    if (quote.speaker !== null) introduced.add(quote.speaker);
    return {
      name: i === 0 ? KEY_QUOTES_LABEL : BLANK_FIELD_NAME,
      value: quoteBlock(known ? { ...quote, role: null } : quote, KEY_QUOTE_BUDGET),
      inline: false,
    };
  });
  const mentioned = mentionedText(b.entities, EMBED_FIELD_VALUE_LIMIT);
  if (mentioned !== '') fields.push({ name: 'Mentioned', value: mentioned, inline: false });

  const embed: Embed = {
    title: inlineText(b.title, EMBED_TITLE_LIMIT, 'Untitled article'),
    color: BRAND_COLOR,
    fields,
    footer: { text: footerText(b) },
  };
  const url = safeUrl(b.url);
  if (url !== undefined) embed.url = url;
  const timestamp = safeTimestamp(b.publishedAt);
  if (timestamp !== undefined) embed.timestamp = timestamp;

  // The summary is the point of a briefing: it gets everything the other parts leave of the 6,000 total.
  const room = Math.min(EMBED_DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - embedTextLength(embed));
  embed.description = inlineText(b.summary.join(' '), room, 'No summary is available for this article.');

  return { embeds: [fitEmbed(embed)], allowed_mentions: noMentions() };
}

/** "3 min read · 612 words · Reuters". */
function footerText(b: Briefing): string {
  const reading = readingLine(b.readingMinutes, b.wordCount);
  const source = b.source === null ? '' : verbatimText(b.source, SOURCE_BUDGET);
  return source === '' ? reading : `${reading} · ${source}`;
}
