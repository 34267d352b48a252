import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, neutralizeMentions, unescapeMarkdown } from '../../../src/render/escape.ts';
import { toWellFormed } from '../../../src/render/text.ts';
import { hostileText } from './arbitraries.ts';
import { liveMentions } from './limits-checker.ts';

const INLINE_MARKUP = '\\*_~`|[]()';

/** Inline markup characters that Discord would still read as markup (not preceded by an escaping backslash). */
function unescapedMarkup(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\\') {
      i++; // the next character is escaped, whatever it is
      continue;
    }
    if (INLINE_MARKUP.includes(ch)) found.push(ch);
  }
  return found;
}

describe('escapeMarkdown', () => {
  it('escapes inline markup everywhere', () => {
    expect(escapeMarkdown('*bold* _it_ ~~s~~ `c` ||sp|| [a](b) \\')).toBe(
      '\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|sp\\|\\| \\[a\\]\\(b\\) \\\\',
    );
  });

  it('escapes quote, heading, list and ordered-list markers only where a line starts', () => {
    expect(escapeMarkdown('> quote\n# head\n-# small\n- item\n  + item\n12. item\nwell-known #1 > 2')).toBe(
      '\\> quote\n\\# head\n\\-# small\n\\- item\n  \\+ item\n12\\. item\nwell-known #1 > 2',
    );
  });

  it('breaks every kind of mention with a zero-width space', () => {
    expect(escapeMarkdown('@everyone @here <@123> <@!4> <@&5> <#6>')).toBe(
      '@\u200Beveryone @\u200Bhere <\u200B@123> <\u200B@!4> <\u200B@&5> <\u200B#6>',
    );
  });

  it('leaves ordinary prose alone', () => {
    const prose = 'Xi Jinping said on Saturday that ties were "strong", adding: 75% agree.';
    expect(escapeMarkdown(prose)).toBe(prose);
  });

  it('property: no inline markup and no mention survives unescaped', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeMarkdown(text);
        expect(unescapedMarkup(escaped)).toEqual([]);
        expect(liveMentions(escaped)).toEqual([]);
      }),
    );
  });

  it('property: no line starts with an unescaped block marker', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const lines = escapeMarkdown(text).split('\n');
        expect(lines.filter((line) => /^[ \t]*(?:[>#+-]|\d+[.)](?:\s|$))/u.test(line))).toEqual([]);
      }),
    );
  });

  it('property: a reader sees exactly the original text once Discord has rendered the escapes', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        fc.pre(!/[@<]\u200B/u.test(text));
        expect(unescapeMarkdown(escapeMarkdown(text))).toBe(toWellFormed(text));
      }),
    );
  });
});

describe('neutralizeMentions', () => {
  it('breaks mentions without adding backslashes (for footers, which show text verbatim)', () => {
    expect(neutralizeMentions('*Reuters* @here')).toBe('*Reuters* @\u200Bhere');
  });
});
