import { describe, it, expect } from 'vitest';
import { findNamesInTokens, forgetSequences } from '../../../src/engine/entities/names.ts';
import { tokenize } from '../../../src/engine/entities/tokens.ts';

const kinds = (body: string) => findNamesInTokens(body, tokenize(body)).map((m) => `${m.kind}:${m.text}`);

// What a sequence names is kept by its words: nothing after it may change it (see names.ts).
describe('a sequence read after the same words elsewhere', () => {
  it('names what it named alone, though a place followed them there: "Jinping" (a word in -ing) before "U.S."', () => {
    forgetSequences();
    const alone = kinds('Jinping ');
    forgetSequences();
    expect(kinds('Jinping\n\nU.S. ')).toEqual(['unknown:Jinping', 'place:U.S.']);
    expect(kinds('Jinping ')).toEqual(alone);
  });

  it('names what it named alone, though a lowercase word stood before it there: two words in capitals, "U.S. NATO"', () => {
    forgetSequences();
    const alone = kinds('U.S. NATO ');
    forgetSequences();
    kinds(' of \nU.S. NATO ');
    expect(kinds('U.S. NATO ')).toEqual(alone);
  });
});
