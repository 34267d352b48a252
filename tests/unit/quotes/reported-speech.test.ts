import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

describe('a quote that one source says and another reports', () => {
  it('gives a quote to whoever the sentence says pledged it, not to the paper that "reported" it', () => {
    const quote = only('Earlier in the day, Clinton met community leaders and pledged to “promote the kinds of changes that '
      + 'will prevent this from happening to other people,” the Orlando Sentinel reported.');
    expect([quote.speaker, quote.verb]).toEqual(['Clinton', 'pledged']);
  });

  it('gives a quote that "Trump said:" introduces to Trump, though "the Times reported" follows it', () => {
    expect(only('Asked about the ban, Trump said: “There will always be exceptions to every rule,” the Times reported.')
      .speaker).toBe('Trump');
  });

  it('still gives a quote nobody else is said to say to the outlet that reported it', () => {
    expect(only('“Two-thirds of the pages have been made public and more are coming soon,” CBS News reported.').speaker)
      .toBe('CBS News');
  });

  it('gives a quote "according to" a document to whoever filed or sent it, and to the document otherwise', () => {
    expect(only('“The evidence cannot prove the crime alleged,” according to a court document filed by state attorney '
      + 'Dave Aronberg.').speaker).toBe('Dave Aronberg');
    expect(only('“It was a report,” according to a letter sent by the agency.').speaker).toBe('the agency');
    expect(only('“It was a report,” according to the letter.').speaker).toBe('the letter');
  });

  it('gives a quote after a sentence that reports another speaking to the reporter: "CNN reported that night … testifies"', () => {
    const body = 'The first acknowledgement came from David Petraeus.\n\nCNN reported that night Ex-CIA chief Petraeus testifies '
      + 'Benghazi attack was al Qaeda-linked terrorism.\n\n"The hearing was closed but New York Congressman Pete King spoke '
      + 'to reporters afterwards."\n\nThat was later.';
    expect(only(body).speaker).toBe('CNN');
  });

  it('still gives it to the one reported across a colon: "The statement went on to point out: X says that …"', () => {
    const body = 'The zoo spoke.\n\nThe statement went on to point out two incidents: Phyllis Lee, a director of the trust, '
      + 'says that such throwing is unusual.\n\n"It can happen when elephants are frustrated or bored."\n\nThat was all.';
    expect(only(body).speaker).toBe('Phyllis Lee');
  });

  it('takes an outlet in capitals that opens the sentence for a name: "CNN reported: “…”", but not "US"', () => {
    expect(only('The hearing ended.\n\nCNN reported: "The hearing was closed."').speaker).toBe('CNN');
    expect(only('The talks ended.\n\nUS reported: "The talks were closed." It was up to us.').speaker).toBeNull();
  });

  it('gives a quote a speech verb\'s "that" introduces to that verb\'s subject, not to whoever speaks after it', () => {
    const body = 'He went on.\n\nBut even as Trump claimed on Tuesday that “General Petraeus got in trouble for far less,” one '
      + 'of the former prosecutors for David Petraeus said the two cases were quite different.';
    expect(only(body).speaker).toBe('Trump');
  });
});
