import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

const said = (body: string) => extractQuotes(body).map((q) => [q.text, q.speaker]);

// A sentence that a speech verb after it signs is somebody's words, however short, while the same few words in
// running text stay scare quotes or titles.
describe('a short quote signed by a speech verb after it', () => {
  it('is kept, of one or two words: "“It’s finished,” she said", "“Mexico!” the audience screamed back"', () => {
    expect(said('Melanie Smith switched off the television.\n\n“It’s finished,” she said.'))
      .toEqual([['It’s finished', 'Melanie Smith']]);
    expect(said('“Who is going to pay for it?” Donald Trump asked.\n\n“Mexico!” the audience screamed back.'))
      .toEqual([['Who is going to pay for it?', 'Donald Trump'], ['Mexico!', 'the audience']]);
  });

  it('is kept when its capitals make it look like a title: "“But Pete Wilson won,” Axelrod said"', () => {
    expect(said('David Axelrod asked about the ad.\n\n"But Pete Wilson won," Axelrod said.'))
      .toEqual([['But Pete Wilson won', 'David Axelrod']]);
  });

  it('is not a few words inside a sentence: \'He called the plan "fake news," Smith said\'', () => {
    expect(extractQuotes('He called the plan "fake news," Bob Smith said.')).toEqual([]);
    expect(extractQuotes('She appeared on "Saturday Night Live," Bob Smith said.')).toEqual([]);
  });
});

describe('a quote that a speech verb and a comma introduce', () => {
  it('is kept to the end of its sentence, however short or lowercase: \'Priebus said, "Probably."\'', () => {
    expect(said('Reince Priebus was asked about it.\n\nAsked whether he would fire him, Priebus said, "Probably."'))
      .toEqual([['Probably.', 'Reince Priebus']]);
    expect(said('Bill Clinton spoke with voters. A woman asked for a photo and Clinton said, “as long as we’re not '
      + 'violating any election laws.”')).toEqual([['as long as we’re not violating any election laws.', 'Bill Clinton']]);
  });

  it('is not a few words the verb introduces without a comma: \'Reince Priebus called it "a mistake."\'', () => {
    expect(extractQuotes('Reince Priebus called it "a mistake." Bob Smith said "maybe not."')).toEqual([]);
  });
});
