import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Which person a "he" or "she" in an attribution refers to.
describe('pronoun speakers', () => {
  it('prefers the main subject to the subject of what was said: "Brian Murphy said Trump continued …"', () => {
    const body = 'Donald Trump spoke first. Brian Murphy, the county chairman, said Trump continued to hurt his cause.\n\n'
      + '"I do not think it has cut well for him at all," he said.';
    expect(only(body).speaker).toBe('Brian Murphy');
  });

  it('takes the subject of what was said when the sentence has no other person as subject', () => {
    const body = 'Corey Lewandowski spoke first. The affidavit said that Marc Bujnowski had seen bruises on her arm.\n\n'
      + '"They appeared to be several finger marks," he wrote.';
    expect(only(body).speaker).toBe('Marc Bujnowski');
  });

  it('does not take the object of a verb: "many of them backed Cruz during the primary"', () => {
    const body = 'Gordon Humphrey said he is hopeful, even though many of them backed Ted Cruz during the primary.\n\n'
      + '"The first thing, obviously, is to stop him on the first ballot," he said.';
    expect(only(body).speaker).toBe('Gordon Humphrey');
  });

  it('keeps an inverted attribution\'s speaker: "…, said Alan Abramowitz, a demographer."', () => {
    const body = 'The promise appeals to many whites, said Alan Abramowitz, a demographer at Emory University.\n\n'
      + '"He is trying to appeal to a sense of displacement," he said.';
    expect(only(body).speaker).toBe('Alan Abramowitz');
  });

  it('reads a gender from a kinship word before a name: "her husband, Milton Berg"', () => {
    const body = 'Rachel Berg came from Monsey. Along with her husband, Milton Berg, a money manager, she has given to many.\n\n'
      + '"I feel bad to say it, but I do not see him as the president," she said.';
    expect(only(body).speaker).toBe('Rachel Berg');
  });

  it('keeps what it knows of a person named in an inverted attribution: "wrote Ben Jacobs" is no "she"', () => {
    const body = '"It was likely the first time in American history," wrote Ben Jacobs in The Guardian.\n\n'
      + 'The woman who started it all identified herself as a resident named Caroline.\n\n'
      + '"He truly cares about the American people," she said of Trump.';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ben Jacobs', null]);
  });

  it('gives no gender to a given name that women and men share: "Terry Strada" can be "she"', () => {
    const body = 'Terry Strada, whose husband died on 9/11, leads the families.\n\n'
      + '"All we are asking for is the truth about what happened," she said.';
    expect(only(body).speaker).toBe('Terry Strada');
  });

  it('takes a name before a colon as what the sentence is about: "And oh yes, Carly Fiorina: …"', () => {
    const body = 'And oh yes, Carly Fiorina: what are her qualifications? She had a great line when she said, '
      + '"Unlike Hillary Clinton, I know that flying is an activity, not an accomplishment."';
    expect(only(body).speaker).toBe('Carly Fiorina');
  });
});
