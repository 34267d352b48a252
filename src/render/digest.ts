// The scheduled digest: a header line, then one compact embed per new article, over as many messages as needed.
import type { DigestItem } from '../engine/types.ts';
import { minutesRead, quoteBlock, formatDay, safeTimestamp, safeUrl } from './format.ts';
import { EMBED_TITLE_LIMIT } from './limits.ts';
import { BRAND_COLOR, noMentions } from './payload.ts';
import type { Embed, MessagePayload } from './payload.ts';
import { inlineText, verbatimText } from './safe-text.ts';
import { splitIntoMessages } from './split.ts';

/** A digest item is a teaser: at most this many summary sentences, within this many characters. */
export const DIGEST_SUMMARY_SENTENCES = 2;
export const DIGEST_SUMMARY_BUDGET = 700;
export const DIGEST_QUOTE_BUDGET = 400;
const HEADER_TITLE_BUDGET = 200;
const HEADER_DATE_BUDGET = 100;
const SOURCE_BUDGET = 100;

export interface DigestHeader {
  /** An ISO date ("2026-11-24", shown as "Tue 24 Nov 2026") or text shown as given. */
  readonly date: string;
  readonly title?: string;
}

export function renderDigest(items: readonly DigestItem[], header: DigestHeader): MessagePayload[] {
  const title = inlineText(header.title ?? '', HEADER_TITLE_BUDGET, 'Your briefing digest');
  const date = inlineText(formatDay(header.date), HEADER_DATE_BUDGET);
  const headline = `**${date === '' ? title : `${title} — ${date}`}**`;
  if (items.length === 0) {
    return [{ content: `${headline}\nNothing new since the last digest.`, allowed_mentions: noMentions() }];
  }
  return splitIntoMessages({ content: headline, embeds: items.map(itemEmbed) });
}

function itemEmbed(item: DigestItem): Embed {
  const { article } = item;
  const summary = item.summary.slice(0, DIGEST_SUMMARY_SENTENCES).join(' ');
  const embed: Embed = {
    title: inlineText(article.title, EMBED_TITLE_LIMIT, 'Untitled article'),
    description: inlineText(summary, DIGEST_SUMMARY_BUDGET, 'No summary is available for this article.'),
    color: BRAND_COLOR,
    footer: { text: footerText(article.source, article.readingMinutes) },
  };
  if (item.bestQuote !== null) {
    embed.fields = [{ name: 'Key quote', value: quoteBlock(item.bestQuote, DIGEST_QUOTE_BUDGET), inline: false }];
  }
  const url = safeUrl(article.url);
  if (url !== undefined) embed.url = url;
  const timestamp = safeTimestamp(article.publishedAt);
  if (timestamp !== undefined) embed.timestamp = timestamp;
  return embed;
}

/** "Reuters · 3 min read". */
function footerText(source: string | null, readingMinutes: number): string {
  const name = source === null ? '' : verbatimText(source, SOURCE_BUDGET);
  return name === '' ? minutesRead(readingMinutes) : `${name} · ${minutesRead(readingMinutes)}`;
}
