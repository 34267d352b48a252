import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

describe('extractEntities and towns, streets and constituencies', () => {
  it('lists a town that a county follows as a place, and its other mentions too: "in Biggin Hill, Kent,"', () => {
    const { people, places } = extractEntities('He robbed pensioners living near his branch in Biggin Hill, Kent, the '
      + 'court heard. His bank in Biggin Hill was robbed. Cats in Melton Mowbray, Leicestershire, were poisoned.');
    expect(people).toEqual([]);
    expect(places).toEqual(['Biggin Hill', 'Melton Mowbray', 'Leicestershire']);
  });

  it('lists a town its state and its office follow, with no word of place before it: "Carmel, Indiana, Mayor James …"', () => {
    const { people, places } = extractEntities('Speakers include Congresswoman Susan Brooks, Carmel, Indiana, Mayor James '
      + 'Brainard and Senator Dan Coats, Indiana, Republican.');
    expect(people).toEqual(['Susan Brooks', 'James Brainard', 'Dan Coats']);
    expect(places).toEqual(['Indiana', 'Carmel']);
  });

  it('lists a tower as a place, though a person\'s name opens it: "Trump Tower", "the Eiffel Tower"', () => {
    const { people, places } = extractEntities('Donald Trump invited Caitlyn Jenner to Trump Tower, then to the Eiffel Tower.');
    expect(people).toEqual(['Donald Trump', 'Caitlyn Jenner']);
    expect(places).toEqual(['Trump Tower', 'Eiffel Tower']);
  });

  it('lists a convention or events center as a place, and a center for something as a body', () => {
    const { organizations, places } = extractEntities('She met Trump at the Tampa Convention Center and the Iowa Events '
      + 'Center, then spoke at the Center for American Progress.');
    expect([organizations, places]).toEqual([['Center for American Progress'], ['Tampa Convention Center', 'Iowa Events Center']]);
  });

  it('lists a town that is a name too after a place\'s preposition: "in Hull", "the convention in Charlotte"', () => {
    const { people, places } = extractEntities('She moved to a quiet cul-de-sac in Hull. Jesse Jackson spoke at the '
      + 'convention in Charlotte, and they have faith in Jackson. She got an M.F.A. from Columbia.');
    expect(people).toEqual(['Jesse Jackson']);
    expect(places).toEqual(['Hull', 'Charlotte']);
  });

  it('lists a venue its noun follows as a place: "at Pulse nightclub"; not a word opening a sentence, nor a surname', () => {
    const { people, places } = extractEntities('He was shot at Pulse nightclub in Orlando. Unionized casino workers voted. '
      + 'He met Donald Trump at the Trump hotel.');
    expect(people).toEqual(['Donald Trump']);
    expect(places).toEqual(['Pulse', 'Orlando']);
  });

  it('lists towns and landmarks the gazetteer knows, though their last word names a body: "Newport News", "the World '
    + 'Trade Center"', () => {
    const { organizations, places } = extractEntities('Planes hit the World Trade Center. He won Newport News and Malibu, '
      + 'and a Boca Raton lawyer spoke at Westchester Reform Temple. He died in Queens.');
    expect([organizations, places]).toEqual([['Westchester Reform Temple'],
      ['World Trade Center', 'Newport News', 'Malibu', 'Boca Raton', 'Queens']]);
  });

  it('keeps a royal\'s title before a given name alone: "Prince William", "Queen Elizabeth"; and speaks with it', () => {
    const body = 'Princess Eugenie and Queen Elizabeth came.\n\n"The Queen\'s duty has been an inspiration," Prince William said.';
    expect(extractEntities(body).people).toEqual(['Princess Eugenie', 'Queen Elizabeth', 'Prince William']);
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Prince William']);
    const pope = 'Pope Francis met Sanders.\n\n"I greeted him, and it is not getting involved in politics," the pope said.';
    expect(extractQuotes(pope).map((q) => q.speaker)).toEqual(['Pope Francis']);
  });

  it('and a peer\'s title before a surname alone: "Lord Janner", who is not his son Daniel Janner', () => {
    const body = 'Lord Janner signed a letter. His son Daniel Janner spoke. Lord Coe and Baroness Thatcher came.';
    expect(extractEntities(body).people).toEqual(['Lord Janner', 'Daniel Janner', 'Lord Coe', 'Baroness Thatcher']);
  });

  it('lists a hometown after a name and an age as a place: "Edward Byatt, 39, of Buckhurst Hill, Essex, was"', () => {
    const { people, places } = extractEntities('A second defendant, Edward Byatt, 39, of Buckhurst Hill, Essex, was '
      + 'ordered to pay. The wife of Mahathir Mohamad, Malaysia, spoke.');
    expect(people).toEqual(['Edward Byatt', 'Mahathir Mohamad']);
    expect(places).toEqual(['Buckhurst Hill', 'Essex', 'Malaysia']);
  });

  it('keeps a person after "in" whose sentence goes on past the place: "in Mahathir Mohamad, Malaysia has …"', () => {
    const { people } = extractEntities('In Mahathir Mohamad, Malaysia has a veteran. Faith in Ted Cruz, Texas, is high.');
    expect(people).toEqual(['Mahathir Mohamad', 'Ted Cruz']);
  });

  it('lists a lane as a place with the title word its name opens with, but a given name and "Lane" as a person', () => {
    const { people, places } = extractEntities('Adebayor has a year left at White Hart Lane. The hospital will be on '
      + 'Bowers Lane. Chris Lane was shot.');
    expect(people).toEqual(['Chris Lane']);
    expect(places).toEqual(['White Hart Lane', 'Bowers Lane']);
  });

  it('lists a compass point before a town of two words as one place, and that town alone too: "West Des Moines"', () => {
    const { places } = extractEntities('Trump spoke at a church in West Des Moines. He then flew to Des Moines.');
    expect(places).toEqual(['West Des Moines', 'Des Moines']);
  });

  it('makes no person of a place and a word that is no given name: "Scotland Yard", "Boston Marathon"', () => {
    const { people } = extractEntities('The case went to Scotland Yard. He ran the Boston Marathon with the PAC '
      + 'America Rising. Chad Olsen and Sydney Leathers came.');
    expect(people).toEqual(['Chad Olsen', 'Sydney Leathers']);
  });

  it('lists a theater as a place, a realty firm as an organization and lawful residents as no one', () => {
    const { people, organizations, places } = extractEntities('He spoke at the Aldama Theater. Henry Realty sold it. '
      + 'Lawful Permanent Residents may apply, and Iowa Citizens agreed.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Henry Realty']);
    expect(places).toEqual(['Aldama Theater']);
  });

  it('lists a town and a point of the compass, and a country\'s region, as places: "Leicester West", "Black Country"', () => {
    const { people, places } = extractEntities('He held his Leicester West seat for years. Jordan West spoke of the '
      + 'Black Country.');
    expect(people).toEqual(['Jordan West']);
    expect(places).toEqual(['Leicester West', 'Black Country']);
  });
});

describe('extractEntities and names of agencies, firms and numbered things', () => {
  it('lists a firm "one of" the kind of firm or "another" one calls, wherever the article names it', () => {
    // ("Coal" alone, as a surname would be, once made a person of "Patriot Coal" where the kind was not said.)
    const body = 'It belonged to Patriot Coal, one of the nation\'s largest coal companies, then. Peabody said: "Patriot Coal '
      + 'was highly successful," and "Coal isn\'t the villain," he said. The duties went to Walter Energy, another mining '
      + 'company. Ironically, one of the firms took them. He met Tom Jones, one of the founders of the companies.';
    const { people, organizations } = extractEntities(body);
    expect(people).toEqual(['Tom Jones']);
    expect(organizations).toEqual(['Patriot Coal', 'Walter Energy']);
  });

  it('makes no person of a club a Chinese province names: "the sale of Osman Sow to Henan Jianye"', () => {
    const { people, places } = extractEntities('They sold Osman Sow to Henan Jianye, who also bought Ryan McGowan. '
      + 'Floods hit Henan.');
    expect(people).toEqual(['Osman Sow', 'Ryan McGowan']);
    expect(places).toEqual(['Henan']);
  });

  it('lists "Centers for Disease Control and Prevention" as one organization', () => {
    const { people, organizations } = extractEntities('The U.S. Centers for Disease Control and Prevention said it.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['U.S. Centers for Disease Control and Prevention']);
  });

  it('lists a cause\'s name as a body: "Right to Rise USA", "Dayton Right to Life" (not a headline\'s "To")', () => {
    const body = 'Right to Rise USA, the super PAC, spent money. Ben Carson spoke to Dayton Right to Life in September. '
      + 'He said it was a Race To The Top.';
    const { people, organizations } = extractEntities(body);
    expect(organizations).toEqual(['Right to Rise USA', 'Dayton Right to Life']);
    expect(people).toEqual(['Ben Carson']);
  });

  it('lists an enforcement agency whose name joins two words with "and", after a country or "the", as one', () => {
    const { organizations } = extractEntities('He was picked up by U.S. Immigration and Customs Enforcement on Friday. '
      + 'Immigration is hard, and the Drug and Alcohol Enforcement said so.');
    expect(organizations).toEqual(['U.S. Immigration and Customs Enforcement', 'Drug and Alcohol Enforcement']);
  });

  it('reads a title word after a given name or an initial as a surname, and splits at "of": "Peter T. King of New York"', () => {
    const { people, places } = extractEntities('"It is hard," said Representative Peter T. King of New York. The King of '
      + 'Jordan met Secretary of State John Kerry.');
    expect(people).toEqual(['Peter T. King', 'John Kerry']);
    expect(places).toEqual(['New York', 'Jordan']);
  });

  it('splits a person off the end of an organization named with "of": "Executive Council of Australian Jewry Robert Goot"', () => {
    const { people, organizations } = extractEntities('The Executive Council of Australian Jewry Robert Goot said so. The '
      + 'Bank of America agreed.');
    expect(people).toEqual(['Robert Goot']);
    expect(organizations).toEqual(['Executive Council of Australian Jewry', 'Bank of America']);
  });

  it('lists studios, labels, magazines, retailers, electric companies and groups as organizations', () => {
    const { people, organizations } = extractEntities('Universal Pictures sued. He signed to Capitol Records. The '
      + 'Washington Monthly wrote it. Skirts at Urban Outfitters sold out. General Electric agreed with our Supporter Groups.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Universal Pictures', 'Capitol Records', 'Washington Monthly', 'Urban Outfitters',
      'General Electric', 'Supporter Groups']);
  });

  it('lists no person for a word that a Roman numeral numbers, but keeps a king: "Type II", "Auschwitz III"', () => {
    const { people } = extractEntities('He has Type II diabetes. He was held near Auschwitz III, a camp. Elizabeth II '
      + 'reigned.');
    expect(people).toEqual(['Elizabeth II']);
  });
});

describe('extractEntities and honours after a name', () => {
  it('leaves "QC" or "OBE" out of a name, and reads a name an honour follows as a person\'s', () => {
    const { people } = extractEntities('Eleanor Laws QC recommended a trial. John Amaechi OBE said it was wrong.');
    expect(people).toEqual(['Eleanor Laws', 'John Amaechi']);
  });

  it('reads a name before an honour and a speech verb as the subject a later "he" means', () => {
    const body = 'Jonathan Rees QC said the failure of Ms Rose to detect Vinnie\'s swollen optic discs was at the heart '
      + 'of the case. A build-up of fluid in his brain led to Vinnie\'s death, the court heard.\n\n"The prosecution '
      + 'allege that the death was preventable," he told the jury.';
    expect(extractQuotes(body)[0]?.speaker).toBe('Jonathan Rees');
  });
});

describe('extractEntities and a capital written with its district', () => {
  it('lists "Washington D.C." and "Washington" as one place', () => {
    const { places } = extractEntities('They flew to Washington D.C. on Monday. In Washington, the talks began.');
    expect(places).toEqual(['Washington']);
  });
});

describe('a body named after two places', () => {
  it('is one organization: "the England and Wales Cricket Board\'s managing director", not "Wales Cricket Board"', () => {
    const body = 'Paul Downton lost his job as the England and Wales Cricket Board\'s managing director. The Massachusetts '
      + 'and Boston Police officers met.';
    expect(extractEntities(body).organizations).toEqual(['England and Wales Cricket Board', 'Boston Police']);
  });

  it('and so is one force of two counties, with no "the" before it: "a spokesman for Devon and Cornwall Police"', () => {
    const body = 'A spokesman for Devon and Cornwall Police said so.';
    expect(extractEntities(body).organizations).toEqual(['Devon and Cornwall Police']);
  });
});

describe('an ordinal before a body or a place it numbers', () => {
  it('is part of its name: "the 6th Circuit Court of Appeals", "the 9th Congressional District", "21st Century Fox"', () => {
    const body = 'The 6th Circuit Court of Appeals on Tuesday overturned it. He won the 9th Congressional District and the '
      + '1st Congressional District. 21st Century Fox took control.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['6th Circuit Court of Appeals', '21st Century Fox'],
      places: ['9th Congressional District', '1st Congressional District'] });
  });

  it('but not before a person or a word it does not number: "the 45th President", "his 3rd Test"', () => {
    const body = 'The 45th President Donald Trump spoke before his 3rd Test at the 2nd Amendment rally.';
    expect(extractEntities(body).people).toEqual(['Donald Trump']);
  });
});

describe('the place a peer\'s title is "of"', () => {
  it('is no place mentioned: "the Duke of Edinburgh", "the Prince of Wales"; an office\'s is: "the Mayor of London"', () => {
    const body = 'The Duke of Edinburgh and the Prince of Wales visited. The Mayor of London came.';
    expect(extractEntities(body).places).toEqual(['London']);
  });
});

describe('a part of a town', () => {
  it('is a place: "Manhattan\'s Upper East Side", "Lower Manhattan"', () => {
    const body = 'He held a fund-raiser at his duplex on Manhattan\'s Upper East Side. Offices in Lower Manhattan emptied.';
    expect(extractEntities(body)).toMatchObject({ people: [], places: ['Manhattan', 'Upper East Side', 'Lower Manhattan'] });
  });

  it('but a long run that opens with a place\'s word is none, only the place of a title: "San Francisco Supervisor Jane Kim"', () => {
    const body = 'The email notes that San Francisco Supervisor Jane Kim is a lawyer. Jane Kim is running for the Senate.';
    expect(extractEntities(body)).toMatchObject({ people: ['Jane Kim'], places: ['San Francisco'] });
  });
});

describe('the place a title before a name is for', () => {
  it('is named too, the title no part of the name: "Former Florida Gov. Jeb Bush", "New York Congressman Pete King"', () => {
    const body = 'Former Florida Gov. Jeb Bush spoke with New York Congressman Pete King and Mr. Bush\'s aide.';
    expect(extractEntities(body)).toMatchObject({ people: ['Jeb Bush', 'Pete King'], places: ['Florida', 'New York'] });
  });

  it('but a title with no place names none: "Sen. Ted Cruz", "Chief Justice John Roberts"', () => {
    expect(extractEntities('Sen. Ted Cruz met Chief Justice John Roberts.').places).toEqual([]);
  });
});

describe('a dateline in capitals', () => {
  it('names its place: "NEW YORK, Dec. 11 (UPI)", "CAMBRIDGE, Mass., Dec. 11 (UPI)", "LAS VEGAS --"', () => {
    const place = (body: string): readonly string[] => extractEntities(body).places;
    expect(place('NEW YORK, Dec. 11 (UPI) -- Donald Trump spoke.\n\nHe left.')).toEqual(['New York']);
    expect(place('CAMBRIDGE, Mass., Dec. 11 (UPI) -- Donald Trump spoke.\n\nHe left.')).toEqual(['Cambridge', 'Massachusetts']);
    expect(place('LAS VEGAS -- Donald Trump spoke.')).toEqual(['Las Vegas']);
    expect(place('RENO, Nev. (AP) -- Donald Trump spoke at Liberty University in Lynchburg, VA on Monday.'))
      .toEqual(['Reno', 'Nevada', 'Lynchburg']);
    expect(extractEntities('WASHINGTON (AP) -- Donald Trump spoke.').organizations).toEqual(['AP']);
  });

  it('but "AP" before a surname is a person\'s initials: "AP McCoy"', () => {
    expect(extractEntities('The jockey AP McCoy rode Don Cossack.').organizations).toEqual([]);
  });

  it('but a headline in capitals names no place: "OBAMA’S LAST STATE OF THE UNION"', () => {
    expect(extractEntities('OBAMA’S LAST STATE OF THE UNION\n\nHe spoke. TRUMP WINS BIG.').places).toEqual([]);
  });
});

describe('a place inside a title in quotation marks', () => {
  it('is no place mentioned: "“Good Morning America”", "“Primates of Park Avenue”"; but "from “Buffalo to Albany.”" is', () => {
    const body = 'She appeared on “Good Morning America” and wrote “Primates of Park Avenue.” She worked on jobs from '
      + '“Buffalo to Albany.”';
    expect(extractEntities(body).places).toEqual(['Albany']);
  });
});
