import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

// Lowercase words inside a person's name.
describe('a run of particles before a surname', () => {
  it('is part of the name: "von der Leyen", "de la Renta", "in \'t Veld"', () => {
    const body = 'He met the defense minister, Ursula von der Leyen, in Berlin. She helped make Oscar de la Renta a star. '
      + 'Tomorrow, Sophie in \'t Veld will vote.';
    expect(extractEntities(body).people).toEqual(['Ursula von der Leyen', 'Oscar de la Renta', 'Sophie in \'t Veld']);
  });

  it('makes the speaker the whole name, with the role after it', () => {
    const body = '"Europe is disintegrating as we speak," said Sophie in \'t Veld, a Dutch liberal member of the European '
      + 'Parliament.';
    expect(extractQuotes(body).map((q) => [q.speaker, q.role])).toEqual([
      ['Sophie in \'t Veld', 'a Dutch liberal member of the European Parliament']]);
    expect(extractQuotes('"It\'s a risk everywhere," Dutch politician Sophie in \'t Veld said.').map((q) => q.speaker))
      .toEqual(['Sophie in \'t Veld']);
  });

  it('but not words that only look like one: "in" before a name, "de" after one, a mark that quotes', () => {
    expect(extractEntities('Talks in Brussels with Jan de Vries ended. We met Anna in \'the\' Hague.').people)
      .toEqual(['Jan de Vries']);
    expect(extractEntities('It was Mark van Dyke in the end who spoke of Paul Smith.').people)
      .toEqual(['Mark van Dyke', 'Paul Smith']);
  });
});

describe('a name that opens with an Arabic article in lowercase', () => {
  it('is found: "al-Qaeda"; and a surname with one joins the full name: "al-Assad"', () => {
    const body = 'Militants from al-Qaeda attacked. Bashar al-Assad spoke, and al-Assad left.';
    expect(extractEntities(body)).toMatchObject({ people: ['Bashar al-Assad'], organizations: ['al-Qaeda'] });
  });
});
