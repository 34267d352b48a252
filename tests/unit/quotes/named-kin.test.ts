import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';

describe('a relative a quote is signed with, whom the article named right after those words', () => {
  it('is that person: "Her daughter Tamara Rusoff-Hoen records … before her daughter signs off: \'…\'"', () => {
    const body = 'Louisa Irving, 94, has dementia. Her daughter Tamara Rusoff-Hoen records messages for her. The video '
      + 'brings a smile, before her daughter signs off with the family goodbye: "Kiss, kiss, I love you."';
    expect(speakersOf(body)).toEqual(['Tamara Rusoff-Hoen']);
  });

  it('stays as written when the article names two people after those words, or none', () => {
    const two = 'His son John Smith came, and later his son Peter Smith. His son said: "We are proud of him."';
    expect(speakersOf(two)).toEqual(['His son']);
    const none = 'Robert Smith died. His son said: "We are proud of him."';
    expect(speakersOf(none)).toEqual(['His son']);
  });
});
