// Quote search results: the best few quotes, each with its speaker and the article it comes from.
import type { QuoteHit } from '../engine/types.ts';
import { fitEmbed } from './embed-fit.ts';
import { plural, quoteBlock } from './format.ts';
import { CONTENT_LIMIT, EMBED_FIELD_NAME_LIMIT, EMBED_TITLE_LIMIT } from './limits.ts';
import { BRAND_COLOR, noMentions } from './payload.ts';
import type { EmbedField, MessagePayload } from './payload.ts';
import { inlineText } from './safe-text.ts';

export const MAX_QUOTE_HITS = 5;
/** Five quotes of this size leave room for the article titles within the 6,000 total. */
const QUOTE_HIT_BUDGET = 700;

/**
 * `queryDescription` is the heading, plain text saying what was searched (e.g. `Quotes “tariffs” by Xi Jinping`,
 * or `A random quote`); it is escaped. Hits are shown in the order given (the search ranks them).
 */
export function renderQuoteHits(hits: readonly QuoteHit[], queryDescription: string): MessagePayload {
  if (hits.length === 0) return renderNoQuotes(`No quotes found: ${queryDescription}`);
  const shown = hits.slice(0, MAX_QUOTE_HITS);
  const fields: EmbedField[] = shown.map((hit) => ({
    name: inlineText(hit.articleTitle, EMBED_FIELD_NAME_LIMIT, 'Untitled article'),
    value: quoteBlock(hit.quote, QUOTE_HIT_BUDGET),
    inline: false,
  }));
  const count =
    hits.length > shown.length ? `The ${shown.length} best of ${plural(hits.length, 'quote')}.` : `${plural(shown.length, 'quote')}.`;
  const embed = {
    title: inlineText(queryDescription, EMBED_TITLE_LIMIT, 'Quotes'),
    description: count,
    color: BRAND_COLOR,
    fields,
  };
  return { embeds: [fitEmbed(embed)], allowed_mentions: noMentions() };
}

/**
 * The answer when a quote search finds nothing. `message` is the whole sentence to show, plain text (escaped),
 * ideally with a hint: `No quotes match “tariffs” by Xi. Try fewer words, or another speaker.`
 */
export function renderNoQuotes(message: string): MessagePayload {
  return { content: inlineText(message, CONTENT_LIMIT, 'No quotes found.'), allowed_mentions: noMentions() };
}
