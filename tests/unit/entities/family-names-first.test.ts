import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

describe('a family name written first, that a title gives alone elsewhere', () => {
  const body = 'It takes eight hours to get the kite airborne. Wang Dongming, one of the three kite flyers, said special '
    + 'string was used. Mr Wang said: "Big kites need this string to stay up in the wind."';

  it('lists the full name that opens a sentence, with the titled one joined to it: "Wang Dongming" and "Mr Wang"', () => {
    expect(extractEntities(body).people).toEqual(['Wang Dongming']);
  });

  it('gives the titled one\'s quote to the full name', () => {
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Wang Dongming']);
  });
});

describe('given names the lists know', () => {
  it('make a full name that opens a sentence a person: "Sheldon Adelson", "Monica Lewinsky", "Tad Devine"', () => {
    expect(extractEntities('Sheldon Adelson funded the group. Monica Lewinsky wrote a book. Tad Devine ran the ads.')
      .people).toEqual(['Sheldon Adelson', 'Monica Lewinsky', 'Tad Devine']);
    expect(extractEntities('Kelsey Atkinson was identified as the protester. Phyllis Schlafly backed him. Johnnie Wilson '
      + 'agreed. Nelson Peltz invested. Lorna Fillingham started a petition.').people)
      .toEqual(['Kelsey Atkinson', 'Phyllis Schlafly', 'Johnnie Wilson', 'Nelson Peltz', 'Lorna Fillingham']);
  });
});

describe('a given name a kinship word introduces', () => {
  it('is a person: "his Israeli-born wife, Miriam", "her son David"; a fuller name joins it', () => {
    const body = 'Adelson and his Israeli-born wife, Miriam, gave money. She was woken by her son David at dawn. His wife, '
      + 'Melania, agreed, and Melania Trump spoke.';
    expect(extractEntities(body).people).toEqual(['Melania Trump', 'Miriam', 'David']);
  });

  it('and so are two, after a named owner or two words: "Ted Cruz\'s wife, Heidi", "her two sons Michael and Sam"', () => {
    const body = 'Ted Cruz\'s wife, Heidi, spoke. Her two sons Michael and Sam came. His parents, Sarah and John, stayed.';
    expect(extractEntities(body).people).toEqual(['Ted Cruz', 'Heidi', 'Michael', 'Sam', 'Sarah', 'John']);
  });

  it('but not a word no given name, nor a given name without the kinship word', () => {
    expect(extractEntities('She met his wife, Zorblat, and her friend Quixby. Then Miriam came.').people).toEqual([]);
  });
});
