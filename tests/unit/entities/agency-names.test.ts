import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

describe('extractEntities and agencies whose names join two nouns with "and"', () => {
  it('lists "the Food and Drug Administration", "the Securities and Exchange Commission" and others whole', () => {
    const { organizations } = extractEntities('The Food and Drug Administration agreed, and so did the Securities and Exchange '
      + 'Commission, the Maritime and Coastguard Agency and the House Ways and Means Committee.');
    expect(organizations).toEqual(['Food and Drug Administration', 'Securities and Exchange Commission',
      'Maritime and Coastguard Agency', 'House Ways and Means Committee']);
  });

  it('keeps two organizations, or a person and an organization, apart', () => {
    const { organizations } = extractEntities('He spoke to MSNBC and CNN. Obama and State Department officials '
      + 'disagreed. The Tories and Lib Dems voted. Pupils of the Oldknow Academy and Golden Hillock School left.');
    expect(organizations).toEqual(['MSNBC', 'CNN', 'State Department', 'Tories', 'Lib Dems', 'Oldknow Academy',
      'Golden Hillock School']);
  });

  it('lists an agency whole when an abstract noun opens it, with no "the": "a division of Immigration and Customs Enforcement"', () => {
    const { organizations } = extractEntities('Homeland Security Investigations, a division of Immigration and Customs '
      + 'Enforcement, agreed with the complaint filed by the federal Securities and Exchange Commission.');
    expect(organizations).toEqual(['Homeland Security Investigations', 'Immigration and Customs Enforcement',
      'Securities and Exchange Commission']);
  });

  it('keeps a trust\'s "for" inside its name: "the Amboseli Trust for Elephants"', () => {
    expect(extractEntities('She is director of the Amboseli Trust for Elephants in Kenya.').organizations)
      .toEqual(['Amboseli Trust for Elephants']);
  });

  it('keeps a state university\'s campus in its name: "the University of Texas at Austin"; not a date after it', () => {
    const { organizations, places } = extractEntities('He studied at the University of Texas at Austin and the University '
      + 'of California at San Diego, then spoke at the University of Iowa at Christmas.');
    expect(organizations).toEqual(['University of Texas at Austin', 'University of California at San Diego', 'University of Iowa']);
    expect(places).toEqual([]);
  });
});
