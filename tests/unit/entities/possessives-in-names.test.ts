import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

describe('extractEntities and possessives inside a body\'s name', () => {
  it('goes on past a plural of people: "the National Farmers\' Union", "the Reserve Officers\' Training Corps"', () => {
    const { organizations } = extractEntities('The National Farmers\' Union has issued advice. He joined the Reserve '
      + 'Officers\' Training Corps program.');
    expect(organizations).toEqual(['National Farmers\' Union', 'Reserve Officers\' Training Corps']);
  });

  it('stops at a person\'s plural possessive: "Sen. Bernie Sanders\' College for All Act"', () => {
    const { people, organizations } = extractEntities('He backed Sen. Bernie Sanders\' College for All Act in the House.');
    expect(people).toEqual(['Bernie Sanders']);
    expect(organizations.some((name) => name.includes('Sanders'))).toBe(false);
  });

  it('keeps an office holder\'s office whole: "Maricopa County Sheriff\'s Office", "the Clark County Coroner\'s Office"', () => {
    const { organizations } = extractEntities('Officers from Maricopa County Sheriff\'s Office came, and the Clark County '
      + 'Coroner\'s Office named him.');
    expect(organizations).toEqual(['Maricopa County Sheriff\'s Office', 'Clark County Coroner\'s Office']);
  });

  it('keeps a place\'s or a person\'s office apart: "the White House\'s Office of Political Strategy"', () => {
    const { people, organizations } = extractEntities('She ran the White House\'s Office of Political Strategy and '
      + 'Outreach. Hillary Clinton\'s State Department agreed.');
    expect(people).toEqual(['Hillary Clinton']);
    expect(organizations).toEqual(['White House', 'Office of Political Strategy and Outreach', 'State Department']);
  });
});
