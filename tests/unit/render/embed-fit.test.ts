import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedTextLength, fitEmbed, waterLevel } from '../../../src/render/embed-fit.ts';
import type { Embed } from '../../../src/render/payload.ts';
import { assertWithinDiscordLimits } from './limits-checker.ts';

const words = (n: number): string => 'word '.repeat(n).trim();

describe('embedTextLength', () => {
  it('counts title, description, field names and values, footer and author, and nothing else', () => {
    const embed: Embed = {
      title: 'ab',
      description: 'cde',
      url: 'https://example.com/long/url/not/counted',
      fields: [{ name: 'f', value: 'gh' }],
      footer: { text: 'ijkl' },
      author: { name: 'm' },
      timestamp: '2026-11-24T00:00:00.000Z',
    };
    expect(embedTextLength(embed)).toBe(13);
  });
});

describe('waterLevel', () => {
  it('finds the largest cap at which the clipped lengths fit the budget', () => {
    expect(waterLevel([10, 100, 1000], 300)).toBe(190);
    expect(waterLevel([10, 1000, 1000], 300)).toBe(145);
    expect(waterLevel([10, 20], 1000)).toBe(20);
  });
});

describe('fitEmbed', () => {
  it('leaves a legal embed untouched', () => {
    const embed: Embed = { title: 'Title', description: 'Text.', fields: [{ name: 'n', value: 'v', inline: false }] };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it('clamps each part to its own limit and keeps only 25 fields', () => {
    const fitted = fitEmbed({
      title: words(100),
      fields: Array.from({ length: 30 }, () => ({ name: 'n', value: words(10) })),
    });
    expect(fitted.title?.length).toBeLessThanOrEqual(256);
    expect(fitted.fields).toHaveLength(25);
  });

  it('shortens only the longest texts when the 6,000 total is exceeded', () => {
    const fitted = fitEmbed({
      title: 'Short title',
      description: words(800),
      fields: [
        { name: 'A', value: words(200) },
        { name: 'B', value: words(200) },
        { name: 'C', value: 'tiny' },
      ],
    });
    expect(embedTextLength(fitted)).toBeLessThanOrEqual(6000);
    expect(fitted.title).toBe('Short title');
    expect(fitted.fields?.[2]?.value).toBe('tiny');
    expect(fitted.description?.endsWith('…')).toBe(true);
  });

  it('property: whatever the sizes, the result obeys every per-embed limit', () => {
    // Blank parts are the renderers' business (they substitute a fallback); this checks sizes only.
    const text = fc.oneof(fc.string({ maxLength: 50 }).map((s) => `x${s}`), fc.nat({ max: 5000 }).map((n) => `x ${words(n)}`));
    const embed = fc.record({
      title: text,
      description: text,
      fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }),
      footer: text.map((t) => ({ text: t })),
      author: text.map((t) => ({ name: t })),
    });
    fc.assert(fc.property(embed, (e) => assertWithinDiscordLimits({ embeds: [fitEmbed(e)], allowed_mentions: { parse: [] } })));
  });
});
