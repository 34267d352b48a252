import { describe, expect, it } from 'vitest';
import { parseDigestItems } from '../../../src/digest/digest-item-schema.ts';

const stored = (bestQuote: Record<string, unknown> | null) => JSON.stringify([{
  article: { id: 'a', title: 'A', source: null, url: null, publishedAt: null, wordCount: 10, readingMinutes: 1 },
  summary: ['One sentence.'],
  bestQuote,
}]);

describe('parseDigestItems', () => {
  it('reads a digest claimed before quotes had roles, with the role null', () => {
    const [item] = parseDigestItems(stored({ text: 'We will win', speaker: 'Jane Doe', verb: 'said', spans: [[0, 11]] }));
    expect(item?.bestQuote?.role).toBeNull();
  });

  it('keeps a stored role', () => {
    const [item] = parseDigestItems(stored({ text: 'We will win', speaker: 'Jane Doe', role: 'the mayor', verb: 'said', spans: [] }));
    expect(item?.bestQuote?.role).toBe('the mayor');
  });

  it('refuses a stored quote whose role is not text', () => {
    expect(() => parseDigestItems(stored({ text: 'x', speaker: null, role: 5, verb: null, spans: [] }))).toThrow();
  });
});
