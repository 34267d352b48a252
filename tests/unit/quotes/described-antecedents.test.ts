import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';
import { describedOpening } from '../../../src/engine/quotes/person-descriptions.ts';

describe('a "she" or "he" in a sentence that opens by describing a person of that gender', () => {
  it('names nobody for "My mother …, but she still says", rather than a name from paragraphs before', () => {
    const body = 'Like President Obama, I believe in the good sense of the American people.\n\n'
      + 'My mother has softened with age, but even now at 86 she still says things such as, “We’re not all meant to be equal.”';
    expect(only(body).speaker).toBeNull();
  });

  it('reads the description at the opening only, and only outside a quotation', () => {
    expect(describedOpening('The woman who ran the shelter said')).toBe('female');
    expect(describedOpening('His son, a lawyer, told reporters that')).toBe('male');
    expect(describedOpening('“My father made the donation,” ')).toBeNull();
    expect(describedOpening('Trump said that his wife')).toBeNull();
    expect(describedOpening('The senator said')).toBeNull();
  });

  it('still finds the named subject when the sentence opens with the name', () => {
    expect(only('Eric Trump spoke to donors in May. “My father made the donation,” he wrote.').speaker).toBe('Eric Trump');
  });
});
