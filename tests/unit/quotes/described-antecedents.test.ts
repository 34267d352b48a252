import { describe, it, expect } from 'vitest';
import { only, speakersOf } from './only-quote.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
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

describe('a "she" or "he" after an unnamed speaker of that gender', () => {
  it('is that speaker, not someone named before: "said the woman, who spoke on the condition of anonymity"', () => {
    const body = 'Joy Alessi, who heads a support group, has seen many such cases.\n\n"My parents told me I was a citizen," '
      + 'said the woman, who spoke on the condition of anonymity.\n\n"With all the talk about immigration, I am even more '
      + 'scared," she said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['the woman', 'the woman']);
  });
});

describe('a relative clause after a description of something', () => {
  it('stands for the description\'s head and the name it is set off after, not the last name in it', () => {
    const body = "''If you don't have a positive tone, you will have a hard time,'' said Alfonso Aguilar, the executive "
      + 'director of the Latino Partnership for Conservative Principles, who also said that the two men, and Mr. Cruz in '
      + "particular, must do more to address Latino sensitivities. ''Hispanics won't vote for someone just because "
      + "they're Hispanic.''";
    expect(speakersOf(body)).toEqual(['Alfonso Aguilar', 'Alfonso Aguilar']);
  });
});

describe('a "he" or "she" after a sentence that a role or a relative who spoke opens', () => {
  it('is that relative, of the pronoun\'s gender only: "The boy\'s mother told the BBC … “…,” she said"', () => {
    const told = 'The boy\'s mother told the BBC that her son is upset. "He really misses being around people," she said.';
    expect(only(told).speaker).toBe('The boy\'s mother');
    const he = 'The boy\'s mother told the BBC that her son is upset. "He really misses being around people," he said.';
    expect(only(he).speaker).toBeNull();
  });

  it('reaches past a sentence where the pronoun speaks on, to a role of two nouns: "The head teacher … said"', () => {
    const body = 'The head teacher, who wished to remain anonymous, said she heard parents speaking. She said she came '
      + 'close to quitting. "From 2012 I felt alone," she said.';
    expect(only(body).speaker).toBe('The head teacher');
    // (Or speaks on in an aside: "He was unable to find a taker, he said, on condition of anonymity.")
    const aside = 'Donald Trump spoke on Monday. One California delegate said he tried to give away passes. He was unable '
      + 'to find a single taker, he said, on condition of anonymity. "Not even one," he said.';
    expect(only(aside).speaker).toBe('One California delegate');
  });

  it('is a role whose verb an adverb comes before: "The Harry Potter author previously tweeted that …"', () => {
    const body = 'Their comments reminded her how big the world is. The Harry Potter author previously tweeted that her '
      + 'line had been crossed. "It is not always fun being a famous woman on Twitter," she wrote.';
    expect(only(body).speaker).toBe('The Harry Potter author');
  });

  it('is a person the story does not name, past their relative clauses: "A woman who lives near the prison, who …, said"', () => {
    const body = 'The jail is flooded with phones. A woman who lives near the prison, who did not want to be named, said '
      + 'she had seen packages thrown over the wall. "It is getting quite bad at the minute," she said.';
    expect(only(body).speaker).toBe('A woman');
    expect(only('A local woman said she had seen packages. "It is getting quite bad," she said.').speaker).toBe('A local woman');
  });

  it('reads the sentence before past a quotation it ends with, and from the paragraph break a page lost its stop at', () => {
    const body = 'Follow updates on this story and other news from Essex\n\nA woman who lives near the prison said she had '
      + 'seen packages thrown over the wall "four times in two weeks." "It is getting quite bad at the minute," she said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['A woman']);
  });
});
