import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, slugify, uniqueId } from '../../../src/engine/corpus/identity.ts';

describe('slugify', () => {
  it('turns a headline into lowercase words joined by dashes', () => {
    expect(slugify('Xi Jinping Pledges to Deepen China-Vietnam Ties')).toBe('xi-jinping-pledges-to-deepen-china-vietnam-ties');
  });

  it('folds accents and drops apostrophes', () => {
    expect(slugify("Vietnam's Café Policy")).toBe('vietnams-cafe-policy');
  });

  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('A very long headline '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/(^|-)(a|very|long|headline)$/);
  });

  it('always yields a usable id: lowercase letters, digits and single dashes', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const slug = slugify(text);
        expect(slug.length).toBeGreaterThan(0);
        expect(slug.length).toBeLessThanOrEqual(80);
        expect(slug).not.toMatch(/--|^-|-$|[A-Z\s]/);
      }),
    );
  });
});

describe('uniqueId', () => {
  it('appends -2, -3 … to a taken slug', () => {
    const taken = new Set(['news', 'news-2']);
    expect(uniqueId('news', (id) => taken.has(id))).toBe('news-3');
    expect(uniqueId('fresh', (id) => taken.has(id))).toBe('fresh');
  });
});

describe('contentHash', () => {
  it('changes with the body and not otherwise', () => {
    expect(contentHash('t', 'body')).toBe(contentHash('t', 'body'));
    expect(contentHash('t', 'body')).not.toBe(contentHash('t', 'body.'));
    expect(contentHash('t', 'body')).toMatch(/^[0-9a-f]{64}$/);
  });
});
