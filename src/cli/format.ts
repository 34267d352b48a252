// Plain-text views of briefings and search results for the terminal.
import { speakerLine } from '../engine/speaker-line.ts';
import type { ArticleHit, Briefing, Quote, QuoteHit } from '../engine/types.ts';

const attribution = (quote: Quote): string => `— ${speakerLine(quote) ?? 'unattributed'}${quote.verb ? ` (${quote.verb})` : ''}`;

export function formatBriefing(b: Briefing): string {
  const lines = [b.title, '='.repeat(Math.min(b.title.length, 80)), '', ...b.summary, ''];
  if (b.quotes.length > 0) {
    lines.push('Quotes:');
    for (const q of b.quotes) lines.push(`  “${q.text}” ${attribution(q)}`);
    lines.push('');
  }
  const mentioned = [['People', b.entities.people], ['Organizations', b.entities.organizations], ['Places', b.entities.places]] as const;
  for (const [label, names] of mentioned) if (names.length > 0) lines.push(`${label}: ${names.join(', ')}`);
  lines.push(`${b.readingMinutes} min read · ${b.wordCount} words${b.source ? ` · ${b.source}` : ''} · id ${b.id}`);
  return lines.join('\n');
}

export function formatQuoteHits(hits: readonly QuoteHit[]): string {
  if (hits.length === 0) return 'No quotes match.';
  return hits.map((h) => `“${h.quote.text}” ${attribution(h.quote)}\n    in ${h.articleTitle} [${h.articleId}]`).join('\n');
}

export function formatArticleHits(hits: readonly ArticleHit[]): string {
  if (hits.length === 0) return 'No articles match.';
  return hits
    .map(({ article: a }) => `${a.id}\n    ${a.title} · ${a.readingMinutes} min read${a.publishedAt ? ` · ${a.publishedAt.slice(0, 10)}` : ''}`)
    .join('\n');
}
