import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';

describe('a relative a quote is signed with, whom the article named right after those words', () => {
  it('is that person: "Her daughter Tamara Rusoff-Hoen records … before her daughter signs off: \'…\'"', () => {
    const body = 'Louisa Irving, 94, has dementia. Her daughter Tamara Rusoff-Hoen records messages for her. The video '
      + 'brings a smile, before her daughter signs off with the family goodbye: "Kiss, kiss, I love you."';
    expect(speakersOf(body)).toEqual(['Tamara Rusoff-Hoen']);
  });

  it('or one named after a comma, or by a given name alone: "his father, Anatoly Smith,", "His father Anatoly"', () => {
    const comma = 'Tom Smith died. His father, Anatoly Smith, spoke. "It is very sad for us," his father said.';
    expect(speakersOf(comma)).toEqual(['Anatoly Smith']);
    const given = 'Vladimir borrowed. His father Anatoly, who co-signed it, is bewildered. "Is there no law against this?" '
      + 'asks his father.';
    expect(speakersOf(given)).toEqual(['Anatoly']);
  });

  it('but not where the words end another word: "this father, Tom Jones," is no "his father"', () => {
    const body = 'Ali Khan met this father, Tom Jones, at school. "It is very sad for us," his father said.';
    expect(speakersOf(body)).toEqual(['his father']);
  });

  it('stays as written when the article names two people after those words, or none', () => {
    const two = 'His son John Smith came, and later his son Peter Smith. His son said: "We are proud of him."';
    expect(speakersOf(two)).toEqual(['His son']);
    const none = 'Robert Smith died. His son said: "We are proud of him."';
    expect(speakersOf(none)).toEqual(['His son']);
  });
});

describe('a description of someone the article named with "named" right after it', () => {
  it('is that person: "The video maker, named Meo Madeley, …. “…,” the video maker said"', () => {
    const body = 'The clip shows a woman. The video maker, named Meo Madeley, can be heard laughing. "I did not think it '
      + 'would go this far," the video maker said.';
    expect(speakersOf(body)).toEqual(['Meo Madeley']);
  });

  it('but stays as written when two people were named so, or the name came without "named"', () => {
    const two = 'The driver, named John Smith, and later the driver, named Paul Jones, came. "We saw it all," the driver said.';
    expect(speakersOf(two)).toEqual(['the driver']);
    const plain = 'The driver, John Smith, came. His wife Jane Smith waved. "We saw it all," the driver said.';
    expect(speakersOf(plain)).toEqual(['the driver']);
  });
});

