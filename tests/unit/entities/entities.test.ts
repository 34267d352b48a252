import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extractEntities } from '../../../src/engine/entities.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { readSeed } from '../quotes/seed-body.ts';

describe('extractEntities on the seed articles', () => {
  const xi = readSeed('000_74c523f694d52965.txt');
  const lam = readSeed('002_9206196dad91dbd5.txt');

  it('lists Xi Jinping once, in full, though the article mostly says "Xi"', () => {
    const { people } = extractEntities(xi.body, xi.title);
    expect(people.filter((p) => p.includes('Xi'))).toEqual(['Xi Jinping']);
    expect(people[0]).toBe('Xi Jinping');
  });

  it('strips titles: "General Secretary … To Lam" and "Vietnamese President Luong Cuong" are people by name', () => {
    const { people } = extractEntities(xi.body, xi.title);
    expect(people).toContain('To Lam');
    expect(people).toContain('Luong Cuong');
  });

  it('finds the party committees as organizations and the countries as places, demonyms excluded', () => {
    const { organizations, places } = extractEntities(xi.body, xi.title);
    expect(organizations).toContain('Communist Party of China Central Committee');
    expect(organizations).toContain('Communist Party of Vietnam Central Committee');
    expect([...places].sort()).toEqual(['China', 'Vietnam']);
    expect(places).not.toContain('Chinese');
  });

  it('merges "Lam" and "President To Lam" into To Lam, most mentioned first', () => {
    const { people, places } = extractEntities(lam.body, lam.title);
    expect(people).toEqual(['To Lam', 'Xi Jinping']);
    expect(places).toContain('Beijing');
    expect(places).toContain('Taiwan');
  });

  it('expands a parenthesized acronym: "CPC Central Committee" is the Communist Party of China\'s', () => {
    const { organizations } = extractEntities(lam.body, lam.title);
    expect(organizations).toContain('Communist Party of China Central Committee');
    expect(organizations).not.toContain('CPC Central Committee');
  });

  it('spells out the initials of bodies known by them everywhere: "UN Security Council", "the U.N. Security Council", "EU"', () => {
    const { organizations } = extractEntities('The UN Security Council met. Later the U.N. Security Council voted, and '
      + 'the United Nations Security Council adjourned. The EU objected, and so did the European Union.');
    expect(organizations).toEqual(['United Nations Security Council', 'European Union']);
  });

  it('leaves out a month a date ran into an organization\'s name: "the July NATO summit", "at St. Anselm College February 6"', () => {
    const { organizations } = extractEntities('Leaders met at the July NATO summit. The debate is at St. Anselm College '
      + 'February 6. The Sunday Times reported it.');
    expect(organizations).toEqual(['NATO', 'St. Anselm College', 'Sunday Times']);
    const feast = extractEntities('They saw the Rockefeller Center Christmas tree after the San Bernardino Christmas party.');
    expect([...feast.organizations, ...feast.places]).toEqual(['Rockefeller Center', 'San Bernardino']);
  });
});

describe('extractEntities heuristics', () => {
  it('does not make people of sentence-initial words or months and days', () => {
    const body = 'Meanwhile the talks went on. Officials met on Monday in March. Yesterday Tuesday was quiet. Analysts disagreed.';
    expect(extractEntities(body).people).toEqual([]);
  });

  it('keeps a sentence-initial surname when the article names the person in full elsewhere', () => {
    const body = 'Ministers welcomed Angela Merkel in Berlin. Merkel spoke for an hour.';
    const { people, places } = extractEntities(body);
    expect(people).toEqual(['Angela Merkel']);
    expect(places).toEqual(['Berlin']);
  });

  it('recognizes organizations by their last word and places by the gazetteer', () => {
    const body = 'A report by the Brookings Institution and Acme Holdings reached the Ministry of Finance in Nairobi, Kenya.';
    const { organizations, places } = extractEntities(body);
    expect(organizations).toEqual(['Brookings Institution', 'Acme Holdings', 'Ministry of Finance']);
    expect(places).toEqual(['Nairobi', 'Kenya']);
  });

  it('counts the title towards salience', () => {
    const body = 'Lena Fischer met Omar Haddad in Cairo. Haddad spoke first. Fischer replied.';
    expect(extractEntities(body).people).toEqual(['Lena Fischer', 'Omar Haddad']);
    expect(extractEntities(body, 'Haddad wins the vote').people).toEqual(['Omar Haddad', 'Lena Fischer']);
  });

  it('lists a name that opens a sentence when it speaks past its appositive: "Phyllis Lee, Scientific Director …, says"', () => {
    const body = 'The statement went on to point out two incidents: Alixandria Lapp, Scientific Director of the Amboseli Trust, says '
      + 'that it is unusual.';
    expect(extractEntities(body).people).toEqual(['Alixandria Lapp']);
    // (Not past a sentence's end: "Zenobia Fischer, a host in Cairo. Then, said the mayor, …".)
    expect(extractEntities('Zenobia Fischer, a host in Cairo. Then, said the mayor, it starts.').people).toEqual([]);
  });
});

describe('extractEntities and things named like people', () => {
  it('lists teams, shows and publishers as organizations, not people: "Chicago Bears", "Rachel Maddow Show"', () => {
    const body = 'Donald Trump praised the Chicago Bears on the Rachel Maddow Show, and Broadside Books published it.';
    const { people, organizations } = extractEntities(body);
    expect(people).toEqual(['Donald Trump']);
    expect(organizations).toEqual(['Chicago Bears', 'Rachel Maddow Show', 'Broadside Books']);
  });

  it('lists no person for a time, an event, a poll or a pact: "Eastern Standard Time", "Super Bowl", "Gallup Poll"', () => {
    const body = 'Polls close at 8 p.m. Eastern Standard Time, after the Super Bowl. Donald Trump cited a Gallup Poll on the '
      + 'Trans-Pacific Partnership and the Great Depression, in an interview with the Boston Globe.';
    const { people, organizations } = extractEntities(body);
    expect(people).toEqual(['Donald Trump']);
    expect(organizations).toContain('Boston Globe');
  });

  it('lists no person for a group named alone by a plural: "Democrats", "Americans", "Latinos", "Candidates"', () => {
    const body = 'Democrats said the vote was close. Americans want change, and Latinos said so.\n\nCandidates met Hillary '
      + 'Clinton in Iowa.';
    expect(extractEntities(body).people).toEqual(['Hillary Clinton']);
  });
});

describe('extractEntities and headlines', () => {
  it('takes no person or organization from a line written as a headline, where a name\'s end is a guess', () => {
    const body = 'Paul asked Marco Rubio how a trillion dollars is conservative.\n\nScott Olson via Getty Images.\n\n'
      + 'Related:\n\nRand Paul Scores Direct Hit On Donald Trump.\n\n'
      + 'The Daily Show Takes A Closer Look At The GOP Candidates So You Don’t Have To.';
    const { people, organizations } = extractEntities(body);
    // (The photo credit's photographer and agency are no one the story mentions.)
    expect(people).toEqual(['Marco Rubio']);
    expect(organizations).toEqual([]);
  });

  it('still counts the places a headline names, but not inside a title: "“Broad City” Star Asked …"', () => {
    const { people, places } = extractEntities('Bernie Sanders spoke in Iowa on Monday.\n\nRelated:\n\nA Storm Hits Florida'
      + '\n\n“Broad City” Star Asked Actors To Act');
    expect(places).toEqual(['Iowa', 'Florida']);
    expect(people).toEqual(['Bernie Sanders']);
  });
});

describe('extractEntities on arbitrary text', () => {
  const text = fc.array(fc.constantFrom('The', 'Monday', 'March', 'Anna', 'Berg', 'Party', 'said', 'in', 'Paris', '. ', ' ', ', ', '\n\n', 'Mr.', 'he'), { maxLength: 60 })
    .map((parts) => parts.join(' '));

  it('never lists a month, a day or a lone function word as a person, and lists each entity once', () => {
    fc.assert(fc.property(text, (body) => {
      const { people, organizations, places } = extractEntities(body);
      for (const p of people) expect(['Monday', 'March', 'The', 'he', 'Mr.']).not.toContain(p);
      for (const list of [people, organizations, places]) expect(new Set(list).size).toBe(list.length);
    }));
  });
});

describe('extractEntities and a lone word that speaks after "the"', () => {
  it('lists no person for a group or an outlet ("the Dons predicted", "the Hill reported"), an organization for an acronym', () => {
    const { people, organizations } = extractEntities('Ahead of the game the Dons predicted a win, the Hill reported. '
      + 'Later Brafman said no, and the S.E.C. said yes.');
    expect(people).toEqual(['Brafman']);
    expect(organizations).toEqual(['S.E.C.']);
  });
});

describe('extractEntities and names the lists now know', () => {
  it('reads "Reports" and "Gazeta" as ending an organization\'s name, and Columbus as a city', () => {
    const { people, organizations, places } = extractEntities('Consumer Reports and Rasmussen Reports agreed, as did '
      + 'the paper Novaya Gazeta. Keith Allen, 27, of Columbus pleaded not guilty.');
    expect(people).toEqual(['Keith Allen']);
    expect(organizations).toEqual(['Consumer Reports', 'Rasmussen Reports', 'Novaya Gazeta']);
    expect(places).toEqual(['Columbus']);
  });

  it('reads Palo Alto and a mansion as places, and a name before "channel" as the channel\'s', () => {
    const { people, organizations, places } = extractEntities('He flew to Palo Alto, then to Gracie Mansion, and went '
      + 'on the Sirius XM Patriot channel.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Sirius XM Patriot']);
    expect(places).toEqual(['Palo Alto', 'Gracie Mansion']);
  });

  it('reads streets, avenues and roads as places, after a given name too ("Cato, of Robert Street, Plumstead")', () => {
    const { people, places } = extractEntities('Daniel Cato, of Robert Street, Plumstead, was cleared. They met on Fifth '
      + 'Avenue and at Elland Road, near Downing Street.');
    expect(people).toEqual(['Daniel Cato']);
    expect(places).toEqual(['Robert Street', 'Plumstead', 'Fifth Avenue', 'Elland Road', 'Downing Street']);
  });

  it('reads a store or a brand as an organization and a place named "Place" as a place', () => {
    const { people, organizations, places } = extractEntities('The app left the App Store, and J Brand jeans sold out '
      + 'near Martin Place.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['App Store', 'J Brand']);
    expect(places).toEqual(['Martin Place']);
  });

  it('reads Sandy Hook as a place, so that a later "he" is never it', () => {
    const body = 'Sen. Chris Murphy spoke first. In that sense, Sandy Hook wasn\'t just a national tragedy, but a personal '
      + 'summons. "This was something different, in part because my son just graduated from first grade," he added.';
    expect(extractEntities(body).places).toEqual(['Sandy Hook']);
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Chris Murphy']);
  });
});

describe('extractEntities and things named after a person', () => {
  it('makes no person of a name that opens with the surname of someone named in full: "Trump Taj Mahal"', () => {
    const { people } = extractEntities('Donald Trump spoke. Donald Trump owned Trump Taj Mahal, and Scott Walker '
      + 'met Rick Scott.');
    expect(people).toEqual(['Donald Trump', 'Scott Walker', 'Rick Scott']);
  });
});

describe('extractEntities and titles in quotation marks', () => {
  it('makes no person of a quoted title\'s words, but keeps a host a title names: "Real Time with Bill Maher"', () => {
    const { people } = extractEntities('He sang "When Love Comes to Town" and starred in "Three Little Bops." He was '
      + 'on "Real Time with Bill Maher" twice.');
    expect(people).toEqual(['Bill Maher']);
    // (In single marks too, as British papers set them: "nicknamed 'Woooly Lamboth'".)
    expect(extractEntities('The lamb was Bruno, nicknamed \'Woooly Lamboth\', born in 2009.').people).toEqual([]);
  });

  it('makes no person of an animal\'s name: "the dog named Foxxy Cleopatra", "The Chihuahua named …"', () => {
    const body = 'In the video, the dog named Foxxy Cleopatra chases Jane Smith. The Chihuahua named Foxxy Cleopatra wins.';
    expect(extractEntities(body).people).toEqual(['Jane Smith']);
  });
});

describe('extractEntities and full names that open a sentence', () => {
  it('lists the full name of someone given an age, or called by their surname later: "Aliesha Peterson, 22,"', () => {
    expect(extractEntities('Aliesha Peterson, 22, detailed her routine. She is happy.').people).toEqual(['Aliesha Peterson']);
    const body = 'Gene Sperling, a longtime adviser, hired her. "It is good," Mr. Sperling said. Maybe Sperling knows.';
    expect(extractEntities(body).people).toEqual(['Gene Sperling']);
  });

  it('leaves out a first word the article writes in lowercase too: "Young Sanders voters came"', () => {
    const body = 'Young Sanders voters came. "We need young people," Mr. Sanders said.';
    expect(extractEntities(body).people).toEqual(['Sanders']);
  });
});

describe('extractEntities and plurals', () => {
  it('makes no person of words ending in a plural of people or things, but keeps a surname that is one: "David Laws"', () => {
    const { people } = extractEntities('Aid came from NGOs and Allied PoWs. Crew rest while Dreamliner Pilots sleep. '
      + 'He loves Butterfinger Peanut Butter Cups, and so does David Laws.');
    expect(people).toEqual(['David Laws']);
  });
});

describe('extractEntities and outlets that speak', () => {
  it('keeps an outlet the article named as one among organizations when it speaks: "Forbes magazine … Forbes says"', () => {
    const { people, organizations } = extractEntities('Forbes magazine started the list in 1982. Since then Forbes says it '
      + 'tracks more. Then Brafman said no.');
    expect(people).toEqual(['Brafman']);
    expect(organizations).toEqual(['Forbes']);
  });

  it('lists a word alone that reports as an outlet: "Vocativ reported that …"', () => {
    const { people, organizations } = extractEntities('The group is growing, and Vocativ reported that it had 46,000 '
      + 'likes. Then Brafman said no.');
    expect(people).toEqual(['Brafman']);
    expect(organizations).toEqual(['Vocativ']);
  });
});

describe('extractEntities and places named after people', () => {
  it('makes no person of a name that an airport or a camp is called by: "Istanbul\'s Sabiha Gokcen airport"', () => {
    const { people } = extractEntities('They were held at Istanbul\'s Sabiha Gokcen airport, then met Yasmin Ahmed of '
      + 'Hillary Clinton\'s camp.');
    expect(people).toEqual(['Yasmin Ahmed', 'Hillary Clinton']);
  });
});

describe('extractEntities and institutions named with a possessive', () => {
  it('keeps "King\'s College London" whole, but not a place\'s or an institution\'s possessive before one', () => {
    const { organizations } = extractEntities('He studied at King\'s College London, then at the National College for '
      + 'Teaching and Leadership. Britain\'s College of Policing agreed. Johns Hopkins University\'s School of Medicine agreed.');
    expect(organizations).toEqual(['King\'s College London', 'National College for Teaching and Leadership', 'College of Policing',
      'Johns Hopkins University', 'School of Medicine']);
  });
});

describe('extractEntities and photo credits', () => {
  it('lists no photographer or agency a photo credit names: "Neilson Barnard via Getty Images."', () => {
    const { people, organizations } = extractEntities('Peter Serafinowicz posted the clip.\n\nNeilson Barnard via Getty '
      + 'Images.\n\nHe spoke. Carlos Barria / Reuters.\nJohn Moore met Serafinowicz.');
    expect(people).toEqual(['Peter Serafinowicz', 'John Moore']);
    expect(organizations).toEqual([]);
  });
});
