import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

describe('extractEntities and militant groups', () => {
  it('lists "Boko Haram" as a group, not a person, wherever it stands', () => {
    const { people, organizations } = extractEntities('Republicans attacked her decision against labeling Boko Haram, '
      + 'responsible for many deaths, a terrorist group. Boko Haram killed 20 people.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Boko Haram']);
  });
});

describe('extractEntities and bodies named by where they sit', () => {
  it('lists "Scotland Yard" and "the Old Bailey" as bodies, not places or people', () => {
    const { people, organizations, places } = extractEntities('He was head of counterterrorism at Scotland Yard. The Old '
      + 'Bailey heard the case.');
    expect([people, organizations, places]).toEqual([[], ['Scotland Yard', 'Old Bailey'], []]);
  });
});

describe('extractEntities and a body\'s adjective', () => {
  it('makes no body of words that end in "Islamic" and describe what follows: "Radical Islamic terrorism"', () => {
    const { organizations } = extractEntities('He named Radical Islamic terrorism. The Islamic State claimed the attack.');
    expect(organizations).toEqual(['Islamic State']);
  });
});
