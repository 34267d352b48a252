import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only, speakersOf } from './only-quote.ts';

describe('a "she" or "he" and the gender already known of each person', () => {
  it('keeps the gender of a titled speaker named with a demonym, so a later "she" is not him', () => {
    const quotes = extractQuotes('French Prime Minister Manuel Valls told the Paris daily: “We have to get over partisan divides.”\n\n'
      + '“I see exactly the same brand of populism everywhere,” she told USA TODAY.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Manuel Valls', null]);
  });

  it('knows European given names: "Kristian Bereit" is a man, so a later "she" is the woman named before him', () => {
    const body = 'Sarah Watson met the player at a party. A friend of his, Kristian Bereit, made a proposition to Sarah '
      + 'Watson. Kristian Bereit denied it.\n\n"It was a lie and they knew it," she said.';
    expect(only(body).speaker).toBe('Sarah Watson');
  });

  it('reads a middle initial "A." as an initial, not the article, so the person named is the "she"', () => {
    expect(only('Roberta A. Kaplan, a lawyer who represented plaintiffs, invoked the history in June. '
      + '“There can’t be separate but equal marriage,” she told the judge.').speaker).toBe('Roberta A. Kaplan');
  });
});

describe('a name opening a sentence and its surname with a title', () => {
  it('are one person, whose gender the title gives, not a title in the description after it', () => {
    const body = '"You will see a variety of tactics," said Elizabeth Arnold, 32, a former staff member.\n\n'
      + 'Nina Turner, a prominent surrogate for Mr. Sanders, said that she had seen several emails.\n\n'
      + '"People are talking about the Republicans," Ms. Turner said.\n\n"It is going to be progressives who will disrupt," she said.';
    expect(speakersOf(body)).toEqual(['Elizabeth Arnold', 'Nina Turner', 'Nina Turner']);
  });

  it('reads past a name that owns the description: "Rashad Robinson, Color of Change\'s executive director, said"', () => {
    const body = 'Rashad Robinson, Color of Change\'s executive director, said his group wrote to the sponsors.\n\n'
      + '"If the nominees do not want to get on that stage," Robinson said, "why would the brands?"';
    expect(speakersOf(body)).toEqual(['Rashad Robinson']);
  });
});


describe('a name ending in a month', () => {
  it('reads "May" as a surname after two words of a name: "Yin Myint May, 60, a doctor, said she …"', () => {
    const body = 'One volunteer was more circumspect. Yin Myint May, 60, a doctor, said she was elated but still feared the '
      + 'military.\n\n"We have to be cautious about it," she said.';
    expect(speakersOf(body)).toEqual(['Yin Myint May']);
  });
});

describe('a surname that is also a month or a verb, after a title', () => {
  it('names the person: "Mrs May said" is Theresa May, never "Mrs"; "Mama June … she told him;" is June', () => {
    const may = 'Theresa May was in Brussels. "We will leave the European Union," Mrs May said.';
    expect(speakersOf(may)).toEqual(['Theresa May']);
    const june = "Mama June did not respond. Her brother-in-law Billy Thompson posted a text exchange he had with June in "
      + "which she reportedly told him; 'I am going to confront everyone.' She then wrote; 'It is okay, that is my past.'";
    expect(speakersOf(june)).toEqual(['June', 'June']);
  });
});
