import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

const rolesOf = (body: string): (string | null)[] => extractQuotes(body).map((q) => q.role);

// Who a speaker is, when the article says it outside the attributions of their quotes.
describe('roles written outside attributions', () => {
  it('gives a speaker the appositive their name had in a sentence without a quote: "said Judith Enck, an EPA regional administrator."', () => {
    const body = 'The pesticide is injected into the soil of some fields, said Judith Enck, an EPA regional administrator. "We trust the producers," Enck said.';
    expect(only(body)).toMatchObject({ speaker: 'Judith Enck', role: 'an EPA regional administrator' });
  });

  it('leaves out an age before the description and a relative clause after it', () => {
    const body = 'Owen Jones, 34, a liberal columnist who is gay, wrote a book about it. "It matters," Jones said.';
    expect(only(body).role).toBe('a liberal columnist');
  });

  it('reads a decimal point as part of a number, not as the end of the description', () => {
    const body = 'Pope Francis, leader of the world\'s 1.2 billion Roman Catholics, met him. "He is welcome," Francis said.';
    expect(only(body).role).toBe('leader of the world\'s 1.2 billion Roman Catholics');
  });

  it('reads the appositive after an opening phrase: "In 1992, Hillary Clinton, an accomplished attorney,"', () => {
    const body = 'In 1992, Hillary Clinton, an accomplished attorney, moved to Washington. "I am ready," Clinton said.';
    expect(only(body).role).toBe('an accomplished attorney');
  });

  it('prefers the role an attribution gives to an earlier appositive', () => {
    const body = 'Anna Berg, a lawyer from Leeds, ran for office. "We won," said Anna Berg, the mayor of Springfield.';
    expect(only(body).role).toBe('the mayor of Springfield');
  });

  it('takes no role from words after a comma that do not describe one person', () => {
    const quote = ' "It is over," Cruz said.';
    // Several people: the description is of both, and has no noun for one person.
    expect(rolesOf(`It is embodied by Mr. Rubio and Mr. Cruz, the children of Cuban immigrants.${quote}`)).toEqual([null]);
    // A clause after an opening phrase: a verb before any person, or ending it.
    expect(rolesOf(`When she noticed Ted Cruz, her eyes widened with surprise.${quote}`)).toEqual([null]);
    expect(rolesOf(`When she reached Ted Cruz, the crowd cheered the speaker.${quote}`)).toEqual([null]);
    expect(rolesOf(`When she reached Ted Cruz, the officer waited.${quote}`)).toEqual([null]);
    // A list of names, the next one titled.
    expect(rolesOf(`He thanked Ted Cruz, Senator Marco Rubio and Jeb Bush.${quote}`)).toEqual([null]);
    // A description without a person's noun in it.
    expect(rolesOf(`Was that really Ted Cruz, the brusque, take-a-back-seat governor?${quote}`)).toEqual([null]);
    // An age in a clause, and a verb inside the words.
    expect(rolesOf(`Ted Cruz, then 38, said he was advised to wait.${quote}`)).toEqual([null]);
    expect(rolesOf(`Ted Cruz, the party's executive director told Fox 8, will run.${quote}`)).toEqual([null]);
  });

  it('takes no role from a description cut by a quotation, or spoken inside one', () => {
    expect(rolesOf(`Ted Cruz, the author of ''Destiny and Power,'' met him. "It is over," Cruz said.`)).toEqual([null]);
    const inside = extractQuotes('"I know Ted Cruz, a senator from Texas," Rubio said. "He is fine," Cruz said.');
    expect(inside.map((q) => [q.speaker, q.role])).toEqual([['Rubio', null], ['Ted Cruz', null]]);
  });
});

describe('a title written before a name', () => {
  it('is the speaker\'s role, all of it, past an abbreviated title: "Former Arizona State Senator Dr. Kelli Ward"', () => {
    const body = 'Former Arizona State Senator Dr. Kelli Ward called for it.\n\nDr. Ward stated: "It is overreach."';
    expect(only(body)).toMatchObject({ speaker: 'Kelli Ward', role: 'Former Arizona State Senator' });
  });

  it('keeps the lowercase word that dates it: "Sweden\'s former Foreign Minister Carl Bildt" is no foreign minister', () => {
    const quote = '"It is a mess," said Sweden\'s former Foreign Minister Carl Bildt.';
    expect(only(quote)).toMatchObject({ speaker: 'Carl Bildt', role: 'former Foreign Minister' });
    const written = 'The former Deputy Prime Minister John Prescott was blunt. "It is a mess," Mr Prescott said.';
    expect(only(written)).toMatchObject({ speaker: 'John Prescott', role: 'former Deputy Prime Minister' });
    // (Not a bare title: "former President Bill Clinton" says no more than the article does.)
    expect(only('Then former President Bill Clinton spoke. "It is a mess," Clinton said.').role).toBeNull();
  });
});
