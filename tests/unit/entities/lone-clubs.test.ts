import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// A club whose name is no town the gazetteer knows, and no word the lists hold, is known by who plays for or runs it.
describe('a lone word that someone manages or plays for', () => {
  it('is a club: "Blackburn manager Gary Bowyer", "Blackburn strikers", "Hibernian striker Jason Cummings"', () => {
    const body = 'Blackburn manager Gary Bowyer was pleased. Hibernian striker Jason Cummings scored twice.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Blackburn', 'Hibernian'],
      people: ['Gary Bowyer', 'Jason Cummings'] });
  });

  it('and so is a given name, before the name of who manages it: "Chelsea manager Jose Mourinho"', () => {
    const body = 'It was a draw. Chelsea manager Jose Mourinho was calm.';
    expect(extractEntities(body).organizations).toEqual(['Chelsea']);
  });

  it('but not a given name, nor the last word of a name after a hyphen: "ex-Port Vale manager Micky Adams"', () => {
    const body = 'He was recommended by ex-Port Vale manager Micky Adams. Tom boss of nothing.';
    expect(extractEntities(body).organizations).toEqual([]);
  });
});
