import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// American style follows a town with its state's abbreviation: the state is a place the story names.
describe('a state\'s abbreviation after a town', () => {
  it('names the state: "the mayor of Burlington, Vt.,", "a Salem, N.H., resident", "from Ava, Mo.,"', () => {
    const body = 'He was the mayor of Burlington, Vt., in the 1980s. A Salem, N.H., resident spoke. Paul Porter, a truck '
      + 'driver from Ava, Mo., agreed.';
    expect(extractEntities(body).places).toEqual(['Burlington', 'Vermont', 'Salem', 'New Hampshire', 'Ava', 'Missouri']);
  });

  it('but only with its period: "in Madrid, Del Bosque said", "in Paris, Miss Jones sang"', () => {
    const body = 'In Madrid, Del Bosque said so. In Paris, Miss Jones sang.';
    expect(extractEntities(body).places).toEqual(['Madrid', 'Paris']);
  });
});
