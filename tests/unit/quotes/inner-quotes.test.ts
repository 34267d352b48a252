import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';
import { closingMarkAfter, isFewWords, openingMarkBefore } from '../../../src/engine/quotes/inner-quotes.ts';
import { tokenize } from '../../../src/engine/entities/tokens.ts';

describe('a few quoted words inside an attribution', () => {
  it('do not end it: "“…,” Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said"', () => {
    const body = 'Not everyone was claiming success.\n\n“We’ve had more successful conventions than this one,” Texas '
      + 'delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said matter-of-factly.';
    expect(speakersOf(body)).toEqual(['Bill Eastland']);
  });
});

describe('what counts as a few quoted words', () => {
  it('finds the marks around up to four words, and no more', () => {
    const short = tokenize('wearing a hat and “Ted Cruz” campaign pins');
    const open = short.findIndex((t) => t.text === '“');
    const close = short.findIndex((t) => t.text === '”');
    expect(closingMarkAfter(short, open, short.length)).toBe(close);
    expect(openingMarkBefore(short, close, 0)).toBe(open);
    const long = tokenize('wearing “a hat with five words” pins');
    expect(closingMarkAfter(long, 1, long.length)).toBe(-1);
  });

  it('takes no sentence for a few words: a comma or a stop inside makes it a quotation of its own', () => {
    const body = 'He wore “Ted Cruz” pins. “We win, now.”';
    const piece = (open: number, close: number) => ({ open, close, start: open + 1, end: close, paragraphStart: 0,
      paragraphEnd: body.length, continues: false });
    expect(isFewWords(body, piece(body.indexOf('“'), body.indexOf('”')))).toBe(true);
    expect(isFewWords(body, piece(body.lastIndexOf('“'), body.lastIndexOf('”')))).toBe(false);
  });
});
