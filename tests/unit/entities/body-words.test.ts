import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// Words that end a body's name though they end no other name: "United Nations", "Ku Klux Klan" (see the lexicon).
describe('a body named by its last word', () => {
  it('is a body, not an abstract noun\'s thing nor a person: "the United Nations", "Alcoholics Anonymous"', () => {
    const body = 'Let the United Nations advise other countries. Wales won the Six Nations. Alcoholics Anonymous helped.';
    expect(extractEntities(body)).toMatchObject({ people: [], organizations: ['United Nations', 'Six Nations',
      'Alcoholics Anonymous'] });
  });

  it('and so is a paper named "Register": "an editorial in The Des Moines Register"; and "Supervisor" is a title', () => {
    const body = 'It ran an editorial in The Des Moines Register. San Francisco Supervisor Jane Kim spoke.';
    expect(extractEntities(body)).toMatchObject({ people: ['Jane Kim'], organizations: ['Des Moines Register'],
      places: ['San Francisco'] });
  });

  it('and a grade before the role after it is the role\'s: "the United Nations High Commissioner for Refugees"', () => {
    const body = 'Filippo Grandi, the United Nations High Commissioner for Refugees, reacted.';
    expect(extractEntities(body).organizations).toEqual(['United Nations']);
  });

  it('and so are a chamber, a command, a patrol and a division: "the Chamber of Commerce", "Border Patrol"', () => {
    const body = 'Even the Chamber of Commerce opposed it. The Pacific Command was disconnected from Border Patrol agents. '
      + 'The state Division of Gaming Enforcement agreed.';
    expect(extractEntities(body).organizations).toEqual(['Chamber of Commerce', 'Pacific Command', 'Border Patrol',
      'Division of Gaming Enforcement']);
  });

  it('and a "The" a lowercase word follows opens the next sentence, whose stop a page lost', () => {
    const body = 'It joined Al Qaeda, according to a report by the United Nations The number of fighters rose.';
    expect(extractEntities(body).organizations).toEqual(['Al Qaeda', 'United Nations']);
  });

  it('and so is a label\'s "Music": "Warner Music"; but after a given name such a word is a surname: "Emily Post"', () => {
    const body = 'Its holdings include Warner Music. The Washington Post said so, and Robert Music and Emily Post agreed. '
      + 'Shirley Temple sang at Temple University. Jeffrey D. Sachs left Goldman Sachs.';
    expect(extractEntities(body)).toMatchObject({ people: ['Robert Music', 'Emily Post', 'Shirley Temple', 'Jeffrey D. Sachs'],
      organizations: ['Warner Music', 'Washington Post', 'Temple University', 'Goldman Sachs'] });
  });
});

describe('a firm the kind of firm comes right before', () => {
  it('is a firm after "giant", "lender" or "contractor": "printer giant Lexmark", "loan contractor Navient"', () => {
    const body = 'Shares of printer giant Lexmark fell. It hired student loan contractor Navient and mortgage lender Ocwen.';
    expect(extractEntities(body).organizations).toEqual(['Lexmark', 'Navient', 'Ocwen']);
  });

  it('and so is one in capitals inside a sentence, which is no headline: "the technology company NGP VAN"', () => {
    expect(extractEntities('He joined the technology company NGP VAN in May.').organizations).toEqual(['NGP VAN']);
  });
});

describe('a firm known by one word before a role', () => {
  it('is listed with the role\'s holder: "Former Hewlett-Packard CEO Carly Fiorina", "the former Hewlett-Packard CEO"', () => {
    const body = 'Former Hewlett-Packard CEO Carly Fiorina spoke. Disney and Citigroup did not.';
    expect(extractEntities(body)).toMatchObject({ people: ['Carly Fiorina'], organizations: ['Hewlett-Packard', 'Disney',
      'Citigroup'] });
    expect(extractEntities('She was the former Hewlett-Packard CEO.').organizations).toEqual(['Hewlett-Packard']);
  });
});
