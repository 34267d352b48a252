import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Lone capitalized words, and names the finder was unsure of, that the words around them make a person's.
describe('names the words around them make a person', () => {
  it('takes a lone word opening a sentence for a person when it acts like one and is never lowercase: "Carson defied"', () => {
    const body = 'Donald Trump went with the odds.\n\nCarson defied the question, and did not make a choice. '
      + '"With 100 percent certainty, I will predict the winner," he said.';
    expect(only(body).speaker).toBe('Carson');
  });

  it('does not take a plural or a word the article writes in lowercase: "Harsh comments are …", "Officials said"', () => {
    const harsh = 'Donald Trump spoke first.\n\nHarsh comments are earning some Germans more than scorn. A man had posted '
      + 'a photo.\n\n"We are not mourning, we are celebrating!" he wrote.';
    expect(only(harsh).speaker).toBe('Donald Trump');
    const officials = 'Donald Trump spoke first.\n\nOfficials said the plan was sound.\n\n"It will work well," he said.';
    expect(only(officials).speaker).toBe('Donald Trump');
  });

  it('gives such a word the fuller name the article writes: "Emanuel acknowledged" is Zeke Emanuel', () => {
    const body = 'Zeke Emanuel, an oncologist who advised Obama, praised the law.\n\nEmanuel acknowledged the risks. '
      + '"It is not quite optimistic. We are hopeful," he said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Zeke Emanuel']);
  });

  it('reads past an adverb to the verb that makes a person: "Obama also addressed …. “…,” he added"', () => {
    const body = 'Clinton campaign spokesman Brian Fallon responded on Twitter.\n\nObama also addressed the concerns last '
      + 'Thursday.\n\n"We do take seriously our responsibilities to monitor the vote," he added.';
    expect(only(body).speaker).toBe('Obama');
  });
});
