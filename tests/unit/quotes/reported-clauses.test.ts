import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

// The subject of a clause someone reports is not whom a later "he" or "she" names.
describe('"he" and "she" after a reported clause', () => {
  it('passes over the subject of a clause that a phrase opens after "that": "recalled that before Iowa, Obama …"', () => {
    const body = 'Barack Obama ran in 2008.\n\nJoe Madison, a radio host, recalled in 2008 that before Iowa, Obama wasn’t '
      + 'treated as credibly by listeners.\n\n“I hate to put it that way, but that’s how folks looked at it,” he said.';
    expect(only(body).speaker).toBe('Joe Madison');
  });

  it('still takes the main subject after a phrase that opens the sentence: "In 2008, Obama …"', () => {
    const body = 'Joe Madison ran a radio show.\n\nIn 2008, Barack Obama won Iowa.\n\n“It changed everything,” he said.';
    expect(only(body).speaker).toBe('Barack Obama');
  });
});

describe('a titled name in a reported clause', () => {
  it('is no antecedent while its sentence has a subject: "Rubio claimed that President Barack Obama is to blame … he said"', () => {
    const body = 'Later, Marco Rubio claimed that Muslim Americans do not face discrimination and that President Barack Obama '
      + 'is to blame for Americans believing that.\n\n"He continues to put out this fiction," he said.';
    expect(only(body).speaker).toBe('Marco Rubio');
  });
});

describe('what "it" tells in a reported clause', () => {
  it('is the words of who says so: "President Obama said it would tell an American story, one of “…”"', () => {
    const body = 'President Obama, dedicating the museum on Saturday, said it would tell an American story, one of "suffering '
      + 'and delight, one of fear, but also of hope, of wandering in the wilderness."';
    expect(only(body).speaker).toBe('Obama');
  });
});

