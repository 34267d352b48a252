import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';
import { forgetSequences } from '../../../src/engine/entities/names.ts';

describe('extractEntities and British given names', () => {
  it('reads a common British given name before a surname that is also a title: "Martin Bishop" is "Mr Bishop"', () => {
    const { people } = extractEntities('Martin Bishop, of Confor, believes it. Mr Bishop said 90 hectares were planted.');
    expect(people).toEqual(['Martin Bishop']);
  });

  it('takes no conjunction or "now" after a given name for a surname, though "May" and "Will" are surnames', () => {
    const { people } = extractEntities('The shop stocks brands including Missoni and Chloe If that was not enough, '
      + 'Theresa May and George Will spoke on Larry King Now.');
    expect(people).toEqual(['Theresa May', 'George Will']);
  });

  it('drops a demonym before a name in running text: "strike Ecuadorian Felipe Caicedo scored"', () => {
    const { people } = extractEntities('Getafe won through a strike Ecuadorian Felipe Caicedo scored twice.');
    expect(people).toEqual(['Felipe Caicedo']);
  });
});

describe('extractEntities and named buildings, works and outlets', () => {
  it('lists no person for an abbey, a cathedral, an expo, a division, a concerto, a song or gardens', () => {
    const { people } = extractEntities('A service was held at Westminster Abbey and then at Portsmouth Cathedral. It is '
      + 'on show at AsiaWorld Expo. Getafe hope for Primera Division status. He played his Clarinet Concerto. They '
      + 'sang Happy Birthday near Alexandra Gardens.');
    expect(people).toEqual([]);
  });

  it('lists outlets ending in "Online" or "Sport" as organizations, and the person named after one', () => {
    const { people, organizations } = extractEntities('Daily Mail Online visited the college. Wrexham manager Gary '
      + 'Mills told BBC Radio Wales Sport the news. The chief executive of UK Sport Rod Carr agreed.');
    expect(people).toEqual(['Gary Mills', 'Rod Carr']);
    expect(organizations).toEqual(['Daily Mail Online', 'Wrexham', 'BBC Radio Wales Sport', 'UK Sport']);
  });

  it('reads an organization and a country after it as its branch there: "Amnesty International UK"', () => {
    const { organizations, places } = extractEntities('Amnesty International UK said she was a prisoner of conscience.');
    expect(organizations).toEqual(['Amnesty International UK']);
    expect(places).toEqual([]);
  });

  it('takes no "-ologist" role for a name: "Dr Mary McCormack, Consultant Clinical Oncologist"', () => {
    const { people } = extractEntities('Dr Mary McCormack, Consultant Clinical Oncologist at the hospital, said so.');
    expect(people).toEqual(['Mary McCormack']);
  });
});

describe('extractEntities and places and clubs', () => {
  it('reads "Greater …" and two points of the compass before a word as places', () => {
    const { people, places } = extractEntities('Greater Devon coroner Dr Elizabeth Earland said so. He was born in '
      + 'Cleethorpes, North East Lincolnshire, in 1949.');
    expect(people).toEqual(['Elizabeth Earland']);
    expect(places).toEqual(['Greater Devon', 'Cleethorpes', 'North East Lincolnshire']);
  });

  it('takes the one word after a title\'s "of" for no person: "the Lord Mayor of Portsmouth, councillor Frank Jonas"', () => {
    const { people } = extractEntities('A wreath was placed by the Lord Mayor of Portsmouth, councillor Frank Jonas.');
    expect(people).toEqual(['Frank Jonas']);
  });

  it('lists a club named by its opener as an organization, and the player named after it as a person', () => {
    const { people, organizations } = extractEntities('The former Athletic Bilbao man scored. Later Athletic Bilbao '
      + 'Aritz Aduriz equalised against Borussia Monchengladbach.');
    expect(people).toEqual(['Aritz Aduriz']);
    expect(organizations).toEqual(['Athletic Bilbao', 'Borussia Monchengladbach']);
    // ("Bayern Munich", "Inter Milan": clubs, their towns no places.)
    const clubs = extractEntities('He was beaten by Bayern Munich before Inter Milan came to Germany.');
    expect([clubs.organizations, clubs.places]).toEqual([['Bayern Munich', 'Inter Milan'], ['Germany']]);
  });
});

describe('extractEntities and more British places, groups and offices', () => {
  it('reads closes, gates, groves and castles as places, unless after a given name ("Glenn Close")', () => {
    const { people, places } = extractEntities('He lives at 4 Apple Close near Colditz Castle, off Tylers Gate and '
      + 'Cottage Grove. Glenn Close and Barbara Castle came.');
    expect(people).toEqual(['Glenn Close', 'Barbara Castle']);
    expect(places).toEqual(['Apple Close', 'Colditz Castle', 'Tylers Gate', 'Cottage Grove']);
  });

  it('lists no person for a people or a party in the plural: "the Swedes", "the Conservatives", "Ulster Unionists"', () => {
    const { people } = extractEntities('The Swedes and the Conservatives agreed. Ulster Unionists want a vote. Olympic '
      + 'champion Briton Becky James rode.');
    expect(people).toEqual(['Becky James']);
  });

  it('takes an office\'s words before a given name for no part of the name: "Director of Public Prosecutions Alison Saunders"', () => {
    expect(extractEntities('Director of Public Prosecutions Alison Saunders said so.').people).toEqual(['Alison Saunders']);
  });

  it('lists a thing named by an organization\'s words as no organization: "League Cup", "Fox News Poll"', () => {
    const { organizations } = extractEntities('They won the League Cup, a Fox News Poll said. The Center for Security '
      + 'Policy agreed, as did the Premier League.');
    expect(organizations).toEqual(['Center for Security Policy', 'Premier League']);
  });
});

describe('extractEntities and English counties, drives and Al Qaeda', () => {
  it('reads counties and drives as places (not "Joey Essex" or "Ryan Drive"), Al Qaeda and the Klan as organizations', () => {
    const { people, organizations, places } = extractEntities('They flew to Disney World from Hampshire, via East '
      + 'Overcliff Drive. Al Qaeda claimed it. Ryan Drive spoke in Cornwall with Joey Essex, of lynching and Ku Klux Klan.');
    expect(people).toEqual(['Ryan Drive', 'Joey Essex']);
    expect(organizations).toEqual(['Al Qaeda', 'Ku Klux Klan']);
    expect(places).toEqual(['Hampshire', 'East Overcliff Drive', 'Cornwall']);
  });
});

describe('extractEntities and names joined by an ampersand', () => {
  it('reads "Marks & Spencer" and "Dagenham & Redbridge" as one organization each, not a person called "Spencer"', () => {
    const { people, organizations } = extractEntities('Marks & Spencer said sorry. Dagenham & Redbridge manager John '
      + 'Still spoke. Ann & I went home.');
    expect(people).toEqual(['John Still']);
    expect(organizations).toEqual(['Marks & Spencer', 'Dagenham & Redbridge']);
  });
});

describe('extractEntities and musicians\' titles', () => {
  it('takes "Vocalist" or "Guitarist" before a name for a title, not part of it', () => {
    expect(extractEntities('Vocalist Chaka Khan sang. Guitarist Brian May played.').people).toEqual(['Chaka Khan', 'Brian May']);
  });
});

describe('extractEntities and British towns, repeated words and names with digits', () => {
  it('reads English and Scottish towns as places, and a name said twice in a caption once', () => {
    const { people, places } = extractEntities('Sebastian Vettel Vettel won. Leeds outgrew Sheffield and Aberdeen lost in '
      + 'La Paz, near Big Ben. Sylvia Blackburn cheered.');
    expect(people).toEqual(['Sebastian Vettel', 'Sylvia Blackburn']);
    expect(places).toEqual(['Leeds', 'Sheffield', 'Aberdeen', 'La Paz', 'Big Ben']);
  });

  it('keeps a name that is one word twice ("Abdullah Abdullah"), and takes none with a digit for a person', () => {
    expect(extractEntities('Abdullah Abdullah spoke. His presence in last year\'s T20 Blast final was a factor.').people)
      .toEqual(['Abdullah Abdullah']);
  });
});

describe('extractEntities and players\' places in a team', () => {
  it('takes "Substitute" or "Striker" before a name for a title; "London Underground" is an organization', () => {
    const { people, organizations, places } = extractEntities('He scored late. Substitute Rodrigo De Paul scored. '
      + 'Striker Keating, 21, was recommended. London Underground closed. They flew to Ulan Bator.');
    expect(people).toEqual(['Rodrigo De Paul', 'Keating']);
    expect(organizations).toEqual(['London Underground']);
    expect(places).toEqual(['Ulan Bator']);
  });
});

describe('extractEntities and names that are not people', () => {
  it('lists academies, firms and clubs the word lists know as organizations: "Oldknow Academy", "MK Dons", "Vitesse Arnhem"', () => {
    const { people, organizations } = extractEntities('Oldknow Academy said so. Zodiac Aerospace made the seats. Vitesse '
      + 'Arnhem lost to MK Dons, and Leyton Orient to Instituto Cumbres, said Jon Daly.');
    expect(people).toEqual(['Jon Daly']);
    expect(organizations).toEqual(['Oldknow Academy', 'Zodiac Aerospace', 'Vitesse Arnhem', 'MK Dons', 'Leyton Orient',
      'Instituto Cumbres']);
  });

  it('leaves a nationality of two words, or in "-man", out of the name: "South African Stephen McGown", "Dutchman Sjaak Rijke"', () => {
    const { people } = extractEntities('Mr Gustafsson was kidnapped along with South African Stephen McGown and Dutchman '
      + 'Sjaak Rijke.');
    expect(people).toEqual(['Gustafsson', 'Stephen McGown', 'Sjaak Rijke']);
  });

  it('names nothing with a name made an adjective: "Academy Award-winning film", "Islamic State-backed group"', () => {
    const { people, organizations } = extractEntities("It follows Damien Chazelle's Academy Award-winning film. The "
      + 'Islamic State-backed group and a Lindsey Graham-type hawk spoke.');
    expect(people).toEqual(['Damien Chazelle']);
    expect(organizations).toEqual([]);
  });

  it('names no person with a thing\'s word at the end: "King Charles Spaniel", "Eisenhower Tree", "Financial Fair Play"', () => {
    const { people } = extractEntities('A King Charles Spaniel was burned. The famous Eisenhower Tree fell. It broke '
      + 'Financial Fair Play rules, said Mary Smith.');
    expect(people).toEqual(['Mary Smith']);
  });
});

describe('extractEntities and more organizations and ranks', () => {
  it('lists clubs and firms by their last word ("Sheff Utd", "Real Sociedad", "Warner Bros.", "Hanson Robotics"), and a soldier\'s rank as a title', () => {
    const { people, organizations } = extractEntities('Sheff Utd lost to Real Sociedad. Warner Bros. said so, and Hanson '
      + 'Robotics agreed. Fusilier Lee Rigby was named.');
    expect(organizations).toEqual(['Sheff Utd', 'Real Sociedad', 'Warner Bros.', 'Hanson Robotics']);
    expect(people).toEqual(['Lee Rigby']);
  });
});

describe('extractEntities and American party groups', () => {
  it('names no person with a group after a given name that is also a place ("Virginia Democrats"), nor a lone "Committeeman"', () => {
    const { people } = extractEntities('Virginia Democrats met. Committeeman Curly Haugland spoke, and Virginia Foxx replied.');
    expect(people).toEqual(['Curly Haugland', 'Virginia Foxx']);
  });
});

describe('extractEntities and a photo caption\'s header run into a name', () => {
  it('leaves a header\'s first word out of the name before it: "Hillary Clinton Obsessed with her style:", "Ms Jackson Quiet:"', () => {
    const { people } = extractEntities('Veep was inspired by none other than Hillary Clinton Obsessed with her style: Julia '
      + 'Louis-Dreyfus smiled. Mark Ray waged a campaign against Ms Jackson Quiet: the two lived on a quiet street.');
    expect(people).toEqual(['Hillary Clinton', 'Julia Louis-Dreyfus', 'Mark Ray', 'Jackson']);
    const raqqa = extractEntities('They fled the streets of Raqqa Downtrodden: the pictures show people who are downtrodden. '
      + 'Royal Mail said so.');
    expect(raqqa.people).toEqual([]);
    expect(raqqa.organizations).toEqual(['Royal Mail']);
  });

  it('keeps a surname that is a common word after a given name or a title, and an organization\'s last word', () => {
    const { people, organizations } = extractEntities('Gordon Brown spoke first. A brown dog sat by. Mrs May: the '
      + 'vote may come soon. Members were sworn with a line from the film Fight Club: the first rule is silence. The '
      + 'club met at the Bristol Rovers Football Club: it was full.');
    expect(people).toEqual(['Gordon Brown', 'May']);
    expect(organizations).toContain('Bristol Rovers Football Club');
  });

  it('leaves out a caption\'s opening participle, colon or not ("Humboldt County Captured near"), but not inside a name', () => {
    const { people, places, organizations } = extractEntities('This arrow was photographed in Golconda, Humboldt County '
      + 'Captured near the tiny town of Medicine Bow, this beacon stood. The National Association for People Abused in '
      + 'Childhood agreed, as did the UEFA Disciplinary Body and the Department for Environment, Food and Rural Affairs.');
    expect(people.filter((p) => p.includes('Captured'))).toEqual([]);
    expect(places).toContain('Humboldt County');
    expect(organizations).toEqual(expect.arrayContaining(['National Association for People Abused', 'UEFA Disciplinary Body',
      'Department for Environment, Food and Rural Affairs']));
  });
});

describe('extractEntities and names a Spanish article or a sport opens or ends', () => {
  it('lists "La Liga", "El Madrigal" and "Los Blancos" as organizations, but keeps "Los Angeles" a place', () => {
    const { people, organizations, places } = extractEntities('He won La Liga at El Madrigal, and Los Blancos were '
      + 'beaten. Fans in Los Angeles and Las Vegas cheered.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['La Liga', 'El Madrigal', 'Los Blancos']);
    expect(places).toEqual(['Los Angeles', 'Las Vegas']);
  });

  it('lists a sport\'s body or team and the Lib Dems as organizations, and a strip of land as a place', () => {
    const { people, organizations, places } = extractEntities('Great Britain Baseball and the Oakland Athletics met the '
      + 'Lib Dems on the Las Vegas Strip. The Trojan Horse plot was uncovered.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Great Britain Baseball', 'Oakland Athletics', 'Lib Dems']);
    expect(places).toEqual(['Las Vegas Strip']);
  });

  it('lists no person and no place for a beauty pageant\'s title: "Miss Universe", "Miss Venezuela"', () => {
    const { people, places } = extractEntities('Trump mocked Alicia Machado, a former Miss Universe, who met Miss Venezuela.');
    expect(people).toEqual(['Alicia Machado']);
    expect(places).toEqual([]);
  });

  it('lists a club by "FC" before or after its name, and "MailOnline Travel" as organizations; a visit or a machine as no one', () => {
    const { people, organizations } = extractEntities('Dundee FC met FC Porto. MailOnline Travel reported it. Nordstrom '
      + 'Visit and the Mystery Machine were shown.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Dundee FC', 'FC Porto', 'MailOnline Travel']);
  });

  it('lists a football club named like a town as an organization, but keeps the city: "Manchester City", "Notts County"', () => {
    const { organizations, places } = extractEntities('Manchester City beat Stoke City. St Mirren and Notts County drew. '
      + 'He lives in Kansas City, in Manchester.');
    expect(organizations).toEqual(['Manchester City', 'Stoke City', 'St Mirren', 'Notts County']);
    expect(places).toEqual(['Kansas City', 'Manchester']);
  });

  it('lists clubs and teams whose names look like places or people: "Sheffield Wednesday", "Red Bull"', () => {
    const { people, organizations, places } = extractEntities('Sheffield Wednesday beat Crystal Palace. Real Madrid '
      + 'drew. Red Bull\'s Daniel Ricciardo won in Sheffield.');
    expect(organizations).toEqual(['Sheffield Wednesday', 'Crystal Palace', 'Real Madrid', 'Red Bull']);
    expect(people).toEqual(['Daniel Ricciardo']);
    expect(places).toEqual(['Sheffield']);
  });
});

describe('extractEntities and captions that lost their stop', () => {
  it('ends a name before a sentence\'s first word glued to it: "the Champions League There are others"', () => {
    const { people, organizations } = extractEntities('Even if City qualify for the Champions League There are others to '
      + 'ponder. Espanyol beat Villarreal Elsewhere, Espanyol won.');
    expect(organizations).toEqual(['Espanyol', 'Champions League', 'Villarreal']);
    expect(people).toEqual([]);
    expect(extractEntities('She quit her job at New York City finance firm Angelo Gordon & Co According to reports, '
      + 'she left.').organizations).toEqual(['Angelo Gordon & Co']);
  });
});

describe('extractEntities and words run into a full name', () => {
  it('leaves out a word the article writes alone elsewhere: "at Wembley Frank Lampard finds the target"', () => {
    const { people } = extractEntities('Villa were beaten at Wembley Frank Lampard finds the target. Wembley was full.');
    expect(people).toEqual(['Frank Lampard']);
  });

  it('keeps a given name the lists do not know, nor an initial: "Norbert Leo Butz", "J. Michael Pearson"', () => {
    const { people } = extractEntities('On stage, Norbert Leo Butz sang. Then J. Michael Pearson spoke in a J. Crew '
      + 'suit. Butz and Pearson left.');
    expect(people).toEqual(['Norbert Leo Butz', 'J. Michael Pearson']);
  });
});

describe('extractEntities and the sequences it has seen', () => {
  it('reads a run-in by its own article, whatever an earlier article said of the same words', () => {
    forgetSequences();
    expect(extractEntities('A crowd at Brentwick Frank Lampard saw. Brentwick roared.').people).toEqual(['Frank Lampard']);
    expect(extractEntities('They met Brentwick Frank Lampard there.').people).toEqual(['Brentwick Frank Lampard']);
  });
});
