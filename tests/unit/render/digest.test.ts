import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DigestItem } from '../../../src/engine/types.ts';
import { renderDigest } from '../../../src/render/digest.ts';
import { digestItem, hostileText } from './arbitraries.ts';
import { assertSafePayload } from './limits-checker.ts';

const item = (i: number, summary: string[] = [`Summary of article ${i}.`, 'Second sentence.', 'Third sentence.']): DigestItem => ({
  article: {
    id: `a-${i}`,
    title: `Headline ${i}`,
    source: 'Reuters',
    url: `https://example.com/${i}`,
    publishedAt: '2026-11-24T08:00:00Z',
    wordCount: 500,
    readingMinutes: 2,
  },
  summary,
  bestQuote: { text: `Quote ${i}`, speaker: `Speaker ${i}`, role: null, verb: 'said', spans: [] },
});

describe('renderDigest', () => {
  it('starts with the header, then one embed per article with two summary sentences and its best quote', () => {
    const messages = renderDigest([item(1)], { date: '2026-11-24' });
    expect(messages).toEqual([
      {
        content: '**Your briefing digest — Tue 24 Nov 2026**',
        embeds: [
          {
            title: 'Headline 1',
            url: 'https://example.com/1',
            description: 'Summary of article 1. Second sentence.',
            color: 0x3b82f6,
            fields: [{ name: 'Key quote', value: '“Quote 1”\n— Speaker 1', inline: false }],
            footer: { text: 'Reuters · 2 min read' },
            timestamp: '2026-11-24T08:00:00.000Z',
          },
        ],
        allowed_mentions: { parse: [] },
      },
    ]);
  });

  it('uses a custom title and shows a non-ISO date as given', () => {
    expect(renderDigest([item(1)], { date: 'Monday', title: 'Morning news' })[0]?.content).toBe('**Morning news — Monday**');
  });

  it('says there is nothing new when there are no items', () => {
    expect(renderDigest([], { date: '2026-11-24' })).toEqual([
      { content: '**Your briefing digest — Tue 24 Nov 2026**\nNothing new since the last digest.', allowed_mentions: { parse: [] } },
    ]);
  });

  it('splits ten articles with huge summaries over several messages, keeping their order', () => {
    const huge = ['word '.repeat(2000), 'more '.repeat(2000)];
    const items = Array.from({ length: 10 }, (_, i) => item(i, huge));
    const messages = renderDigest(items, { date: '2026-11-24' });
    expect(messages.length).toBeGreaterThan(1);
    messages.forEach(assertSafePayload);
    expect(messages.flatMap((m) => m.embeds ?? []).map((e) => e.title)).toEqual(items.map((_, i) => `Headline ${i}`));
    expect(messages[0]?.content).toBe('**Your briefing digest — Tue 24 Nov 2026**');
  });

  it('puts eleven small articles in two messages (at most ten embeds each)', () => {
    const messages = renderDigest(Array.from({ length: 11 }, (_, i) => item(i)), { date: '2026-11-24' });
    expect(messages.map((m) => m.embeds?.length)).toEqual([10, 1]);
  });

  it('property: any digest renders as messages within limits with no live mention', () => {
    const header = fc.record({ date: hostileText, title: hostileText }, { requiredKeys: ['date'] });
    fc.assert(
      fc.property(fc.array(digestItem, { maxLength: 14 }), header, (items, h) => {
        const messages = renderDigest(items, h);
        expect(messages.length).toBeGreaterThan(0);
        messages.forEach(assertSafePayload);
        expect(messages.flatMap((m) => m.embeds ?? [])).toHaveLength(items.length);
      }),
    );
  });
});
