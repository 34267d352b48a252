import { describe, it, expect } from 'vitest';
import { tokenize } from '../../../src/engine/entities/tokens.ts';
import { presentVerbAt } from '../../../src/engine/quotes/phrase-words.ts';

/** presentVerbAt of the word `word` in `text`. */
function verbAt(text: string, word: string): boolean {
  const tokens = tokenize(text);
  return presentVerbAt(tokens, tokens.findIndex((t) => t.text === word));
}

// Where a description's words end and its verb begins: "the daughter | signs off with the goodbye".
describe('a verb in the present tense after a description', () => {
  it('is a word in -s after a noun, before a particle or a determiner', () => {
    expect(verbAt('her daughter signs off with the goodbye', 'signs')).toBe(true);
    expect(verbAt('the video shows the crowd', 'shows')).toBe(true);
  });

  it('is not a plural before a preposition or a name, a word after a determiner, nor a word in -ss or -us', () => {
    expect(verbAt('the group leaders in Congress', 'leaders')).toBe(false);
    expect(verbAt('the signs of trouble', 'signs')).toBe(false);
    expect(verbAt('the road boss out there', 'boss')).toBe(false);
    expect(verbAt('the city bus up the hill', 'bus')).toBe(false);
    expect(verbAt('Smith signs off', 'signs')).toBe(false);
  });
});
