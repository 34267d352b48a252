import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

describe('a speaker who "can be heard" or "was seen" speaking after the quote', () => {
  it('gives the quote to the one heard asking, not to the one asked', () => {
    const quote = only('“Should there be a database system that tracks the Muslims here?” a reporter can be heard asking '
      + 'Trump after an event in Iowa.');
    expect([quote.speaker, quote.verb]).toEqual(['a reporter', 'asking']);
  });

  it('reads "was seen saying" the same way', () => {
    expect(only('“We will not back down from this fight at all,” the mayor was seen saying on video.').speaker).toBe('the mayor');
  });

  it('lets a quote that a colon introduces go on into its attribution when a lowercase word follows its "?"', () => {
    const quote = only('Trump did support the idea on Thursday, and NBC News has proof:\n\n'
      + '“Should there be a database system that tracks the Muslims here?” a reporter can be heard asking Trump.');
    expect(quote.speaker).toBe('a reporter');
  });

  it('still gives a quote that a colon introduces and that ends its sentence to the words before it', () => {
    expect(only('Clinton responded: “Is that really the best they can do?” Her critics cited it for weeks.').speaker)
      .toBe('Clinton');
  });
});

describe('someone heard shouting, in the plain form of the verb', () => {
  it('speaks: "she heard a man shout at the driver: “…”"', () => {
    const body = 'Lizzi Crawford was on a bus when she heard a man shout at the driver: "Stop this bus right now, I need '
      + 'to get off!"';
    expect(only(body).speaker).toBe('a man');
  });

  it('speaks after "overheard", and "ask" too: "she overheard the young bus passenger ask his mum: “…”"', () => {
    const body = 'Lizzi Crawford, 32, weighed 20 stone when she overheard the young bus passenger ask his mum: "Has she got a '
      + 'baby in her belly?" The remark hurt.';
    expect(only(body).speaker).toBe('the young bus passenger');
  });
});
