import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
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

describe('a passage quoted whole, whose next paragraph opens with another kind of mark', () => {
  it('is no one\'s words, and the quote inside it is its speaker\'s', () => {
    const body = 'Read the latest updates below:\n\n"Sen. Bernie Sanders took the stage in Iowa late Monday night, so it '
      + 'was fitting that his speech resembled a victory speech.\n“While the results are not yet known, it looks like '
      + 'we are in a virtual tie,” Sanders said.\nSanders said he barely trailed. (See the latest results here.)"';
    expect(extractQuotes(body).map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['Sen. Bernie Sanders ', null], ['While the results ar', 'Bernie Sanders']]);
  });

  it('but a quote that goes on in the next paragraph with its own mark is one quote', () => {
    const body = 'Sen. Bernie Sanders spoke on Monday.\n\n“We will win this state, and we will win the next one.\n\n'
      + '“Then we will win the nomination,” Sanders said.';
    expect(extractQuotes(body).map((q) => [q.spans.length, q.speaker])).toEqual([[2, 'Bernie Sanders']]);
  });
});
