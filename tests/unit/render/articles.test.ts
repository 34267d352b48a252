import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleListing } from '../../../src/engine/types.ts';
import { renderArticlePage } from '../../../src/render/articles.ts';
import { hostileText, listing } from './arbitraries.ts';
import { assertSafePayload } from './limits-checker.ts';

const article = (i: number): ArticleListing => ({
  id: `article-${i}`,
  title: `Headline ${i}`,
  source: 'Reuters',
  url: `https://example.com/${i}`,
  publishedAt: '2026-11-24T08:00:00Z',
  wordCount: 600,
  readingMinutes: 3,
});
const ids = { prevId: 'articles:prev', nextId: 'articles:next' };

describe('renderArticlePage', () => {
  it('lists each article with link, source, reading time, date and id, and pages in the footer', () => {
    const embed = renderArticlePage({ items: [article(1), article(2)], page: 0, pageCount: 3, total: 25 }, ids).embeds?.[0];
    expect(embed?.title).toBe('Articles');
    expect(embed?.description).toBe(
      '**[Headline 1](https://example.com/1)**\nReuters · 3 min read · 24 Nov 2026 · `article-1`\n\n' +
        '**[Headline 2](https://example.com/2)**\nReuters · 3 min read · 24 Nov 2026 · `article-2`',
    );
    expect(embed?.footer?.text).toBe('Page 1 of 3 · 25 articles');
  });

  it('disables Previous on the first page (index 0) and Next on the last', () => {
    const buttons = (page: number) =>
      renderArticlePage({ items: [article(1)], page, pageCount: 3, total: 25 }, ids).components?.[0]?.components.map((b) => [
        b.label,
        b.custom_id,
        b.disabled,
      ]);
    expect(buttons(0)).toEqual([['Previous', 'articles:prev', true], ['Next', 'articles:next', false]]);
    expect(buttons(1)).toEqual([['Previous', 'articles:prev', false], ['Next', 'articles:next', false]]);
    expect(buttons(2)).toEqual([['Previous', 'articles:prev', false], ['Next', 'articles:next', true]]);
  });

  it('shows the page index as a 1-based page number, clamped to the pages that exist', () => {
    const footer = (page: number) => renderArticlePage({ items: [article(1)], page, pageCount: 3, total: 25 }, null).embeds?.[0]?.footer?.text;
    expect(footer(1)).toBe('Page 2 of 3 · 25 articles');
    expect(footer(-1)).toBe('Page 1 of 3 · 25 articles');
    expect(footer(7)).toBe('Page 3 of 3 · 25 articles');
  });

  it('renders without buttons when given null (e.g. after they expired)', () => {
    expect(renderArticlePage({ items: [article(1)], page: 2, pageCount: 3, total: 25 }, null).components).toBeUndefined();
  });

  it('names the search and says when nothing matches', () => {
    const embed = renderArticlePage({ items: [], page: 0, pageCount: 0, total: 0, query: 'tariffs' }, ids).embeds?.[0];
    expect(embed?.title).toBe('Articles matching “tariffs”');
    expect(embed?.description).toBe('No articles match “tariffs”.');
    expect(embed?.footer?.text).toBe('Page 1 of 1 · 0 articles');
  });

  it('sums up entries that do not fit the description as "…and N more"', () => {
    const long = Array.from({ length: 40 }, (_, i) => ({ ...article(i), title: `${'Long headline '.repeat(14)}${i}` }));
    const description = renderArticlePage({ items: long, page: 0, pageCount: 1, total: 40 }, ids).embeds?.[0]?.description ?? '';
    expect(description.length).toBeLessThanOrEqual(4096);
    expect(description).toMatch(/\n\n…and \d+ more$/u);
  });

  it('refuses custom ids Discord would reject: too long, empty, or the same for both buttons', () => {
    const page = { items: [article(1)], page: 0, pageCount: 2, total: 2 };
    expect(() => renderArticlePage(page, { prevId: 'p'.repeat(101), nextId: 'n' })).toThrow(RangeError);
    expect(() => renderArticlePage(page, { prevId: '', nextId: 'n' })).toThrow(RangeError);
    expect(() => renderArticlePage(page, { prevId: 'same', nextId: 'same' })).toThrow(RangeError);
  });

  it('property: any page renders within limits with no live mention', () => {
    const customId = fc.string({ minLength: 1, maxLength: 100 });
    const buttons = fc.option(
      fc.tuple(customId, customId).filter(([a, b]) => a !== b).map(([prevId, nextId]) => ({ prevId, nextId })),
      { nil: null },
    );
    const page = fc.record(
      {
        items: fc.array(listing, { maxLength: 30 }),
        page: fc.integer({ min: -2, max: 50 }),
        pageCount: fc.integer({ min: 0, max: 50 }),
        total: fc.nat(),
        query: hostileText,
      },
      { requiredKeys: ['items', 'page', 'pageCount', 'total'] },
    );
    fc.assert(fc.property(page, buttons, (p, b) => assertSafePayload(renderArticlePage(p, b))));
  });
});
