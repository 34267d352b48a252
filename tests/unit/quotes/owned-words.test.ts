import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

describe('a quote introduced as somebody\'s saying', () => {
  it('is the words of the owner a possessive pronoun stands for: "after her March comment that, “…”"', () => {
    const body = 'Hillary Clinton spoke in Ohio.\n\nThe union is unlikely to give Clinton the nod after her March comment '
      + 'that, "We are going to put a lot of coal companies and coal miners out of business."';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });

  it('is the owner\'s, not the subject\'s, after a speech verb: "Trump responded to Clinton\'s claim that “…”"', () => {
    const body = 'Hillary Clinton spoke in Ohio.\n\nDonald Trump responded to Clinton\'s claim that "we are going to put '
      + 'a lot of coal companies and coal miners out of business."';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });

  it('is not what the sentence says of someone\'s remarks: "The lawmaker said Trump\'s remarks “have had …”"', () => {
    const body = 'Joey Salceda is a congressman.\n\nThe lawmaker, who represents a district in Albay province, said '
      + 'Trump\'s remarks "have had widespread dissemination, thus aggravating the shame it has already caused."';
    expect(only(body).speaker).not.toBe('Donald Trump');
  });

  it('is the owner\'s past where and when it was said: "her comments before a special House Benghazi committee that “…”"', () => {
    const body = 'Hillary Clinton spoke in Iowa.\n\nA newly formed super PAC called Future 45 ran ads using her comments '
      + 'before a special House Benghazi committee that "I was responsible for quite a bit" of Obama\'s foreign policy.';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });

  it('is the owner a sentence about their temper leads with: "Mr. Trump\'s temperament … came under scrutiny: He was challenged over his statement that …"', () => {
    const body = "''The problem is presidents can't just say anything they want,'' Mr. Rubio said.\n\nMr. Trump's "
      + "temperament came under scrutiny: He was challenged over his statement on Wednesday that ''Islam hates us,'' but he "
      + 'kept his temper in check.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Rubio', 'Trump']);
  });

  it('is the owner of a saying whose clause "was that" opens: "His answer was that the Queen was “…”"', () => {
    const body = 'Prince William spoke to the BBC. His answer was that the Queen was "the best role model I could have in '
      + 'front of me".';
    expect(only(body).speaker).toBe('Prince William');
  });
});
