import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

// Transcripts quoted paragraph by paragraph, each line opened by its speaker's name in capitals.
const TRANSCRIPT = 'On Wednesday, Jorge Ramos asked Hillary Clinton about Benghazi.\n\nPartial transcript as follows:\n\n'
  + '"RAMOS: Secretary Clinton, did you lie to the families?\n\n'
  + '"VIDEO: They all told me it was a video when they knew it was not.\n\n'
  + '"CLINTON: I feel a great deal of sympathy for the families.\n\n'
  + '"And I always will, whatever anyone says about it."';

describe('transcripts in quotation marks', () => {
  const quotes = extractQuotes(TRANSCRIPT);

  it('makes each labelled line a quote of its own, its label resolved to the person the article names', () => {
    expect(quotes.map((q) => q.speaker)).toEqual(['Jorge Ramos', null, 'Hillary Clinton']);
  });

  it('leaves the label out of the quote\'s text and spans', () => {
    const first = quotes[0];
    expect(first?.text).toBe('Secretary Clinton, did you lie to the families?');
    const [start, end] = first?.spans[0] ?? [0, 0];
    expect(TRANSCRIPT.slice(start, end)).toBe('Secretary Clinton, did you lie to the families?');
  });

  it('keeps an unlabelled paragraph with the line it goes on from', () => {
    expect(quotes[2]?.text).toBe('I feel a great deal of sympathy for the families. And I always will, whatever anyone says about it.');
    expect(quotes[2]?.spans).toHaveLength(2);
  });

  it('gives a lone label that names nobody in the article no speaker ("VIDEO")', () => {
    expect(quotes[1]?.speaker).toBeNull();
  });

  it('takes a full name in a label as written when the article does not name the person', () => {
    const q = extractQuotes('The interview went on.\n\n"KATE BOLDUAN: Why not debate him before the primary?"');
    expect(q.map((x) => x.speaker)).toEqual(['Kate Bolduan']);
  });

  it('reads a full name written as usual as a label when the line opens its paragraph: "Chris Matthews: …"', () => {
    const body = 'Reuters\' Luciana Lopez argued that the plan was naive.\n\n"Chris Matthews: Seriously, seriously about this. '
      + 'Bernie says he is going to pay for the free tuitions."';
    expect(extractQuotes(body).map((x) => [x.speaker, x.text.slice(0, 9)])).toEqual([['Chris Matthews', 'Seriously']]);
  });

  it('does not read a name and a colon inside a sentence as a label: chanted “Chris Christie: Bad for New Jersey”', () => {
    const body = 'Holding signs, the protesters chanted "Chris Christie: Bad for New Jersey, bad for you."';
    expect(extractQuotes(body).map((x) => x.text)).toEqual(['Chris Christie: Bad for New Jersey, bad for you.']);
  });

  it('names the speaker of a label of one word by it, though the article names them no more fully: "WALLACE:", not "VIDEO:"', () => {
    const body = 'Partial transcript as follows:\n\n"WALLACE: Let\'s start with breaking news on the debate story.\n\n'
      + '"VIDEO: Hillary and Obama all told me it was a video.\n\n"PENCE: Well, look, this is America, Chris."';
    expect(extractQuotes(body).map((x) => x.speaker)).toEqual(['Wallace', null, 'Pence']);
  });
});

