import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedTextLength } from '../../../src/render/embed-fit.ts';
import type { Embed } from '../../../src/render/payload.ts';
import { packEmbeds, splitContent, splitIntoMessages } from '../../../src/render/split.ts';
import { hostileText } from './arbitraries.ts';
import { assertWithinDiscordLimits } from './limits-checker.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const withoutWhitespace = (s: string): string => s.replace(/\s/gu, '');

const embedOfSize = (title: string, size: number): Embed => ({ title, description: 'd'.repeat(Math.max(1, size - title.length)) });

const anyEmbed: fc.Arbitrary<Embed> = fc.record(
  {
    title: hostileText.filter((t) => t.trim() !== ''),
    description: hostileText.filter((t) => t.trim() !== ''),
    fields: fc.array(
      fc.record({ name: fc.string({ minLength: 1, maxLength: 300 }).map((s) => `n${s}`), value: fc.string({ maxLength: 1200 }).map((s) => `v${s}`) }),
      { maxLength: 30 },
    ),
  },
  { requiredKeys: ['title'] },
);

describe('splitContent', () => {
  it('keeps short content as one piece', () => {
    expect(splitContent('Hello there.')).toEqual(['Hello there.']);
  });

  it('prefers paragraph breaks over sentence ends', () => {
    const first = `${'A first paragraph sentence. '.repeat(40).trim()}`;
    const second = 'Second paragraph.';
    expect(splitContent(`${first}\n\n${second}`, 1130)).toEqual([first, second]);
  });

  it('cuts a paragraph that is too long at a sentence end', () => {
    const text = `${'x'.repeat(60)}. ${'y'.repeat(30)} ${'z'.repeat(30)}`;
    expect(splitContent(text, 100)).toEqual([`${'x'.repeat(60)}.`, `${'y'.repeat(30)} ${'z'.repeat(30)}`]);
  });

  it('cuts at a space when there is no sentence end, and inside a word only when it is longer than the limit', () => {
    expect(splitContent('aaaa bbbb cccc', 9)).toEqual(['aaaa bbbb', 'cccc']);
    expect(splitContent('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('property: pieces are non-empty, within the limit, well-formed, and lose nothing but whitespace', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 2, max: 2000 }), (raw, max) => {
        const text = raw.replace(/[\uD800-\uDFFF]/gu, (c) => (LONE_SURROGATE.test(c) ? '' : c));
        const pieces = splitContent(text, max);
        for (const piece of pieces) {
          expect(piece.length).toBeGreaterThan(0);
          expect(piece.length).toBeLessThanOrEqual(max);
          expect(piece.trim()).toBe(piece);
          expect(LONE_SURROGATE.test(piece)).toBe(false);
        }
        expect(withoutWhitespace(pieces.join(''))).toBe(withoutWhitespace(text));
      }),
    );
  });
});

describe('packEmbeds', () => {
  it('puts at most 10 embeds in one message', () => {
    const embeds = Array.from({ length: 23 }, (_, i) => embedOfSize(`e${i}`, 10));
    expect(packEmbeds(embeds).map((g) => g.length)).toEqual([10, 10, 3]);
  });

  it('starts a new message before the 6,000-character total would be passed', () => {
    const embeds = [embedOfSize('a', 2500), embedOfSize('b', 2500), embedOfSize('c', 1001), embedOfSize('d', 1000)];
    expect(packEmbeds(embeds).map((g) => g.map((e) => e.title))).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('property: groups keep the order, obey both limits, and are as few as possible', () => {
    fc.assert(
      fc.property(fc.array(anyEmbed, { maxLength: 25 }), (embeds) => {
        const groups = packEmbeds(embeds);
        expect(groups.flat().length).toBe(embeds.length);
        groups.forEach((group, i) => {
          assertWithinDiscordLimits({ embeds: group, allowed_mentions: { parse: [] } });
          // Greedy packing in order is optimal exactly when no group could have taken the next group's first embed.
          const next = groups[i + 1]?.[0];
          if (next !== undefined) {
            const total = [...group, next].reduce((sum, e) => sum + embedTextLength(e), 0);
            expect(group.length === 10 || total > 6000).toBe(true);
          }
        });
      }),
    );
  });
});

describe('splitIntoMessages', () => {
  it('sends content pieces first, lets the first embeds ride with the last piece, and puts buttons last', () => {
    const row = { type: 1 as const, components: [{ type: 2 as const, style: 2 as const, custom_id: 'x', label: 'Next' }] };
    const messages = splitIntoMessages({
      content: `${'word '.repeat(500)}`,
      embeds: Array.from({ length: 12 }, (_, i) => embedOfSize(`e${i}`, 100)),
      components: [row],
    });
    expect(messages.map((m) => [m.content?.length ?? 0, m.embeds?.length ?? 0, m.components?.length ?? 0])).toEqual([
      [1999, 0, 0],
      [499, 10, 0],
      [0, 2, 1],
    ]);
    messages.forEach(assertWithinDiscordLimits);
  });

  it('returns no message for nothing', () => {
    expect(splitIntoMessages({})).toEqual([]);
  });

  it('property: any content and embeds become legal messages', () => {
    fc.assert(
      fc.property(hostileText, fc.array(anyEmbed, { maxLength: 15 }), (content, embeds) => {
        for (const message of splitIntoMessages({ content, embeds })) assertWithinDiscordLimits(message);
      }),
    );
  });
});
