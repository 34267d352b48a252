import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// A name that opens a sentence proves nothing by its capitals; what follows it may show it is a person's.
describe('a name opening a sentence', () => {
  it('is a person when an age written out follows it: "Shi Hairu, a 52-year-old trader"', () => {
    const body = 'Rules changed. Shi Hairu, a 52-year-old trader from Shanghai, sells gloves.';
    expect(extractEntities(body).people).toEqual(['Shi Hairu']);
  });

  it('or when it speaks past an appositive with a place\'s comma, or past a hometown and its state', () => {
    const body = 'Voters came. Dean Johnson, a salesman from Sumter, South Carolina, says he voted. Stacy Baker of Columbia, '
      + 'South Carolina says she agreed.';
    expect(extractEntities(body).people).toEqual(['Dean Johnson', 'Stacy Baker']);
  });

  it('or when a player\'s position and club follow it, as in a squad list: "In: Oumar Diaby, forward (Levski Sofia)"', () => {
    const body = 'Celtic\nIn: Oumar Diaby, forward (Levski Sofia)\nLoan: Riku Riski, forward (Rosenborg)';
    expect(extractEntities(body)).toMatchObject({ people: ['Oumar Diaby', 'Riku Riski'],
      organizations: ['Levski Sofia', 'Rosenborg'] });
  });

  it('or when "and" joins it to a person\'s full name: "Jordi Gomez and Remy Cabella do battle"', () => {
    const body = 'It was a derby. Jordi Gomez and Remy Cabella do battle on the pitch.';
    expect(extractEntities(body).people).toEqual(['Jordi Gomez', 'Remy Cabella']);
  });

  it('or when a job opens it: "Moderator Hugh Hewitt also confronted the candidates"', () => {
    expect(extractEntities('He spoke. Moderator Hugh Hewitt also confronted the candidates.').people).toEqual(['Hugh Hewitt']);
  });

  it('but not a title whose office is "of" something, before the holder: "Supervisor of Elections Susan Bucher said"', () => {
    const body = 'Voters came. Palm Beach County Supervisor of Elections Susan Bucher said so.';
    expect(extractEntities(body).people).not.toContain('Palm Beach County Supervisor');
  });
});

describe('a word that opens a sentence as a preposition would', () => {
  it('is no part of the name after it: "Given Obama\'s strong job approval rating"', () => {
    const body = 'President Obama spoke. Given Obama\'s strong job approval rating, she should embrace him. It fell to Shay Given.';
    expect(extractEntities(body).people).toEqual(['Obama', 'Shay Given']);
  });

  it('nor is a verb in -ing before a place: "Addressing New York State Republican Party’s gala"; but "Working Families"', () => {
    const body = 'He came. Addressing New York State Republican Party’s gala, he spoke. Working Families Party backed her.';
    expect(extractEntities(body).organizations).toEqual(['New York State Republican Party', 'Working Families Party']);
  });

  it('and so inside a quotation opened with two marks: "he added, \'\'Once Fox made it an issue, …"', () => {
    const body = 'Mr. Conant added, \'\'Once Fox made it an issue, then Congress did.\'\' Fox News aired it.';
    expect(extractEntities(body).organizations).toEqual(['Congress', 'Fox News']);
  });

  it('so that a sentence\'s first words are no person whose last the article writes in lowercase: "\'\'Big Coal vs. …"', () => {
    const body = 'It is not \'\'Big Coal vs. wind.\'\' Coal use grows, and coal plants close. Shay Given saved it; the '
      + 'ball was given to Given.';
    expect(extractEntities(body).people).toEqual(['Shay Given']);
  });

  it('and so with a caption run into the sentence before: "Scroll down for video Ditching Wall Street: …"', () => {
    expect(extractEntities('Scroll down for video Ditching Wall Street: Mary Pat Christie has quit.').places).toEqual(['Wall Street']);
  });
});

describe('a firm named like a person', () => {
  it('is a firm: "Royal Dutch Shell", "J.C. Penney"', () => {
    const body = 'It agreed a sale to Royal Dutch Shell. Mr. Ackman\'s battle with J.C. Penney went on.';
    expect(extractEntities(body).organizations).toEqual(['Royal Dutch Shell', 'J.C. Penney']);
  });
});

describe('a couple named by two given names and one surname', () => {
  it('names both: "Robert and Patricia Cogdell", "brothers John and Brian Meza"', () => {
    const body = 'He killed Robert and Patricia Cogdell. Not far away, brothers John and Brian Meza were talking.';
    expect(extractEntities(body).people).toEqual(['Robert Cogdell', 'Patricia Cogdell', 'John Meza', 'Brian Meza']);
  });

  it('names both where an initial follows each given name: "Charles G. and David H. Koch", and "Bill and Melinda Gates"', () => {
    const body = 'It is led by Charles G. and David H. Koch. The fund of Bill and Melinda Gates gave.';
    expect(extractEntities(body).people).toEqual(['Charles G. Koch', 'David H. Koch', 'Bill Gates', 'Melinda Gates']);
  });

  it('but not where the first name stands for someone the article names in full: "Hillary and Huma Abedin"', () => {
    const body = 'Hillary Clinton spoke. Hillary and Huma Abedin left. Rand Paul and Carly Fiorina met. Mr Smith and Mary Jones met.';
    expect(extractEntities(body).people).toEqual(['Hillary Clinton', 'Huma Abedin', 'Rand Paul', 'Carly Fiorina', 'Smith',
      'Mary Jones']);
  });
});

describe('a lone word an age follows', () => {
  it('is a person known by surname: "Former Dons midfielder Sheerin, 39,"; but no month: "born Sept, 26, 2014"', () => {
    const body = 'Former Dons midfielder Sheerin, 39, has been manager since 2010. She was born Sept, 26, 2014.';
    expect(extractEntities(body).people).toEqual(['Sheerin']);
  });
});

describe('a place\'s word that is the surname of someone named in full', () => {
  it('is that person: "Rep. Jim Jordan … . “…,” Jordan said", "Washington, star of Scandal,"', () => {
    const body = 'Rep. Jim Jordan spoke. “They got a deal,” Jordan said. Kerry Washington came. Washington, star of the show, '
      + 'thanked him.';
    expect(extractEntities(body).places).toEqual([]);
  });

  it('but a place\'s preposition brings the place in: "Jeremy Paris moved here from Paris"', () => {
    const body = 'Jeremy Paris spoke. He moved here from Paris.';
    expect(extractEntities(body).places).toEqual(['Paris']);
  });
});

describe('a surname alone after a speech verb', () => {
  it('is a person when the quotes find them speaking: "“…,” said Johnson"', () => {
    const body = 'The US Open champion fell on the stairs. "It sucks really bad," said Johnson. Johnson was a popular pick.';
    expect(extractEntities(body, undefined, new Set(['Johnson'])).people).toEqual(['Johnson']);
  });

  it('but not an outlet that reports, nor a name no quote is given to: "as Bloomberg reported", "according to HuffPo"', () => {
    const body = 'It came as Bloomberg reported it. "It is over," said Bloomberg. Then came, said Johnson, the rest.';
    expect(extractEntities(body, undefined, new Set(['Bloomberg']))).toMatchObject({ people: [], organizations: ['Bloomberg'] });
    // (Nor one that speaks other than after a speech verb: "according to HuffPo: “…”".)
    expect(extractEntities('It was, according to HuffPo: "It is over."', undefined, new Set(['HuffPo'])).people).toEqual([]);
  });
});
