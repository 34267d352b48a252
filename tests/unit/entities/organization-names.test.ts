// Where an organization's name begins and ends, and when a name is an organization's cut short: the words around it
// ("CNN Tuesday", "Fox News Vice President", "Oversight Committee Republicans") and its first words ("Home Retail").
import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

describe('extractEntities and organizations called short', () => {
  it('makes no person of the first words of an organization\'s name: "Golden Hillock School … Golden Hillock\'s"', () => {
    const { people, organizations } = extractEntities('Golden Hillock School was rated inadequate. A letter regarding '
      + 'Golden Hillock\'s funding came. The Golden Hillock School replied. Chelsea Clinton spoke for the Chelsea Clinton '
      + 'Foundation.');
    expect(people).toEqual(['Chelsea Clinton']);
    expect(organizations).toEqual(['Golden Hillock School', 'Chelsea Clinton Foundation']);
  });

  it('lists an organization whose report the article names: "World Health Organization Report" is the WHO\'s', () => {
    const { organizations } = extractEntities('The latest World Health Organization Report confirmed 30 cases. '
      + '"It is improving," the latest WHO report said. The Drudge Report linked it.');
    expect(organizations).toEqual(['World Health Organization', 'Drudge Report']);
    // (Nor is a party's adjective after a body: "the CNN Democratic debate".)
    expect(extractEntities('She spoke at the CNN Democratic debate.').organizations).toEqual(['CNN']);
  });

  it('however often the article cuts a firm\'s name short: "Home Retail Group said … Home Retail claim …"', () => {
    const { people } = extractEntities('Home Retail Group said sales fell. Sainsbury\'s bid for Home Retail. Analysts '
      + 'said Home Retail claim that sales were flat. Home Retail sold Homebase.');
    expect(people).toEqual([]);
  });
});

describe('extractEntities and institutions "for the" or "of the" something', () => {
  it('keeps the whole name: "International Centre for the Study of Radicalisation", "Department of the Interior"', () => {
    const { people, organizations } = extractEntities('He is a fellow at the International Centre for the Study of '
      + 'Radicalisation. The Department of the Interior agreed. Joel Pollak of Breitbart News wrote.');
    expect(organizations).toEqual(['International Centre for the Study of Radicalisation', 'Department of the Interior',
      'Breitbart News']);
    expect(people).toEqual(['Joel Pollak']);
  });
});

describe('extractEntities and words around an organization\'s name', () => {
  it('leaves out a day after it, a title of it and a word before it: "CNN Tuesday", "President of CNN Worldwide"', () => {
    const { organizations } = extractEntities('He told CNN Tuesday that he would run. Jeff Zucker, President of CNN '
      + 'Worldwide, agreed, as did the super PAC Priorities USA Action and the Interim DNC chair.');
    expect(organizations).toEqual(['CNN', 'CNN Worldwide', 'Priorities USA Action', 'DNC']);
    const role = extractEntities('Roger Ailes, the Fox News Chairman, said so. Fox News Vice President and Washington '
      + 'Managing Editor Bill Sammon agreed.');
    expect(role.organizations).toEqual(['Fox News']);
    const group = extractEntities('The Oversight Committee Republicans met the Cleveland Police Patrolmen, and the College '
      + 'Republicans came too.');
    expect(group.organizations).toEqual(['Oversight Committee', 'Cleveland Police', 'College Republicans']);
    const press = extractEntities('White House Press Secretary Josh Earnest said so, as did Associated Press reporter Jo Biddle.');
    expect(press.organizations).toEqual(['White House', 'Associated Press']);
    expect(press.people).toEqual(['Josh Earnest', 'Jo Biddle']);
    const chair = extractEntities('Former CIA Director John Brennan spoke, and so did Interim DNC Chair Donna Brazile.');
    expect(chair.organizations).toEqual(['CIA', 'DNC']);
    expect(chair.people).toEqual(['John Brennan', 'Donna Brazile']);
    expect(extractEntities('MACAU (Reuters) – Top Republican Party donor Sheldon Adelson spoke.').organizations)
      .toEqual(['Reuters', 'Republican Party']);
  });

  it('lists PolitiFact and WikiLeaks as organizations', () => {
    const { people, organizations } = extractEntities('WikiLeaks published the emails, and PolitiFact said the claim '
      + 'was false.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['WikiLeaks', 'PolitiFact']);
  });

  it('reads a name right after the kind of firm it is as the firm\'s: "Italian company Atlantica di Navigazione"', () => {
    const { people, organizations } = extractEntities('The ferry, owned by Italian company Atlantica di Navigazione, '
      + 'sank. The law firm Perkins Coie paid, and consulting firm Oxford Economics agreed. Executive Ron Johnson spoke.');
    expect(people).toEqual(['Ron Johnson']);
    expect(organizations).toEqual(['Atlantica di Navigazione', 'Perkins Coie', 'Oxford Economics']);
  });
});

describe('extractEntities and institutions "on" something', () => {
  it('keeps the whole name: "Council on Foreign Relations", "Project on Government Secrecy", "Committee on Taxation"', () => {
    const { organizations } = extractEntities('Richard Haass, president of the Council on Foreign Relations, spoke. '
      + 'Steven Aftergood, director of the Project on Government Secrecy at the Federation of American Scientists, said '
      + 'so. The Joint Committee on Taxation and the House Committee on Oversight and Government Reform agreed.');
    expect(organizations).toEqual(['Council on Foreign Relations', 'Project on Government Secrecy',
      'Federation of American Scientists', 'Joint Committee on Taxation', 'House Committee on Oversight and Government Reform']);
  });

  it('keeps a board\'s too: "Board on Professional Responsibility" is no person', () => {
    const { people, organizations } = extractEntities('A complaint to the Board on Professional Responsibility says so.');
    expect([people, organizations]).toEqual([[], ['Board on Professional Responsibility']]);
  });

  it('does not run a body into a date after "on": "the Commission on Monday"', () => {
    const { organizations } = extractEntities('The European Commission on Monday fined Google.');
    expect(organizations).toEqual(['European Commission']);
  });

  it('ends the body where a title and a person follow: "Council on American-Islamic Relations National Executive '
    + 'Director Nihad Awad", "Institute for Fiscal Studies Director Paul Johnson"', () => {
    const { people, organizations } = extractEntities('The Council on American-Islamic Relations National Executive '
      + 'Director Nihad Awad said it was wrong.');
    expect(people).toEqual(['Nihad Awad']);
    expect(organizations).not.toContain('Council');
    const ifs = extractEntities('Later, Institute for Fiscal Studies Director Paul Johnson spoke.');
    expect(ifs).toMatchObject({ people: ['Paul Johnson'], organizations: ['Institute for Fiscal Studies'] });
  });
});

describe('extractEntities and political action committees', () => {
  it('lists a PAC by its name, "Our" and "Club for" included: "Our Principles PAC", "Club for Growth PAC"', () => {
    const { organizations } = extractEntities('Our Principles PAC, a group set up to stop Trump, spent money. '
      + 'The Club for Growth PAC has also endorsed Cruz.');
    expect(organizations).toEqual(['Our Principles PAC', 'Club for Growth PAC']);
  });

  it('lists no body for "Super PAC", a kind of body, nor for one described by whom it backs', () => {
    const { organizations } = extractEntities('Super PAC donations have barreled past the mark. The Ted Cruz Super PAC '
      + 'changed its name.');
    expect(organizations).toEqual([]);
  });

  it('lists no body for "a Republican PAC" or "A pro-Newt Gingrich PAC", but the pro-Trump "Great America PAC"', () => {
    const { organizations } = extractEntities('Jeff Bechdel works for a Republican PAC. A pro-Newt Gingrich PAC launched '
      + 'ads. The pro-Trump Great America PAC spent more.');
    expect(organizations).toEqual(['Great America PAC']);
  });
});

describe('extractEntities and names that are no body', () => {
  it('lists no body for a plane, a film or a holiday: "Air Force One", "the film Fight Club", "the Bank Holiday clash"', () => {
    const { organizations } = extractEntities('He flew on Air Force One, which he calls Trump Force One. They quoted the '
      + 'film Fight Club. Fans came for the Bank Holiday evening clash. The Air Force declined to comment.');
    expect(organizations).toEqual(['Air Force']);
  });

  it('still lists a body a building\'s noun or a year follows: "a CIA station", "the Climate Action 2016 summit"', () => {
    expect(extractEntities('The Annex, a CIA station, was attacked. They met at the Climate Action 2016 summit.')
      .organizations).toEqual(['CIA', 'Climate Action']);
  });

  it('ends a body before a role written after it: "the State Department IG’s report" is the State Department\'s', () => {
    expect(extractEntities('Maher said the State Department IG’s report was bad.').organizations).toEqual(['State Department']);
  });

  it('lists no person for a code of law or a bank: "(Indian Penal Code)", "Wells Fargo"', () => {
    const { people, organizations } = extractEntities('He was arrested under Section 354 of IPC (Indian Penal Code). '
      + 'Sponsors include Microsoft, Walgreens, Wells Fargo, and UPS.');
    expect([people, organizations]).toEqual([[], ['Microsoft', 'Wells Fargo']]);
  });

  it('lists no body for a numbered court, a stadium or a title: "Court Two", "Bank of America Stadium"', () => {
    const { people, organizations } = extractEntities('They played on Court Two. Fans looped around Bank of America '
      + 'Stadium. Clinton Communications Director Jennifer Palmieri called it silly.');
    expect([people, organizations]).toEqual([['Jennifer Palmieri'], []]);
  });

  it('lists a natural feature a body\'s word opens as a place, and a guard as a body: "Church Cove", "the Coast Guard"', () => {
    const { organizations, places } = extractEntities('Coves including Church Cove were hit. The Coast Guard and the '
      + 'National Guard came.');
    expect([organizations, places]).toEqual([['Coast Guard', 'National Guard'], ['Church Cove']]);
  });

  it('lists a name after "the daily", "the paper" or "former club" as a body: "The daily Yeni Safak said"', () => {
    const { people, organizations } = extractEntities('The daily Yeni Safak said its offices were attacked. He will miss '
      + 'two games against former club Celtic.');
    expect([people, organizations]).toEqual([[], ['Yeni Safak', 'Celtic']]);
  });

  it('leaves an adjective of the title out of the body: "Presumptive GOP nominee Donald Trump" is the GOP\'s', () => {
    expect(extractEntities('Presumptive GOP nominee Donald Trump spoke.').organizations).toEqual(['GOP']);
  });

  it('lists a restaurant named "Chez …" as a body, not a person', () => {
    const { people, organizations } = extractEntities('Making her way around Chez Vachon, Clinton thanked a diner.');
    expect([people, organizations]).toEqual([[], ['Chez Vachon']]);
  });
});

describe('extractEntities and bodies known by their initials', () => {
  it('lists a well-known body by its initials wherever it stands: "UEFA has ordered", "NYPD officers"', () => {
    const { organizations } = extractEntities('Russia won in Podgorica. UEFA has ordered Montenegro to play behind '
      + 'closed doors. Two NYPD officers were hurt.');
    expect(organizations).toEqual(['UEFA', 'NYPD']);
  });

  it('lists the body, not its members or its event: "SNP MPs", "the NBA Finals"', () => {
    const { organizations } = extractEntities('SNP MPs walked out. He watched the NBA Finals. The College Republicans met.');
    expect(organizations).toEqual(['SNP', 'College Republicans']);
  });
});

describe('extractEntities and British bodies', () => {
  it('lists "St John Ambulance", "Labour" and "Sportsmail" as bodies, not as a place or a person', () => {
    const { people, organizations, places } = extractEntities('Labour and Ukip backed it, as did St John Ambulance. '
      + 'Here, Sportsmail recounts his finest moments.');
    expect(organizations).toEqual(['Labour', 'Ukip', 'St John Ambulance', 'Sportsmail']);
    expect([people, places]).toEqual([[], []]);
  });

  it('lists Northern Ireland\'s parties and police as bodies: "the DUP and Sinn Féin", "the SDLP", "Ulster Unionists"', () => {
    const { people, organizations } = extractEntities('Ulster Unionists want a vote. It is ten years of the DUP and Sinn '
      + 'Féin in that castle. Would I go in with the SDLP? PSNI numbers rise.');
    expect(organizations).toEqual(['Ulster Unionists', 'DUP', 'Sinn Féin', 'SDLP', 'PSNI']);
    expect(people).toEqual([]);
  });

  it('reads "Shepherd" before a full name as his trade, after a given name as a surname', () => {
    expect(extractEntities('It took Shepherd John Hendy and a team of three helpers.').people).toEqual(['John Hendy']);
    expect(extractEntities('It took Sarah Shepherd and a team of three helpers.').people).toEqual(['Sarah Shepherd']);
  });

  it('takes a lone word after "at" that "says" for where someone works: "Development Officer at Mencap says"', () => {
    const { people, organizations } = extractEntities('Mike LeSurf, Development Officer at Mencap says: "It matters." '
      + 'It was so, Brafman said.');
    expect(people).toEqual(['Mike LeSurf', 'Brafman']);
    expect(organizations).toEqual(['Mencap']);
  });
});

describe('extractEntities and firms named like people', () => {
  it('lists the firms a gazetteer knows as organizations: "Goldman Sachs, Morgan Stanley and JPMorgan Chase"', () => {
    const { people, organizations } = extractEntities('Goldman Sachs, Morgan Stanley and JPMorgan Chase were the top '
      + 'advisers. Merrill Lynch agreed, and so did Sarah Morgan.');
    expect(people).toEqual(['Sarah Morgan']);
    expect(organizations).toEqual(['Goldman Sachs', 'Morgan Stanley', 'JPMorgan Chase', 'Merrill Lynch']);
  });

  it('takes a name an appositive calls a firm or a group for an organization: "OHorizons Global, a private … firm"', () => {
    const { people, organizations } = extractEntities('The new owner, OHorizons Global, a private investment firm '
      + 'based in San Juan, sold it to Peabody Energy, the largest coal company, which Ann Lee, a firm believer in coal, '
      + 'praised.');
    expect(people).toEqual(['Ann Lee']);
    expect(organizations).toEqual(['OHorizons Global', 'Peabody Energy']);
  });

  it('takes no name for a body\'s that an appositive calls a people, a crowd or a broadcaster, nor a sentence\'s opener', () => {
    const { organizations } = extractEntities('They jailed Oromos, a minority group that makes up a third. In the '
      + 'Capitol, a group of Republicans met. Likewise, a group from the left disagreed. It ended when Jay Rayner, the '
      + 'broadcaster and writer, tweeted. He led the Caucus of Rank and File Educators, a group that teachers founded.');
    // (How much of the caucus's name is kept is another matter: no part of it is a body of its own.)
    expect(organizations.filter((o) => !o.startsWith('Caucus'))).toEqual([]);
    expect(organizations).not.toContain('File Educators');
  });
});

describe('extractEntities and a body named with its country or its majority', () => {
  it('lists "the U.S. Senate" and "the Senate" once, and "the Republican Senate" or "Republican U.S. House" as the body', () => {
    const { organizations } = extractEntities('He won a seat in the U.S. Senate. The Senate voted. The Republican Senate '
      + 'will not hold hearings, and a Democratic Congress would. The Republican National Committee agreed. Later, '
      + 'Republican U.S. House Speaker Paul Ryan spoke.');
    expect(organizations).toEqual(['U.S. Senate', 'Congress', 'Republican National Committee', 'U.S. House']);
  });

  it('lists "Radio Times TV editor Alison Graham" as Radio Times\'s editor, but keeps "Sky TV"', () => {
    const { organizations } = extractEntities('Radio Times TV editor Alison Graham judged it. The BBC TV programme aired '
      + 'on a rival channel. Sky TV said so.');
    expect(organizations).toEqual(['Radio Times', 'BBC', 'Sky TV']);
  });

  it('lists no body for a show\'s title in quotation marks, but one for a body\'s name: "“The Wall Street Journal”"', () => {
    const { organizations } = extractEntities('He told “The Rachel Maddow Show” and “MSNBC Live” that “House of Cards” '
      + 'beats “Full House,” as “The Wall Street Journal” wrote.');
    expect(organizations).toEqual(['Wall Street Journal']);
  });

  it('lists a firm by its trade ("Hewlett Packard Enterprise"), and no one for a measure ("the Social Progress Index")', () => {
    const { people, organizations } = extractEntities('Hewlett Packard Enterprise and Lenox Healthcare hired Crosscut '
      + 'Strategies. The Social Progress Index fell, said Robert Music.');
    expect({ people, organizations }).toEqual({ people: ['Robert Music'],
      organizations: ['Hewlett Packard Enterprise', 'Lenox Healthcare', 'Crosscut Strategies'] });
  });

  it('lists a station by its number too: "BBC Radio 4\'s Today programme", "Sydney Radio 2GB", "Channel 4"', () => {
    const { organizations } = extractEntities('He told BBC Radio 4\'s Today programme and Sydney Radio 2GB. Channel 4 agreed.');
    expect(organizations).toEqual(['BBC Radio 4', 'Sydney Radio 2GB', 'Channel 4']);
  });

  it('lists a body of musicians: "Royal Northern Sinfonia", "the Portsmouth Military Wives Choir"', () => {
    const { people, organizations } = extractEntities('The painting was commissioned by Royal Northern Sinfonia. The '
      + 'Portsmouth Military Wives Choir sang.');
    expect({ people, organizations }).toEqual({ people: [],
      organizations: ['Royal Northern Sinfonia', 'Portsmouth Military Wives Choir'] });
  });

  it('lists a charity a disease\'s name opens whole: "Alzheimer\'s Research UK", not "Research UK"', () => {
    const { organizations } = extractEntities('Alzheimer\'s Research UK released a film. Clinton\'s State Department '
      + 'did not.');
    expect(organizations).toEqual(['Alzheimer\'s Research UK', 'State Department']);
  });

  it('lists no body for "TV" after a place, a people or a genre: "a British TV channel", "an Orlando TV reporter"', () => {
    const { organizations } = extractEntities('It aired on a rival British TV channel, said an Orlando TV reporter, two '
      + 'Chechen TV presenters and a Reality TV star. Current TV and Sky TV said so.');
    expect(organizations).toEqual(['Current TV', 'Sky TV']);
  });

  it('lists "African-American RNC members" as the RNC\'s, but keeps a name that begins so: "Black Lives Matter"', () => {
    const { organizations } = extractEntities('Ada Fisher is one of a handful of African-American RNC members. Some '
      + 'Hispanic NRA members left. Black Lives Matter marched.');
    expect(organizations).toEqual(['RNC', 'NRA', 'Black Lives Matter']);
  });
});
