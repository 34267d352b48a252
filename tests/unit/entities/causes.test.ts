import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// Bodies named for a cause or for whom they stand.
describe('people for a cause', () => {
  it('name a body: "Americans for Prosperity", "Concerned Veterans for America", "Muslim Americans for Trump"', () => {
    const body = 'The Koch-backed advocacy group Americans for Prosperity ran an ad. Meanwhile, the Koch-backed Concerned '
      + 'Veterans for America has taken the lead. Sajid Tarar started Muslim Americans for Trump.';
    const { organizations, places, people } = extractEntities(body);
    expect(organizations).toEqual(['Americans for Prosperity', 'Concerned Veterans for America', 'Muslim Americans for Trump']);
    expect(places).toEqual([]);
    expect(people).toEqual(['Sajid Tarar']);
  });

  it('and people of America name one too, with no place in it: "Communications Workers of America"', () => {
    const body = 'Larry Cohen, a former president of the Communications Workers of America, endorsed him.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Communications Workers of America'], places: [] });
  });

  it('but not people of a place in running text, nor other people before "for"', () => {
    const body = 'Americans of Cuban descent voted in Miami. Fans for Liverpool sang. He is one of the Workers of Europe.';
    const { organizations } = extractEntities(body);
    expect(organizations).toEqual([]);
  });
});
