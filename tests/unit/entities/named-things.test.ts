import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

describe('extractEntities and words that only qualify an office', () => {
  it('makes no title of "U.S.", "National" or "Executive" alone: the soccer team\'s "Men" and "Executive Orders" are nobody', () => {
    const { people } = extractEntities('These would be great results if Rubio were the U.S. Men’s National Soccer Team. '
      + 'He is set to release a series of Executive Orders meant to put a dent in the industry. Marco Rubio lost.');
    expect(people).toEqual(['Marco Rubio']);
  });

  it('still strips a qualified title before a name and reads "of" after one: "Eastern District of New York"', () => {
    const { people, places } = extractEntities('National Security Adviser Susan Rice spoke. She once worked in the '
      + 'Eastern District of New York, in part because of the cases.');
    expect(people).toEqual(['Susan Rice']);
    expect(places).toEqual(['New York']);
  });
});

describe('extractEntities and names known by their last word', () => {
  it('lists a front as an organization, a refuge as a place and a course in development as nobody', () => {
    const { people, organizations, places } = extractEntities('He led the Oromo Liberation Front for years. He '
      + 'taught African Economic Development at the New School for Social Research. Then came the armed takeover '
      + 'of the Malheur National Wildlife Refuge.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Oromo Liberation Front', 'New School for Social Research']);
    expect(places).toEqual(['Malheur National Wildlife Refuge']);
  });
});

describe('extractEntities and things named like people', () => {
  it('makes no person of a work a list of works gives as an example: "shows like Empire, Luke Cage and …"', () => {
    expect(extractEntities('It is thanks to shows like Empire, Luke Cage and Transparent. Luke Perry agreed.').people)
      .toEqual(['Luke Perry']);
  });

  it('lists a company known by one word as an organization, even when it speaks: "Microsoft said"', () => {
    const { people, organizations } = extractEntities('The deal was done, Microsoft said on Monday. Later Boeing and '
      + 'Harmony Enterprises agreed.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Microsoft', 'Boeing', 'Harmony Enterprises']);
  });

  it('lists circles, harbors, canals and forests as places, and plazas, policies, grants and "-style" words as nobody', () => {
    const { people, places } = extractEntities('They met near Dupont Circle, far from Pearl Harbor. He owned Trump '
      + 'Plaza and wrote on Federal Economic Policy and Pell Grants. It was an Occupy Wall Street-style protest. '
      + 'Whatever Happened was a film.');
    expect(people).toEqual([]);
    expect(places).toEqual(['Dupont Circle', 'Pearl Harbor']);
    const more = extractEntities('Al Jazeera filmed the Grand Canal and Waltham Forest. "This could be Anywhere U.S.A.," '
      + 'she said, near Caesars Palace, of Star Wars.');
    expect(more.people).toEqual([]);
    expect(more.places).toEqual(['Grand Canal', 'Waltham Forest', 'Caesars Palace']);
    const linked = extractEntities('An Islamic State-linked group and a United States-controlled base were hit.');
    expect([...linked.people, ...linked.organizations]).toEqual([]);
  });

  it('lists no person for a plural of people a name ends in: "the Democratic Women’s Club", "Baby Boomers"', () => {
    const { people, organizations } = extractEntities('She is vice president of the Democratic Women’s Club of '
      + 'Florida. Baby Boomers and Millennials agree, said Dow Chemical, a Nobel Prize-winning firm.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Democratic Women’s Club of Florida', 'Dow Chemical']);
    expect(extractEntities('It angered the handful of Democratic Members of Congress who vote pro-life, and GOP '
      + 'Lawmakers too.').people).toEqual([]);
  });

  it('reads a possessive plural of people inside a name, and no other possessive: "People\'s Liberation Army"', () => {
    const { organizations, places } = extractEntities('The People\'s Liberation Army moved. Clinton\'s State '
      + 'Department objected, and so did the Republic of Ireland.');
    expect(organizations).toEqual(['People\'s Liberation Army', 'State Department']);
    expect(places).toEqual(['Republic of Ireland']);
  });
});

describe('extractEntities and how a name is written', () => {
  it('lists two places or two people a hyphen joins for themselves, but keeps a double surname whole', () => {
    const { people, places } = extractEntities('Fares on the Los Angeles-San Francisco route rose. She saw the Muhammad '
      + 'Ali-Joe Frazier fight. Mary Smith-Jones spoke.');
    expect([people, places]).toEqual([['Muhammad Ali', 'Joe Frazier', 'Mary Smith-Jones'], ['Los Angeles', 'San Francisco']]);
  });

  it('lists two bodies a hyphen joins for themselves, but keeps one body\'s initials and a place before a body whole', () => {
    const body = 'A Washington Post-ABC News poll and an NBC-Wall Street Journal poll agreed. The AFL-CIO and '
      + 'Chicago-Kent College of Law did not.';
    expect(extractEntities(body).organizations).toEqual(['Washington Post', 'ABC News', 'NBC', 'Wall Street Journal',
      'AFL-CIO', 'Chicago-Kent College of Law']);
  });

  it('lists a dateline\'s shouted place as running text writes it, once: "WASHINGTON —" is Washington', () => {
    const { places } = extractEntities('WASHINGTON — The senator spoke. Later in Washington he met donors.\n\n'
      + 'CLEVELAND — The U.S. agreed.');
    expect(places).toEqual(['Washington', 'Cleveland', 'United States']);
  });

  it('names in full a person whose full name only opens a sentence: "Dave Camp, a broadly respected …" is "Mr. Camp"', () => {
    const { people } = extractEntities('The first grim sign came in 2014. Dave Camp, a broadly respected Republican, '
      + 'proposed an overhaul. Jettisoning the limits that constrained Mr. Camp, they cut rates.');
    expect(people).toEqual(['Dave Camp']);
  });

  it('makes no name of words a page\'s buttons ran together: "Zach CarterFlagShareLikeReplyPaige Lavender"', () => {
    const { people } = extractEntities('Comments by Zach CarterFlagShareLikeReplyPaige Lavender 3 minutes ago. '
      + 'Paige Lavender said so.');
    expect(people).toEqual(['Paige Lavender']);
  });

  it('joins a surname to a full name with a generation: "Hurt" is "Harry Hurt III"; a "Sr." is the father, not the son', () => {
    const { people } = extractEntities('Harry Hurt III had hoped to republish his book, but Hurt said no. Rep. Duncan '
      + 'Hunter spoke; his father, Duncan Hunter Sr., did not.');
    expect(people).toEqual(['Harry Hurt III', 'Duncan Hunter', 'Duncan Hunter Sr.']);
  });

  it('ends a place at its state: "at Bedminster, N.J. Roger Ailes, the former chairman, also met"', () => {
    const { people } = extractEntities('The moves were made at his golf club at Bedminster, N.J. Roger Ailes, the former '
      + 'chairman of Fox News, also met with Secretary-General Ban Ki-moon.');
    expect(people).toEqual(['Roger Ailes', 'Ban Ki-moon']);
  });
});

describe('extractEntities and heads of places that are also surnames', () => {
  it('makes a person of a known given name and "Bay" or "Hills", but keeps the places they name', () => {
    const { people, places } = extractEntities('The movie by famed director Michael Bay opens this week in Beverly '
      + 'Hills. Sue Hills said she would fly to Montego Bay.');
    expect(people).toEqual(['Michael Bay', 'Sue Hills']);
    expect(places).toEqual(['Beverly Hills', 'Montego Bay']);
  });
});

describe('extractEntities and words in capitals', () => {
  it('makes no person of an acronym, and an organization of one that speaks: "FEC reports show", "TARP II"', () => {
    const { people, organizations } = extractEntities('But FEC reports show that a quartet of groups has money. It '
      + 'is misleading to imply that TARP II was an auto bailout bill, Jane Roe said.');
    expect(people).toEqual(['Jane Roe']);
    expect(organizations).toEqual(['FEC']);
  });

  it('keeps an acronym after an organization word with the organization: "Navy SEALS Tyrone Woods"', () => {
    const { people, organizations } = extractEntities('The attack killed former Navy SEALS Tyrone Woods and Glen Doherty.');
    expect(people).toEqual(['Tyrone Woods', 'Glen Doherty']);
    expect(organizations).toEqual(['Navy SEALS']);
  });
});

describe('extractEntities and groups of people', () => {
  it('makes no person of a faith\'s people or of a plural title before surnames: "Republican Jews", "Senators Rubio"', () => {
    const { people } = extractEntities('These are the darkest days for Republican Jews like myself. Together, Senators '
      + 'Rubio and Cruz, of Florida and Texas, represent a moment. Marco Rubio spoke first.');
    // (Cruz, "and"-joined to Rubio's surname, is a surname too: see surnames-joined.test.ts.)
    expect(people).toEqual(['Marco Rubio', 'Cruz']);
  });

  it('makes no person of a company\'s insights, of clothes or of a file: "Global Risk Insights", "File Educators"', () => {
    const { people, organizations } = extractEntities('Analysts at Global Risk Insights agree. They sell Secondhand '
      + 'Clothes there. File Educators on the list. He watched The Kelly File on Fox.');
    expect(people).toEqual([]);
    expect(organizations).toContain('Global Risk Insights');
  });
});

describe('extractEntities and names that only look like organizations', () => {
  it('lists no "Union Address", the Soviet Union as a place and "Breitbart.com" as Breitbart', () => {
    const { organizations, places } = extractEntities('He gave the State of the Union Address after a trip to the '
      + 'former Soviet Union. Websites such as the conservative Breitbart.com agree; Podesta Group Inc. does not.');
    expect(organizations).toEqual(['Breitbart', 'Podesta Group Inc.']);
    expect(places).toEqual(['Soviet Union']);
  });
});

describe('extractEntities and a company in capitals before a person', () => {
  it('splits "BT Mike Rake" but not a title, a greeting or a thing: "PC Kelly Jones" (Kelly Jones, a constable), "RIP Stan Freberg"', () => {
    const { people, organizations } = extractEntities('The plan was praised by the chairman of BT Mike Rake. Officers '
      + 'arrested him, PC Kelly Jones said. Another fan wrote: "RIP Stan Freberg." The UCLA Anderson Forecast agreed.');
    expect(people).toEqual(['Mike Rake', 'Kelly Jones']);
    expect(organizations).toContain('BT');
    expect(organizations).not.toContain('RIP');
  });
});

describe('extractEntities and places that open with a given name', () => {
  it('lists Chapel Hill, Coral Gables, Hilton Head and Nova Scotia as places, newspapers as organizations', () => {
    const { people, organizations, places } = extractEntities('She grew up in Chapel Hill and Coral Gables, spent '
      + 'summers on Hilton Head and in Nova Scotia, and read the Charlotte Observer and the Orlando Sentinel. Hall of '
      + 'Famer Angelo Dundee was there, as was AG Vanita Gupta.');
    expect(places).toEqual(['Chapel Hill', 'Coral Gables', 'Hilton Head', 'Nova Scotia']);
    expect(extractEntities('He met them in the Oval Office on Tuesday.').places).toEqual(['Oval Office']);
    expect(organizations).toEqual(['Charlotte Observer', 'Orlando Sentinel']);
    expect(people).toEqual(['Angelo Dundee', 'Vanita Gupta']);
  });
});

describe('extractEntities and British news', () => {
  it('lists football clubs as organizations: "Aston Villa", "Partick Thistle", "Hamilton Academical", "Swindon Town"', () => {
    const { people, organizations } = extractEntities('Aston Villa beat Partick Thistle, and Hamilton Academical drew '
      + 'with Swindon Town, said Tim Sherwood.');
    expect(people).toEqual(['Tim Sherwood']);
    expect(organizations).toEqual(['Aston Villa', 'Partick Thistle', 'Hamilton Academical', 'Swindon Town']);
  });

  it('leaves a party or a faith out of the name, but not the given name it may be: "Tory Ruth Davidson", "Tory Mazzola"', () => {
    const { people } = extractEntities('Tory Ruth Davidson spoke first. The spokesman, Tory Mazzola, spoke next. Then '
      + 'Scientologist John Travolta spoke.');
    expect(people).toEqual(['Ruth Davidson', 'Tory Mazzola', 'John Travolta']);
  });

  it('makes no person of three words ending in a thing, though a given name opens them: "Madison Square Garden"', () => {
    const { people } = extractEntities('They fought at Madison Square Garden and saw the Walker Art Gallery. Justice '
      + 'Sandra Day O\'Connor and Kathleen Hall Jamieson spoke.');
    expect(people).toEqual(['Sandra Day O\'Connor', 'Kathleen Hall Jamieson']);
  });

  it('reads a title word after initials as a surname: "B.B. King", but "King Abdullah" stays titled', () => {
    const { people } = extractEntities('Blues legend B.B. King was hospitalized. King Abdullah sent flowers.');
    expect(people).toEqual(['B.B. King', 'King Abdullah']);
  });

  it('leaves out a place that a caption runs into a name of two words: "Iraq Saddam Hussein", not "Cuba Gooding Jr."', () => {
    const { people, places } = extractEntities('Fallen leader of Iraq Saddam Hussein was captured. Cuba Gooding Jr. '
      + 'spoke at Orlando International Airport.');
    expect(people).toEqual(['Saddam Hussein', 'Cuba Gooding Jr.']);
    expect(places).toContain('Orlando International Airport');
  });

  it('leaves out a word in -ed or -ing that opens the sentence before a given name: "Shocked Terry Cooper, 79, was …"', () => {
    const { people } = extractEntities('A pensioner is living in fear. Shocked Terry Cooper, 79, was enjoying the '
      + 'sunshine. Ahmed al Ashry agreed. Entrusting Donald Trump with it is risky.');
    expect(people).toEqual(['Terry Cooper', 'Ahmed al Ashry', 'Donald Trump']);
  });

  it('makes no person of a way: "we have lost a bit of the \'Swansea Way\'", "Belvedere Way"', () => {
    const { people } = extractEntities('We have lost a bit of the Swansea Way, said Alan Curtis, who lives on Belvedere Way.');
    expect(people).toEqual(['Alan Curtis']);
  });
});

describe('extractEntities and words around a name that are not part of it', () => {
  it('strips a hyphenated title and cuts a headline in capitals that runs on after a name', () => {
    const { people } = extractEntities("Bolivia's Vice-President Alvaro Garcia Linera spoke. She once ran against "
      + "Senator Wendy Davis WHERE'S SCOOBY? Clinton's van was seen. The co-founder Jim Smith left.");
    expect(people).toEqual(['Alvaro Garcia Linera', 'Wendy Davis', 'Jim Smith']);
  });

  it('reads a title word after a given name as a surname: "Tennis star Billie Jean King"', () => {
    expect(extractEntities('Tennis star Billie Jean King (right) is co-chairing it.').people).toEqual(['Billie Jean King']);
  });

  it('reads "WHO" in capitals as the World Health Organization, never as the relative "who"', () => {
    const { organizations } = extractEntities('The WHO said cases fell. The man who spoke left.');
    expect(organizations).toEqual(['WHO']);
    const body = 'Cases fell. "Taken together these data indicate that surveillance is improving," the latest WHO report said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['WHO']);
  });

  it('drops a Roman numeral in capitals before a name, and keeps one after: "the starting XI McInnes would select"', () => {
    const { people } = extractEntities('He predicted the starting XI McInnes would select. Derek McInnes smiled. Pope '
      + 'Benedict XVI spoke.');
    expect(people).toEqual(['Derek McInnes', 'Benedict XVI']);
  });

  it('lists pollsters known by one word as organizations and Da Nang as a place', () => {
    const { people, organizations, places } = extractEntities('An Ipsos Mori poll, like YouGov and Gallup, was taken '
      + 'in Da Nang.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Ipsos Mori', 'YouGov', 'Gallup']);
    expect(places).toEqual(['Da Nang']);
  });
});

describe('extractEntities and more named places, shows and institutions', () => {
  it('reads Little Rock, Benghazi and creeks as places, and the OECD whole', () => {
    const { people, organizations, places } = extractEntities('In Little Rock, Oak Creek and Benghazi it rained. The '
      + 'Organization for Economic Cooperation and Development says wages rose.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Organization for Economic Cooperation and Development']);
    expect(places).toEqual(['Little Rock', 'Oak Creek', 'Benghazi']);
  });

  it('lists no one for a show or a place after a title ("Good Morning America", "the Queen City"), but keeps "Dr Hills"', () => {
    const { people, places } = extractEntities('Michael Strahan left for Good Morning America. The Queen City remains '
      + 'tense. Sue Hills spoke, and Dr Hills wept.');
    expect(people).toEqual(['Sue Hills', 'Michael Strahan']);
    expect(places).toEqual([]);
    const body = 'Her parents Sue Hills and Clive Ruggles spoke. Dr Hills told of her guilt. She said: "And I sort of '
      + 'reassured her that it was ok, the police knew what was going on."';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Sue Hills']);
  });

  it('reads coves, points, squares and estates as places, and Key West; not a long title that ends in "Point"', () => {
    const { people, places } = extractEntities('Divers searched Poldhu Cove near Hinkley Point, then Albert Square, Key '
      + 'West and Jumeirah Golf Estates. Star Asked Actors To Act Whiter To Make A Point.');
    expect(people).toEqual([]);
    expect(places).toEqual(['Poldhu Cove', 'Hinkley Point', 'Albert Square', 'Key West', 'Jumeirah Golf Estates']);
  });

  it('makes no body of a law named after one: "the College for All Act"; but keeps a school of law', () => {
    const { organizations } = extractEntities('He backed the College for All Act at New York University School of Law.');
    expect(organizations).toEqual(['New York University School of Law']);
  });
});
