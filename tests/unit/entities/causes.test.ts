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

describe('a campaign\'s slogan', () => {
  it('names no person: "the Coalition to Stop Trump", "a committed Stop Trump movement", "one PAC called Stop Hillary"', () => {
    const body = 'Thomas Burke leads the Coalition to Stop Trump. The other is a committed Stop Trump movement. One PAC '
      + 'called Stop Hillary paid for mail.';
    expect(extractEntities(body).people).toEqual(['Thomas Burke']);
  });
});

describe('an agency whose name an "and" joins', () => {
  it('is whole past a compound that describes it: "the tax-writing Ways and Means Committee"', () => {
    const body = 'Patrick Tiberi is a senior member of the tax-writing Ways and Means Committee.';
    expect(extractEntities(body).organizations).toEqual(['Ways and Means Committee']);
  });
});

describe('unions', () => {
  it('are bodies, by one word or by their workers: "AFL-CIO", "Teamsters", "United Steelworkers", "Brotherhood of …"', () => {
    const body = 'The AFL-CIO political committee met. Two unions, the United Steelworkers and the International Brotherhood '
      + 'of Electrical Workers, waited. The Teamsters remain on the sidelines. The Islamist Muslim Brotherhood did not.';
    expect(extractEntities(body).organizations).toEqual(['AFL-CIO', 'United Steelworkers',
      'International Brotherhood of Electrical Workers', 'Teamsters', 'Muslim Brotherhood']);
  });

  it('but workers of a firm are no union: "Then Amazon Workers protested"', () => {
    expect(extractEntities('Then Amazon Workers protested outside.').organizations).toEqual([]);
  });
});

describe('a cause\'s verb, "the" and what it is for', () => {
  it('names a body: "Correct the Record", "Rock the Vote", "Keep the Promise PAC"', () => {
    const body = 'Brock founded Correct the Record, a super PAC. A poll by Rock the Vote found it. He is president of Keep the '
      + 'Promise PAC, a pro-Cruz group.';
    expect(extractEntities(body).organizations).toEqual(['Correct the Record', 'Rock the Vote', 'Keep the Promise PAC']);
  });

  it('but not a verb that opens a sentence, nor the thing a body\'s name opens', () => {
    const body = '"Keep the B.C. carbon tax in place," it said. The new Rock the Vote Poll of young voters came out.';
    expect(extractEntities(body).organizations).toEqual([]);
  });
});

describe('a body a kind of body is called', () => {
  it('is that body, a given name in it or not: "a firm called Cambridge Analytica", "a group called Sandy Hook Promise"', () => {
    const body = 'A firm called Cambridge Analytica helped. He started a group called Sandy Hook Promise. It grew.';
    expect(extractEntities(body)).toMatchObject({ people: [], organizations: ['Cambridge Analytica', 'Sandy Hook Promise'] });
  });

  it('but not the object of the verb "called" after "the": "the group called Jeremy Corbyn a liar"', () => {
    expect(extractEntities('Then the group called Jeremy Corbyn a liar.').organizations).toEqual([]);
  });
});
