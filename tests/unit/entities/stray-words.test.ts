import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';
import { keysOf, sameName } from '../../../src/engine/entities/name-keys.ts';
import { findNames } from '../../../src/engine/entities/names.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

describe('capitalized words that are nobody', () => {
  it('lists no person for a hashtag or a handle: "#Franceisstrong Mr. Trump" is Trump', () => {
    const body = 'Manuel Valls wrote: .@realDonaldTrump #FranceisstillFrance and #Franceisstrong Mr. Trump. '
      + 'Mr. Trump said nothing.';
    const { people } = extractEntities(body);
    expect(people).toContain('Trump');
    expect(people.some((p) => p.includes('#') || p.includes('Franceis'))).toBe(false);
  });

  it('still reads a body in capitals after "@" or "#": "the @NRA", "her #RNC speech"', () => {
    const body = 'It is time to stand up to the @NRA and pass laws. Ivanka Trump posted a look from her #RNC speech.';
    expect(extractEntities(body).organizations).toEqual(expect.arrayContaining(['NRA', 'RNC']));
  });

  it('lists no person for a work a role in it or its parts follow ("The Harry Potter author", "the Jack Reacher novels"), nor '
    + 'for a people or a group ("Granite Staters", "Puerto Ricans", "Gun Owners")', () => {
    const body = 'The Harry Potter author tweeted. Harry Potter star Emma Watson was cast, and Josh Brolin stars too. He '
      + 'blasted the Jack Reacher novels 48 hours before Granite Staters, Puerto Ricans, Wall Streeters and Gun Owners '
      + 'would be voting. The “Jane The Virgin” actress spoke.';
    expect(extractEntities(body).people).toEqual(['Emma Watson', 'Josh Brolin']);
  });

  it('lists no person for a slogan with a negation: "\' Don\'t Ask Don\'t Tell,\' which banned …"', () => {
    const body = 'As First Lady, she did not oppose her husband signing \' Don\'t Ask Don\'t Tell,\' which banned being '
      + 'openly gay in the military, said Mary Smith.';
    expect(extractEntities(body).people).toEqual(['Mary Smith']);
  });

  it('lists no person for a name made an adjective inside a sequence: "The Donald Trump-led Republican field"', () => {
    const body = 'The Donald Trump-led Republican field grew. The Hilary Clinton-run State Department agreed.';
    expect(extractEntities(body)).toMatchObject({ people: [], organizations: ['State Department'] });
  });

  it('lists no person for a preposition that opens a sentence before a name: "Outside Carrier\'s plant, workers …"', () => {
    const body = 'Outside Carrier\'s plant, workers waited. Inside Sully\'s bar, Mary Smith sat.';
    expect(findNames(body).map((m) => `${m.kind}:${m.text}`)).toEqual(['unknown:Carrier', 'unknown:Sully', 'person:Mary Smith']);
  });

  it('lists no person for a record or a car a name ends: "a new Michael Jackson LP", "a Range Rover"', () => {
    const body = 'The producer Quincy Jones was looking for songwriters for a new Michael Jackson LP. Ms Ziuzina sold '
      + 'her husband\'s Range Rover and his flat. He is a user of Lear Jets.';
    expect(extractEntities(body).people).toEqual(['Quincy Jones', 'Ziuzina']);
  });

  it('lists no person for a medal, an honour or a speech: "a replica Purple Heart", "President Obama Speech at …"', () => {
    const body = 'Trump accepted a replica Purple Heart. Ms. Khan wrote: "I am a Gold Star mother." The Purple Heart came '
      + 'from Louis Dorfman. A Gold Star family spoke. [Video: President Obama Speech at Black Caucus Foundation.]';
    expect(extractEntities(body).people).toEqual(['Khan', 'Louis Dorfman']);
  });

  it('reads the word after "degrees" as a temperature\'s scale, not a name a caption runs into', () => {
    const body = 'He spent two hours in waters of zero degrees Celsius Wrong move: he got stuck in mud. Rick Hughes said.';
    expect(extractEntities(body).people).toEqual(['Rick Hughes']);
  });

  it('lists no person for a word between an owner and a speech verb\'s noun: "her Islamophobic remarks"', () => {
    const body = 'Marine Le Pen has garnered attention for her Islamophobic remarks. Trump and his Homophobic remarks too.';
    expect(extractEntities(body).people).not.toEqual(expect.arrayContaining(['Islamophobic']));
    expect(extractEntities(body).people).not.toEqual(expect.arrayContaining(['Homophobic']));
    // A lone surname that speaks after no owner is still a person.
    expect(extractEntities('The case went on. “No,” Brafman said.').people).toEqual(['Brafman']);
  });

  it('lists no person for an abstract noun after a party\'s word: "a Republican Establishment effort"', () => {
    const body = 'Claudia Tenney beat a Republican Establishment effort. She met Republican Clement on Monday.';
    expect(extractEntities(body).people).toEqual(['Claudia Tenney', 'Clement']);
  });
});

describe('names of things that bear a person\'s name', () => {
  it('lists no person for what someone owns: "his Animal Farm", "his VW Transporter", "our Standard Operating Procedure"', () => {
    const body = 'George Orwell explained it in his Animal Farm. Andreas Werner turned his VW Transporter right. '
      + 'We are updating our Standard Operating Procedure.';
    expect(extractEntities(body).people).toEqual(['George Orwell', 'Andreas Werner']);
    // (A relative the name opens with is still someone: "her Aunt Mary Smith".)
    expect(extractEntities('She visited her Aunt Mary Smith in June.').people).toEqual(['Aunt Mary Smith']);
  });

  it('lists no person for a letter that hides one: "known in court as Mr X"', () => {
    expect(extractEntities('A friend of Rojo\'s, known in court as Mr X, spoke. Marcos Rojo was there.').people)
      .toEqual(['Marcos Rojo']);
  });

  it('lists no person for a breed: "Manny\'s nine-year-old Jack Russell terrier"', () => {
    expect(extractEntities('Pacman, Manny Pacquiao\'s nine-year-old Jack Russell terrier, travels with him.').people)
      .toEqual(['Manny Pacquiao']);
  });
});

describe('a Spanish name\'s first surname', () => {
  const body = 'Vice-President Alvaro Garcia Linera said the law reflects the country\'s needs. '
    + '"We have found a balance," said Mr Garcia. It was signed by Mr Garcia in the absence of President Evo Morales.';

  it('is the person named in full: "Mr Garcia" of "Alvaro Garcia Linera"', () => {
    expect(sameName(keysOf('Garcia'), keysOf('Alvaro Garcia Linera'))).toBe(true);
    expect(extractEntities(body).people).toEqual(['Alvaro Garcia Linera', 'Evo Morales']);
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Alvaro Garcia Linera']);
  });

  it('is not a middle word that is a given name, nor an initial: "Sarah Jessica Parker", "George W. Bush"', () => {
    expect(sameName(keysOf('Jessica'), keysOf('Sarah Jessica Parker'))).toBe(false);
    expect(sameName(keysOf('W'), keysOf('George W. Bush'))).toBe(false);
    expect(sameName(keysOf('Garcia'), keysOf('Luis Alvaro Garcia Linera'))).toBe(false);
  });
});

describe('given names that open a full name', () => {
  it('are that person: "Mary Pat" of "Mary Pat Christie" (but words that are no given names are not: "Red Hot")', () => {
    expect(sameName(keysOf('Mary Pat'), keysOf('Mary Pat Christie'))).toBe(true);
    expect(sameName(keysOf('Red Hot'), keysOf('Red Hot Chili Peppers'))).toBe(false);
    const body = 'Mary Pat Christie quit her job. The Christies were undecided about what Mary Pat should do.';
    expect(extractEntities(body).people).toEqual(['Mary Pat Christie']);
  });

  it('with a surname cut to its initial, are that person: "Alicia M" of "Alicia Machado" (not "Alicia Keys")', () => {
    expect(sameName(keysOf('Alicia M'), keysOf('Alicia Machado'))).toBe(true);
    expect(sameName(keysOf('Alicia M'), keysOf('Alicia Keys'))).toBe(false);
    const body = 'Trump attacked Alicia Machado. He wrote: "Did Hillary help disgusting Alicia M become a citizen?"';
    expect(extractEntities(body).people).toEqual(['Alicia Machado']);
  });
});

describe('a word before a full name that is no given name', () => {
  it('is left out of the name listed: "Iron Mike Tyson" and "Mike Tyson" are Mike Tyson, whichever comes first', () => {
    expect(extractEntities('He said Iron Mike Tyson fought. Mike Tyson won.').people).toEqual(['Mike Tyson']);
    expect(extractEntities('Mike Tyson fought. The fans of Iron Mike Tyson won.').people).toEqual(['Mike Tyson']);
    // (But not before a surname alone, nor a given name before a full name: "Abby Martin", "Mary Pat Christie".)
    expect(extractEntities('Another host, Abby Martin, spoke. Ms. Martin left.').people).toEqual(['Abby Martin']);
    expect(extractEntities('Pat Christie spoke. Mary Pat Christie left.').people).toEqual(['Mary Pat Christie']);
  });
});

describe('a month that is a given name too', () => {
  it('is a given name first of two words no date word stands before: "April Mellody, a spokeswoman", "\'Mama\' June Shannon"', () => {
    const body = 'April Mellody, a spokeswoman for the convention, said so. Reality star \'Mama\' June Shannon spoke. In August '
      + 'Trump met with Mark Esper. At a June Trump campaign event, Jill Smith spoke.';
    expect(extractEntities(body).people).toEqual(['April Mellody', 'June Shannon', 'Mark Esper', 'Jill Smith']);
    expect(extractQuotes('"We will keep everyone safe at the convention," said April Mellody, a spokeswoman.')[0]?.speaker)
      .toBe('April Mellody');
  });
});

describe('an epithet before a given name', () => {
  it('lists no one else for it: "Crooked Hillary", "Crazy Bernie" (but "Tamara Scott" beside "Scott Walker")', () => {
    const body = 'Donald Trump mocked Hillary Clinton and Bernie Sanders. "Crooked Hillary is weak and Crazy Bernie is '
      + 'done," Trump said. Tamara Scott, who backs Scott Walker, said so.';
    expect(extractEntities(body).people).toEqual(['Donald Trump', 'Hillary Clinton', 'Bernie Sanders', 'Tamara Scott',
      'Scott Walker']);
  });
});

describe('a family named by a plural', () => {
  it('lists no one for "both Clintons" beside "Bill Clinton"', () => {
    const body = 'Bill Clinton spoke. "We have a ton of work to do," said a longtime adviser to both Clintons. Tom Jones '
      + 'sang. "It was great," Clintons said.';
    expect(extractEntities(body).people).toEqual(['Bill Clinton', 'Tom Jones']);
  });
});

describe('runs of spaces a page left', () => {
  it('ends a name at two spaces before a function word, or before a given name a lowercase word follows', () => {
    const body = 'Speaking to the Herald Sun  Daniel said he was moved. Cheers, Ms. Yellen  The Federal Reserve chair, Janet '
      + 'Yellen, sat there. Queensland toddler Kyhesha-Lee  Joughin was locked in.';
    const { people, organizations } = extractEntities(body);
    expect(organizations).toEqual(['Herald Sun', 'Federal Reserve']);
    // (Two spaces inside a name are shown as one.)
    expect(people).toEqual(['Janet Yellen', 'Daniel', 'Kyhesha-Lee Joughin']);
  });

  it('shows a speaker\'s name and role with one space where the page had several', () => {
    const body = 'Lael Brainard, a Fed governor  since 2014, spoke.\n\n"We will wait and see what the data say," '
      + 'Kyhesha-Lee  Joughin said.';
    expect(extractQuotes(body).map((q) => [q.speaker, q.role])).toEqual([['Kyhesha-Lee Joughin', null]]);
    const role = extractQuotes('"We will wait and see what the data say," said Lael Brainard, a Fed governor  since 2014.')[0]?.role;
    expect(role).toBe('a Fed governor since 2014');
  });
});

describe('a body\'s word before a title and its holder', () => {
  it('is no body alone: "Council Speaker Melissa Mark-Viverito", "Police Commissioner Richard Ross"', () => {
    const body = 'Council Speaker Melissa Mark-Viverito marched. Police Commissioner Richard Ross and Party Chairman Reince '
      + 'Priebus spoke.';
    expect(extractEntities(body)).toMatchObject({ people: ['Melissa Mark-Viverito', 'Richard Ross', 'Reince Priebus'],
      organizations: [] });
  });

  it('but a body that its word names alone is: "House Speaker Paul Ryan", "BBC Director Tony Hall"', () => {
    const body = 'House Speaker Paul Ryan agreed, and BBC Director Tony Hall left.';
    expect(extractEntities(body)).toMatchObject({ people: ['Paul Ryan', 'Tony Hall'], organizations: ['House', 'BBC'] });
  });
});
