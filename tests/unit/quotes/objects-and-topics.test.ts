import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';

describe('a name after a verb\'s plain form is its object, not what a later "he" means', () => {
  it('"said he did not support Mr. Trump, the presumed favorite. … He said …" is the one who said it', () => {
    const body = 'Mr. Schultz generally supported Democrats during his time on MSNBC and said he did not support '
      + 'Mr. Trump, the presumed Putin favorite.\n\nHe said he did not mention the hacking because “no one can '
      + 'credibly state they have evidence that it’s Russia, and as soon as they do, I’ll report it.”';
    expect(speakersOf(body)).toEqual(['Schultz']);
  });

  it('"Sanders did go further in trying to hold Snyder accountable. “…”" is Sanders', () => {
    const body = 'Bernie Sanders spoke on Saturday. Sanders did go further, trying to hold Snyder accountable.\n\n'
      + '“There are no excuses,” he said.';
    expect(speakersOf(body)).toEqual(['Bernie Sanders']);
  });

  it('but a verb that reports keeps the name a clause\'s subject: "did not say Trump was …"', () => {
    const body = 'Ted Cruz spoke first. Aides did not say Donald Trump was wrong.\n\n“We will win,” he said.';
    expect(speakersOf(body)).toEqual(['Donald Trump']);
  });
});

describe('a sentence that only brings someone on', () => {
  it('makes them the next "he": "Then there’s Axelrod. ⏎ “…,” he wrote"', () => {
    const body = 'David Axelrod is a pundit. Former Obama speechwriter Jon Favreau published a column. Obama himself has even made comments '
      + 'supportive of her bid.\n\nThen there’s Axelrod.\n\n“Kind of bewildering,” he wrote last October.';
    expect(speakersOf(body)).toEqual(['David Axelrod']);
  });
});
