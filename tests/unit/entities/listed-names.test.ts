import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// A body whose name lists what it is for, with commas: "Department for Environment, Food and Rural Affairs".
describe('a body named by a list after its "for", "of" or "on"', () => {
  it('is one organization, commas and all: "the Department for Environment, Food and Rural Affairs"', () => {
    const body = 'The Department for Environment, Food and Rural Affairs found it. The Bureau of Alcohol, Tobacco, Firearms '
      + 'and Explosives acted. The Committee on Science, Space and Technology met.';
    expect(extractEntities(body).organizations).toEqual(['Department for Environment, Food and Rural Affairs',
      'Bureau of Alcohol, Tobacco, Firearms and Explosives', 'Committee on Science, Space and Technology']);
  });

  it('but a comma that no list of names goes on after ends it: "the Department for Work, and Labour spoke"', () => {
    const body = 'The Department for Work, and Labour spoke. The Department for Education, which Gove ran, and Labour agreed.';
    expect(extractEntities(body).organizations).toEqual(['Labour', 'Department for Work', 'Department for Education']);
  });
});
