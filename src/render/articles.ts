// One page of the article list, with Previous/Next buttons (or none, once the buttons have expired).
import type { ArticleListing } from '../engine/types.ts';
import { previousNextRow } from './buttons.ts';
import { fitEmbed } from './embed-fit.ts';
import { codeSpan, formatShortDate, minutesRead, plural, safeUrl } from './format.ts';
import { EMBED_DESCRIPTION_LIMIT, EMBED_TITLE_LIMIT } from './limits.ts';
import { BRAND_COLOR, noMentions } from './payload.ts';
import type { Embed, MessagePayload } from './payload.ts';
import { inlineText } from './safe-text.ts';

export interface ArticlePage {
  readonly items: readonly ArticleListing[];
  /** 0-based index of this page (shown to users as page + 1), as the /articles command counts. */
  readonly page: number;
  readonly pageCount: number;
  readonly total: number;
  readonly query?: string;
}

/** Per-line budgets: a page of ten stays far below the description limit, and one odd title cannot eat the page. */
const TITLE_BUDGET = 200;
const SOURCE_BUDGET = 60;
/** Article ids are slugs; one longer than this is shown shortened (it could not be typed anyway). */
const ID_BUDGET = 100;

export function renderArticlePage(
  page: ArticlePage,
  buttons: { prevId: string; nextId: string } | null,
): MessagePayload {
  const pageCount = Math.max(1, Math.floor(page.pageCount));
  // Shown 1-based; an index outside the pages is clamped rather than printed as "Page 0 of 3".
  const current = Math.min(Math.max(0, Math.floor(page.page)), pageCount - 1) + 1;
  const query = page.query === undefined ? '' : inlineText(page.query, 150);
  const embed: Embed = {
    title: inlineText(query === '' ? 'Articles' : `Articles matching “${page.query ?? ''}”`, EMBED_TITLE_LIMIT, 'Articles'),
    description: listText(page.items, query),
    color: BRAND_COLOR,
    footer: { text: `Page ${current} of ${pageCount} · ${plural(page.total, 'article')}` },
  };
  const payload: MessagePayload = { embeds: [fitEmbed(embed)], allowed_mentions: noMentions() };
  if (buttons !== null) payload.components = [previousNextRow(buttons, current > 1, current < pageCount)];
  return payload;
}

/** One entry per article; entries that do not fit the description are summed up as "…and N more". */
function listText(items: readonly ArticleListing[], query: string): string {
  if (items.length === 0) return query === '' ? 'No articles yet.' : `No articles match “${query}”.`;
  const entries = items.map(entryText);
  const kept: string[] = [];
  let length = 0;
  for (const [i, entry] of entries.entries()) {
    const more = `…and ${entries.length - i} more`;
    const separator = kept.length > 0 ? 2 : 0;
    const isLast = i === entries.length - 1;
    // Room is kept for the "…and N more" line that ends the list if a later entry does not fit.
    const needed = length + separator + entry.length + (isLast ? 0 : 2 + more.length);
    if (needed > EMBED_DESCRIPTION_LIMIT) {
      kept.push(more);
      break;
    }
    kept.push(entry);
    length += separator + entry.length;
  }
  return kept.join('\n\n');
}

/**
 * **[Headline](url)**
 * Reuters · 3 min read · 24 Nov 2026 · `article-id`
 */
function entryText(item: ArticleListing): string {
  const title = inlineText(item.title, TITLE_BUDGET, 'Untitled article');
  const url = safeUrl(item.url);
  const headline = url === undefined ? `**${title}**` : `**[${title}](${url})**`;
  const details = [
    item.source === null ? '' : inlineText(item.source, SOURCE_BUDGET),
    minutesRead(item.readingMinutes),
    formatShortDate(item.publishedAt) ?? '',
    codeSpan(item.id, ID_BUDGET),
  ].filter((part) => part !== '');
  return `${headline}\n${details.join(' · ')}`;
}
