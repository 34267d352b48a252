import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../../src/render/articles.ts';
import { renderBriefing } from '../../../src/render/briefing.ts';
import { renderAsText, renderMessagesAsText } from '../../../src/render/console-text.ts';
import { renderDigest } from '../../../src/render/digest.ts';
import { briefing } from './arbitraries.ts';

describe('renderAsText', () => {
  it('shows a briefing as readable text: underlined title, link, summary, fields as "name: value", footer', () => {
    const text = renderAsText(
      renderBriefing({
        id: 'a',
        title: 'Rates *rise* again',
        body: '',
        summary: ['The bank raised rates to 5%.', 'Markets fell (slightly).'],
        quotes: [
          { text: 'We had no choice', speaker: 'Jane Doe', role: null, verb: 'said', spans: [] },
          { text: 'It hurts', speaker: null, role: null, verb: null, spans: [] },
        ],
        entities: { people: ['Jane Doe'], organizations: ['Central Bank'], places: [] },
        wordCount: 420,
        readingMinutes: 2,
        source: 'Reuters',
        url: 'https://example.com/rates',
        publishedAt: '2026-11-24T08:00:00Z',
      }),
    );
    expect(text).toBe(
      [
        'Rates *rise* again',
        '==================',
        'https://example.com/rates',
        'The bank raised rates to 5%. Markets fell (slightly).',
        '',
        'Key quotes: “We had no choice”',
        '  — Jane Doe',
        '  “It hurts”',
        '  — unattributed',
        'Mentioned: People: Jane Doe',
        '  Organizations: Central Bank',
        '',
        '2 min read · 420 words · Reuters · 2026-11-24',
      ].join('\n'),
    );
  });

  it('shows links as "text <url>" and buttons as "[ Previous ] [ Next ]", marking disabled ones', () => {
    const page = renderArticlePage(
      {
        items: [{ id: 'a-1', title: 'Headline', source: null, url: 'https://example.com/1', publishedAt: null, wordCount: 10, readingMinutes: 1 }],
        page: 0,
        pageCount: 2,
        total: 2,
      },
      { prevId: 'p', nextId: 'n' },
    );
    expect(renderAsText(page)).toBe(
      [
        'Articles',
        '========',
        'Headline <https://example.com/1>',
        '1 min read · `a-1`',
        '',
        'Page 1 of 2 · 2 articles',
        '',
        '[ Previous (disabled) ] [ Next ]',
      ].join('\n'),
    );
  });

  it('shows content first and several messages one after another', () => {
    const text = renderMessagesAsText(renderDigest([], { date: '2026-11-24' }));
    expect(text).toBe('Your briefing digest — Tue 24 Nov 2026\nNothing new since the last digest.');
  });

  it('property: article text reads as written (no escapes or zero-width spaces left) in the title', () => {
    fc.assert(
      fc.property(briefing, (b) => {
        const title = b.title.replace(/\s+/gu, ' ').trim();
        fc.pre(title.length > 0 && title.length <= 200 && !/[@<]\u200B|[\uD800-\uDFFF]|[*\u200B]/u.test(title));
        const firstLine = renderAsText(renderBriefing(b)).split('\n')[0];
        expect(firstLine).toBe(title);
      }),
    );
  });
});
