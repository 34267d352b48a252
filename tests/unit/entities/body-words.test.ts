import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// Words that end a body's name though they end no other name: "United Nations", "Ku Klux Klan" (see the lexicon).
describe('a body named by its last word', () => {
  it('is a body, not an abstract noun\'s thing nor a person: "the United Nations", "Alcoholics Anonymous"', () => {
    const body = 'Let the United Nations advise other countries. Wales won the Six Nations. Alcoholics Anonymous helped.';
    expect(extractEntities(body)).toMatchObject({ people: [], organizations: ['United Nations', 'Six Nations',
      'Alcoholics Anonymous'] });
  });

  it('and a grade before the role after it is the role\'s: "the United Nations High Commissioner for Refugees"', () => {
    const body = 'Filippo Grandi, the United Nations High Commissioner for Refugees, reacted.';
    expect(extractEntities(body).organizations).toEqual(['United Nations']);
  });

  it('and a "The" a lowercase word follows opens the next sentence, whose stop a page lost', () => {
    const body = 'It joined Al Qaeda, according to a report by the United Nations The number of fighters rose.';
    expect(extractEntities(body).organizations).toEqual(['Al Qaeda', 'United Nations']);
  });
});
