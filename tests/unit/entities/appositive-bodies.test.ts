import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

describe('a name set off by commas right after the kind of body it is', () => {
  it('is the body: "an outside company, Terminix, for …", "a conservative advocacy group, Judicial Watch."', () => {
    const body = 'The resort licensed an outside company, Terminix, for pest control. The emails went to a conservative '
      + 'advocacy group, Judicial Watch.';
    expect(extractEntities(body)).toMatchObject({ people: [], organizations: ['Terminix', 'Judicial Watch'] });
  });

  it('but not a name that the comma does not close off, nor one after a kind in capitals', () => {
    const body = 'Staff at the company, Jane Fowler said on Monday, were told. He joined the Company, Mark Hill.';
    expect(extractEntities(body).organizations).toEqual([]);
  });
});
