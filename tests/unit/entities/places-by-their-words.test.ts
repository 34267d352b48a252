import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// Places the gazetteer knows or the words around a name show: a town before its state, a kind of place before it,
// a ground or a landmark by its own name.

describe('a name after the kind of place and "of"', () => {
  it('is a place, a given name too: "the rural Oklahoma city of Duncan"; but not after its people: "residents of Lucy"', () => {
    const body = 'He was shot in the rural Oklahoma city of Duncan. Residents of Lucy came.';
    expect(extractEntities(body).places).toEqual(['Oklahoma', 'Duncan']);
  });
});

describe('a name before a part of a country\'s noun', () => {
  it('is that part: "in Sirnak province", "the Oromia region"; but not a word that is no name: "One region voted"', () => {
    const body = 'Police died in Sirnak province. They fled the Oromia region. One region voted.';
    expect(extractEntities(body).places).toEqual(['Sirnak', 'Oromia']);
  });
});

describe('a name ending in a feature of the sea', () => {
  it('is a place: "the Scarborough Shoal", "Midway Atoll", "the Great Barrier Reef"', () => {
    const body = 'Beijing grabbed the Scarborough Shoal. Midway Atoll and the Great Barrier Reef are far.';
    expect(extractEntities(body)).toMatchObject({ people: [],
      places: ['Beijing', 'Scarborough Shoal', 'Midway Atoll', 'Great Barrier Reef'] });
  });
});

describe('a town of one word before its state or country', () => {
  it('is a place: "in Syracuse, New York on Monday", "in Chalmette, La.", "in Bydgoszcz, northern Poland,"', () => {
    const body = 'The plane landed in Syracuse, New York on Monday. He studied in Goldsboro, North Carolina. He lives in '
      + 'Chalmette, La. with his wife. The dog was in a shelter in Bydgoszcz, northern Poland, for a year.';
    expect(extractEntities(body).places).toEqual(['Syracuse', 'New York', 'Goldsboro', 'North Carolina', 'Chalmette',
      'Louisiana', 'Bydgoszcz', 'Poland']);
  });

  it('a given name too, alone: "in Charlotte, North Carolina", "of Madison, Alabama"; not a person\'s full name', () => {
    const body = 'He spoke in Charlotte, North Carolina, and met Donald Hartley of Madison, Alabama, who had confidence in '
      + 'Mike Pence, Indiana has said.';
    expect(extractEntities(body).places).toEqual(['Charlotte', 'North Carolina', 'Madison', 'Alabama', 'Indiana']);
  });

  it('and after "from", "to", "at", "of" or an article: "from Sumter, South Carolina", "a Hampstead, N.H., coffee shop"', () => {
    const body = 'A salesman from Sumter, South Carolina, voted outside a Hampstead, New Hampshire, coffee shop. Jane Roe, the '
      + 'mayor of Oakland, California, moved to Tucson, Arizona.';
    expect(extractEntities(body).places).toEqual(['Sumter', 'South Carolina', 'Hampstead', 'New Hampshire', 'Oakland',
      'California', 'Tucson', 'Arizona']);
  });

  it('and before a part of a region, a dash or "and": "of Newham, east London", "in Rayne, Essex - where"', () => {
    const body = 'Ms Rose, of Newham, east London, denies it. They lived in Rayne, Essex - where money was spent. Police '
      + 'raided a house in Wittmann, Arizona and found dogs. Born in Cleethorpes, North East Lincolnshire, he trained.';
    expect(extractEntities(body).places).toEqual(['Newham', 'London', 'Rayne', 'Essex', 'Wittmann', 'Arizona',
      'Cleethorpes', 'North East Lincolnshire']);
  });

  it('but not a name at the head of a clause, nor one before a word no gazetteer knows', () => {
    const body = 'Confidence in Pence, Indiana has. Faith in Farage, Brexit, and the rest held. He spoke in Farage, Mr. Smith said.';
    expect(extractEntities(body).places).toEqual(['Indiana']);
  });
});

describe('towns and cities the gazetteer holds beyond the largest', () => {
  it('are places: "north of Brisbane", "Metropolitan Police in Bromley", "a Reno casino"', () => {
    const body = 'She lived north of Brisbane. Metropolitan Police in Bromley said so. He guarded a Reno casino.';
    expect(extractEntities(body).places).toEqual(['Brisbane', 'Bromley', 'Reno']);
  });

  it('and so are Flint, Buffalo, the Hamptons and Germany\'s states, but not "the Bern" of "feel the Bern"', () => {
    const body = 'The crisis in Flint spread to Buffalo and the Hamptons, then to Saxony-Anhalt. Feel the Bern, they said.';
    expect(extractEntities(body).places).toEqual(['Flint', 'Buffalo', 'Hamptons', 'Saxony-Anhalt']);
  });

  it('and so are the world\'s capitals and the cities its news names: "in Sevastopol", "Khartoum", "Abkhazia"', () => {
    const body = 'In Sevastopol, the fleet waited. Talks moved from Khartoum to Bucharest. Abkhazia and South Ossetia broke away.';
    expect(extractEntities(body).places).toEqual(['Sevastopol', 'Khartoum', 'Bucharest', 'Abkhazia', 'South Ossetia']);
    expect(extractEntities('He was held at Guantanamo for years.').places).toEqual(['Guantanamo']);
  });

  it('and America\'s state capitals and cities: "the mayor of Burlington, Vt.", "operatives in Fargo"', () => {
    const body = 'He was the mayor of Burlington, Vt., in the 1980s. Operatives in Fargo and Tallahassee waited.';
    expect(extractEntities(body).places).toEqual(['Burlington', 'Vermont', 'Fargo', 'Tallahassee']);
  });

  it('and Britain\'s towns and counties, and Europe\'s smaller capitals: "from Oldham", "in Bedfordshire", "in Podgorica"', () => {
    const body = 'The man from Oldham still lives in Bedfordshire. Ministers met in Podgorica. Council chiefs in Gwynedd and Powys '
      + 'wrote to Anglesey.';
    expect(extractEntities(body).places).toEqual(['Oldham', 'Bedfordshire', 'Podgorica', 'Gwynedd', 'Powys', 'Anglesey']);
  });
});

describe('a ground or a landmark named without a place\'s noun', () => {
  it('is a place: "at Old Trafford", "an Ewood Park replay", "at Westminster Abbey", "at Wembley"', () => {
    const body = 'They lost at Old Trafford and drew in an Ewood Park replay. A service was held at Westminster Abbey. The '
      + 'final is at Wembley.';
    expect(extractEntities(body).places).toEqual(['Old Trafford', 'Ewood Park', 'Westminster Abbey', 'Wembley']);
  });

  it('and so is a racecourse, a course or an airport: "the Grand National at Aintree", "flew from Gatwick"', () => {
    const body = 'He won the Grand National at Aintree after a win at Newbury. Three girls flew from Gatwick to Turkey.';
    expect(extractEntities(body).places).toEqual(['Aintree', 'Newbury', 'Gatwick', 'Turkey']);
  });

  it('and a place whose name has a hyphen is no modifier: "the Mar-a-Lago resort", but "a Chicago-based firm" names Chicago', () => {
    const body = 'They met at the Mar-a-Lago resort in Florida. A Chicago-based firm paid.';
    expect(extractEntities(body).places).toEqual(['Mar-a-Lago', 'Florida', 'Chicago']);
  });

  it('and a park or a bridge is a place too, but "Wayne Bridge" and "Grace Park" are people', () => {
    const body = 'Crowds filled Washington Square Park and Hyde Park. The George Washington Bridge was shut. Wayne Bridge '
      + 'and Grace Park watched.';
    const { people, places } = extractEntities(body);
    expect(places).toEqual(['Washington Square Park', 'Hyde Park', 'George Washington Bridge']);
    expect(people).toEqual(['Wayne Bridge', 'Grace Park']);
  });

  it('and one named for whose possessive opens it: "St James\'s Palace", "St James\' Park", "Regent\'s Park"', () => {
    const body = 'They met at St James’s Palace. Fans at St James\' Park cheered. He jogged in Regent\'s Park. Trump\'s Park '
      + 'Avenue tower rose. Vermont Sen. Bernie Sanders’ College for All Act failed.';
    const { places, people } = extractEntities(body);
    expect(places).toEqual(['St James’s Palace', 'St James\' Park', 'Regent\'s Park', 'Park Avenue', 'Vermont']);
    expect(people).toEqual(['Bernie Sanders']);
  });
});

describe('the United States', () => {
  it('is one place under its names: "the United States of America", "the U.S.", "America"', () => {
    const body = 'He is the next President of the United States of America. The U.S. is great. Make America great again.';
    expect(extractEntities(body).places).toEqual(['United States']);
  });

  it('is "America" where the story calls it nothing else, and never "South America"', () => {
    expect(extractEntities('Make America great again, he said, in South America.').places).toEqual(['America', 'South America']);
  });
});

describe('a country with a name of its own', () => {
  it('is one place under its names: "Britain", "Great Britain"; "North Korea" and its official name', () => {
    expect(extractEntities('Britain voted to leave. Great Britain left.').places).toEqual(['Great Britain']);
    expect(extractEntities('North Korea tested it. The Democratic People\'s Republic of Korea said so. A Korea scholar '
      + 'agreed.')).toMatchObject({ organizations: [], places: ['Democratic People\'s Republic of Korea', 'Korea'] });
  });
});

describe('a place run into where a body is based or someone was born', () => {
  it('is named: "Chicago-based AbbVie", "Los Angeles-based Hulu", "a Cuba-born singer"', () => {
    const body = 'Chicago-based AbbVie and Los Angeles-based Hulu met a Cuba-born singer.';
    expect(extractEntities(body)).toMatchObject({ places: ['Chicago', 'Los Angeles', 'Cuba'],
      organizations: ['AbbVie', 'Hulu'], people: [] });
  });

  it('but a word no gazetteer knows is not: "a Goldman-based fund", "a Trump-backed plan"', () => {
    expect(extractEntities('A Trump-backed plan met a Goldman-based fund.').places).toEqual([]);
  });
});

describe('a place before the kind of outlet', () => {
  it('is the outlet after a preposition or "told": "in New York magazine"; but the place after an article or before a name',
    () => {
      const body = 'Chait wrote in New York magazine. A widely read Washington newspaper agreed, as did the Boston newspaper '
        + 'and, in Chicago newspaper Hoy, a column.';
      expect(extractEntities(body)).toMatchObject({ organizations: ['New York', 'Hoy'], places: ['Washington', 'Boston',
        'Chicago'] });
    });
});

describe('a place before a party\'s word', () => {
  it('is the place, the word naming no one: "the Indiana Republican primary", "an Orlando Democrat"', () => {
    const body = 'Trump won the Indiana Republican primary. Grayson, an Orlando Democrat, spoke to The Hollywood Reporter.';
    expect(extractEntities(body).places).toEqual(['Indiana', 'Orlando']);
  });
});
