import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteHit } from '../../../src/engine/types.ts';
import { renderNoQuotes, renderQuoteHits } from '../../../src/render/quotes.ts';
import { hostileText, quoteHit } from './arbitraries.ts';
import { assertSafePayload } from './limits-checker.ts';

const hit = (text: string, speaker: string | null, articleTitle: string): QuoteHit => ({
  quote: { text, speaker, role: null, verb: 'said', spans: [] },
  articleId: articleTitle.toLowerCase().replace(/\W+/gu, '-'),
  articleTitle,
  score: 1,
});

describe('renderQuoteHits', () => {
  it('shows each quote with its speaker under the title of its article', () => {
    const payload = renderQuoteHits([hit('Trade will grow', 'Xi Jinping', 'China and Vietnam'), hit('No comment', null, 'Budget talks')], 'Quotes “trade”');
    expect(payload).toEqual({
      embeds: [
        {
          title: 'Quotes “trade”',
          description: '2 quotes.',
          color: 0x3b82f6,
          fields: [
            { name: 'China and Vietnam', value: '“Trade will grow”\n— Xi Jinping', inline: false },
            { name: 'Budget talks', value: '“No comment”\n— unattributed', inline: false },
          ],
        },
      ],
      allowed_mentions: { parse: [] },
    });
  });

  it('shows at most five quotes and says how many there were', () => {
    const hits = Array.from({ length: 8 }, (_, i) => hit(`Quote ${i}`, `Speaker ${i}`, `Article ${i}`));
    const embed = renderQuoteHits(hits, 'anything').embeds?.[0];
    expect(embed?.fields).toHaveLength(5);
    expect(embed?.fields?.[4]?.value).toBe('“Quote 4”\n— Speaker 4');
    expect(embed?.description).toBe('The 5 best of 8 quotes.');
  });

  it('answers "no quotes" when there are no hits', () => {
    expect(renderQuoteHits([], 'Quotes by Nobody').content).toBe('No quotes found: Quotes by Nobody');
  });

  it('escapes the heading', () => {
    expect(renderQuoteHits([hit('x', 'y', 'z')], 'Quotes “*x*”').embeds?.[0]?.title).toBe('Quotes “\\*x\\*”');
  });

  it('keeps the speaker of a very long quote and shortens the quoted words', () => {
    const value = renderQuoteHits([hit('word '.repeat(1000), 'Jane Doe', 'Long')], 'q').embeds?.[0]?.fields?.[0]?.value;
    expect(value).toMatch(/^“word word .*word…”\n— Jane Doe$/su);
  });

  it('property: any hits and any query render within limits with no live mention', () => {
    fc.assert(fc.property(fc.array(quoteHit, { maxLength: 8 }), hostileText, (hits, query) => assertSafePayload(renderQuoteHits(hits, query))));
  });
});

describe('renderNoQuotes', () => {
  it('shows the message as given, escaped', () => {
    expect(renderNoQuotes('No quotes match “tariffs” by *Trump*. Try fewer words, or another speaker.')).toEqual({
      content: 'No quotes match “tariffs” by \\*Trump\\*. Try fewer words, or another speaker.',
      allowed_mentions: { parse: [] },
    });
  });

  it('falls back to a plain sentence for a blank message', () => {
    expect(renderNoQuotes('  ').content).toBe('No quotes found.');
  });

  it('property: any message renders within limits with no live mention', () => {
    fc.assert(fc.property(hostileText, (message) => assertSafePayload(renderNoQuotes(message))));
  });
});
