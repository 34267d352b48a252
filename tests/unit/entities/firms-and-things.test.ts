import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

describe('extractEntities and a lone word written as a firm', () => {
  it('lists a word that speaks as an organization when the article writes "and its" after it', () => {
    const body = 'A lobby group accuses Olam and its main stakeholder of turning a blind eye.\n\n'
      + 'In a statement, Olam said it buys most of its palm oil from other suppliers.';
    const { people, organizations } = extractEntities(body);
    expect(people).not.toContain('Olam');
    expect(organizations).toContain('Olam');
  });

  it('lists one as an organization when its chief executive is named after it: "Olam chief executive Sunny Verghese"', () => {
    const body = 'Olam chief executive Sunny Verghese told the BBC the firm had a vigorous policy.\n\nIn a statement, Olam said it would check.';
    const { people, organizations } = extractEntities(body);
    expect(people).toEqual(['Sunny Verghese']);
    expect(organizations).toContain('Olam');
  });

  it('still lists a lone surname that speaks as a person: "Brafman said"', () => {
    const body = 'The lawyer spoke to reporters on Monday.\n\nOutside the court Brafman said his client would plead not guilty.';
    expect(extractEntities(body).people).toEqual(['Brafman']);
  });
});

describe('extractEntities and a nationality before one word', () => {
  it('makes no person of one word after a nationality that is no given name: "English Heritage"', () => {
    const body = 'English Heritage strongly objected to the scale of the development.\n\n'
      + 'English Heritage said it would cause "severe harm" to the area.';
    expect(extractEntities(body).people).toEqual([]);
  });

  it('still leaves the nationality out of a full name after it: "Colombian Camilo Villegas"', () => {
    expect(extractEntities('He could not match Colombian Camilo Villegas, who recorded two.').people)
      .toEqual(['Camilo Villegas']);
  });
});

describe('extractEntities and an office named with "of" before its holder', () => {
  it('lists the holder alone: "Director of National Intelligence James Clapper", "Archbishop of Canterbury Justin Welby"', () => {
    const body = 'The Director of National Intelligence James Clapper spoke first. Later the Archbishop of Canterbury Justin '
      + 'Welby said a prayer, and UMWA Director of Government Affairs Phil Smith told POLITICO the union would sit out.';
    const { people, organizations } = extractEntities(body);
    expect(people).toEqual(['James Clapper', 'Justin Welby', 'Phil Smith']);
    expect(organizations).toEqual(['POLITICO']);
  });

  it('still lists "Secretary of State John Kerry" as John Kerry, and a body after "of" with no holder as no one', () => {
    const { people } = extractEntities('Secretary of State John Kerry met the Director of Public Prosecutions on Monday.');
    expect(people).toEqual(['John Kerry']);
  });
});

describe('extractEntities and the noun next to a name', () => {
  it('lists a name after a job at a firm and "at" as the firm: "a partner at Winckworth Sherwood"', () => {
    const { people, organizations } = extractEntities('Employment lawyer James Lynas, a partner at Winckworth Sherwood, '
      + 'said the advert was unlawful.');
    expect(people).toEqual(['James Lynas']);
    expect(organizations).toEqual(['Winckworth Sherwood']);
  });

  it('still lists a person after "at" that no job at a firm stands before: "a party at Mike Tindall\'s"', () => {
    expect(extractEntities('They met at a party, and at Mike Tindall said hello.').people).toContain('Mike Tindall');
  });

  it('lists a name after the kind of body as the body: "the advocacy group Autism Speaks", "the band Khar Sarnai"', () => {
    const { people, organizations } = extractEntities('The advocacy group Autism Speaks is sponsoring a contest. A '
      + 'columnist for the tech news site Pando said he was ashamed. Amraa is the lead singer of the band Khar Sarnai.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Autism Speaks', 'Pando', 'Khar Sarnai']);
  });

  it('but not a person a relative clause names, a name that goes on, a shop\'s link or a league\'s group', () => {
    const { people, organizations } = extractEntities('It is a group Barack Obama won by 2 points. Matt Sinovic '
      + 'directs the advocacy group Progress Iowa. Nick Berning works at the group Democracy for America. Visit site '
      + 'Finders Keepers now. Belgium topped qualifying group B.');
    expect(people).toContain('Barack Obama');
    expect(organizations).not.toContain('Progress');
    expect(organizations).not.toContain('Democracy');
    expect(organizations).not.toContain('Finders Keepers');
    expect(organizations).not.toContain('B');
  });

  it('lists the examples a kind of body brings in as bodies: "employers such as Monsanto", "companies like Alphabet, Apple and Eli Lilly"', () => {
    const { people, organizations } = extractEntities('The bill drew fire from employers such as Monsanto, which opposed '
      + 'it. Drug companies like Pfizer, GlaxoSmithKline and Eli Lilly were accused. Other unions, including the AFL-CIO, '
      + 'endorsed her. It hurt employers including Marriott and Hilton.');
    expect(people).toEqual([]);
    expect(organizations).toEqual(['Monsanto', 'Pfizer', 'GlaxoSmithKline', 'Eli Lilly', 'AFL-CIO', 'Marriott', 'Hilton']);
  });

  it('but not an example that goes on past "for a", an owner\'s name, or a person a given name opens', () => {
    const { people, organizations } = extractEntities('It backed groups like Students for a Democratic Society. It '
      + 'funds groups like Emily\'s List. Brands such as Rebecca Minkoff sell there.');
    expect(organizations).not.toContain('Students');
    expect(organizations).not.toContain('Emily');
    expect(people).toContain('Rebecca Minkoff');
  });

  it('lists "Agence France-Presse", "Turner Broadcasting" and "Teamsters Local" as organizations, "Terre Haute" as a place', () => {
    const { people, organizations, places } = extractEntities('A reporter for Agence France-Presse called it chaos. CNN '
      + 'is a Turner Broadcasting asset. Its capital is in Terre Haute, not in Palma de Mallorca. John Bulgaro leads Teamsters Local 294. It is an '
      + 'Art Deco theater. He joined the Opposition Bloc. Ford Motor will move. It went to the Deputy Secretaries.');
    expect(people).toEqual(['John Bulgaro']);
    expect(organizations).toEqual(expect.arrayContaining(['Agence France-Presse', 'Turner Broadcasting', 'Teamsters Local',
      'Opposition Bloc', 'Ford Motor']));
    expect(places).toEqual(['Terre Haute', 'Palma de Mallorca']);
  });

  it('lists a platform as an organization where it speaks as a firm, not where words were posted on it', () => {
    expect(extractEntities('Twitter said in a statement that it had suspended 125,000 accounts. Facebook says it has '
      + 'teams of reviewers.').organizations).toEqual(['Twitter', 'Facebook']);
    expect(extractEntities('He posted it on Twitter, and Facebook users shared it.').organizations).toEqual([]);
    expect(extractEntities('A Twitter spokeswoman declined. YouTube removed the video, and Google\'s chief executive left.')
      .organizations).toEqual(['Twitter', 'YouTube', 'Google']);
  });

  it('makes no person of common words the article writes in lowercase too, unless a given name opens them or they speak', () => {
    const { people } = extractEntities('A 2013 article in the journal Judgment and Decision Making found so. Facebook '
      + 'activated its Safety Check tool. The decision was making news, and the check cleared. Patty Judge, a former '
      + 'judge, ran. "It is not a responsible thing," said Khin Zaw Win, an activist. He did not win.');
    expect(people).toEqual(['Patty Judge', 'Khin Zaw Win']);
    // (Nor with a title before them: "Sen. Asa Small".)
    expect(extractEntities('Sen. Asa Small voted no. The vote was small.').people).toEqual(['Asa Small']);
    // A common word first counts too, but not initials: "A.E. Dick Howard".
    expect(extractEntities('He opposes Common Core standards, a common complaint. They spoke to A.E. Dick Howard about '
      + 'a dick.').people).toEqual(['A.E. Dick Howard']);
    // (Nor a name that ends in two capitals: "Sirius XM", "Apple ID"; two capitals first are initials: "AJ Spiker".)
    expect(extractEntities('He listens to Sirius XM daily. Chairman AJ Spiker spoke up.').people).toEqual(['AJ Spiker']);
    // ("Mufti" is a title, as "Imam" is: the mufti's name is what follows it.)
    expect(extractEntities('The spiritual leader, Mufti Salah-haji Mezhiev, confirmed it. The mufti spoke.').people)
      .toEqual(['Salah-haji Mezhiev']);
  });

  it('makes no person of a horse, wherever the article names it, once a noun has said it is one', () => {
    const body = 'Tindall was beaming, having just seen Monbeg Dude, the horse whom he owns, run his heart out.\n\n'
      + 'Tindall celebrates after watching his horse Monbeg Dude finish third in the National Monbeg Dude is now 10.';
    expect(extractEntities(body).people).toEqual([]);
  });

  it('makes no person of a pet whose breed its name runs into: "King Charles Spaniel Alfie"', () => {
    const body = 'King Charles Spaniel Alfie suffered burns. His older brother Billy Poodle spoke for the family.';
    // (A breed's word last is a nickname's surname; "Sandra Day O'Connor" has a thing's word inside.)
    expect(extractEntities(`${body} Justice Sandra Day O'Connor retired.`).people).toEqual(['Billy Poodle', "Sandra Day O'Connor"]);
  });
});

describe('extractEntities and what a person is "of"', () => {
  it('lists what a person is "of" as an organization, not a person: "Paul Sperry of Counter Jihad"', () => {
    const { people, organizations } = extractEntities('According to Paul Sperry of Counter Jihad, the deal was quiet.');
    expect(people).toEqual(['Paul Sperry']);
    expect(organizations).toEqual(['Counter Jihad']);
  });

  it('leaves a place a place, and a name someone owns no organization: "Fred Rogers of Mister Rogers\' Neighborhood"', () => {
    const { places, organizations } = extractEntities('Senator Bernie Sanders of Vermont spoke, and so did Fred Rogers of '
      + 'Mister Rogers\' Neighborhood.');
    expect(places).toEqual(['Vermont']);
    expect(organizations).toEqual([]);
  });
});

describe('extractEntities and events and years after a name', () => {
  it('makes no person of a sporting event: "the Genesis Open", "the fifth Ashes Test", "Test Match Special"', () => {
    const body = 'He won February\'s Genesis Open. Benaud commentated on the fifth Ashes Test at The Oval for Test Match Special.';
    expect(extractEntities(body).people).toEqual([]);
  });

  it('makes no person of a name a year follows, but keeps a possessive and a given name: "Spion Kop 1906 fan groups"', () => {
    const body = 'The march was organised with Spion Kop 1906 fan groups. Author J.K. Rowling\'s 2007 revelation and '
      + 'President Barack Obama 2008 posters were recalled.';
    expect(extractEntities(body).people).toEqual(['J.K. Rowling', 'Barack Obama']);
  });
});

describe('extractEntities and a colon after a verb of speech', () => {
  it('reads "the Russian Embassy said:" as an attribution, not a caption\'s header, though "embassy" is lowercase elsewhere', () => {
    const body = 'The Russian embassy said the convoys helped.\n\nAlexander Kramarenko from the Russian Embassy said: "It is '
      + 'done for them."';
    expect(extractEntities(body).people).toEqual(['Alexander Kramarenko']);
  });
});

describe('extractEntities and clubs and nicknames', () => {
  it('lists a lone word that speaks as a club when the article names its manager after it: "Wrexham manager"', () => {
    const body = 'Wrexham manager Dean Keates was pleased.\n\nOn Saturday, Wrexham tells its fans the ground is sold out.';
    const { people, organizations } = extractEntities(body);
    expect(people).toEqual(['Dean Keates']);
    expect(organizations).toContain('Wrexham');
  });

  it('lists a club in brackets after a player\'s position as an organization: "Josh Parker, midfielder (Red Star Belgrade)"', () => {
    const { people, organizations } = extractEntities('In: Josh Parker, midfielder (Red Star Belgrade). Loan: Kyle '
      + 'Knoyle, defender (Hearts, undisclosed).');
    expect(people).toEqual(['Josh Parker', 'Kyle Knoyle']);
    expect(organizations).toEqual(['Red Star Belgrade', 'Hearts']);
  });

  it('leaves a word shaped like an adjective out of a full name after it: "Mr Unpopular Bubba Watson"', () => {
    expect(extractEntities('Mr Unpopular Bubba Watson can surely not have upset anyone.').people).toEqual(['Bubba Watson']);
  });
});

describe('extractEntities and a full name that opens a sentence with an age', () => {
  it('lists it though someone else bears the surname: "Lizzi Crawford, 32," beside "Mary Crawford"', () => {
    const body = 'A mother lost seven stone. Lizzi Crawford, 32, tipped the scales at 20 stone.\n\n'
      + 'Her daughter, Mary Crawford, was proud.';
    expect(extractEntities(body).people).toEqual(['Lizzi Crawford', 'Mary Crawford']);
  });

  it('but not with a word run into the name of someone listed: "Resident Louisa Irving, 94,"', () => {
    const body = 'Among the residents is dementia sufferer Louisa Irving. Resident Louisa Irving, 94, wakes to a video.';
    expect(extractEntities(body).people).toEqual(['Louisa Irving']);
  });
});

describe('extractEntities and a place its kind or its people name', () => {
  it('lists a name after "the village of" or "villagers from" as a place, in all its mentions', () => {
    const body = 'Villagers from Shoma Ying said his brother had been there.\n\nShoma Ying lies near Xian, and residents '
      + 'of Aktogay agreed.';
    const { people, places } = extractEntities(body);
    expect(people).toEqual([]);
    expect(places).toEqual(['Shoma Ying', 'Aktogay']);
  });

  it('still lists a person whose given name the lists know: "the residents of Jeb Bush\'s Florida"', () => {
    expect(extractEntities('Many of the residents of Jeb Bush\'s Florida cheered.').people).toEqual(['Jeb Bush']);
  });
});

describe('extractEntities and the title of a work', () => {
  it('makes no person of a work\'s title in any of its mentions: "a book … by historian Mark Felton called Zero Night"', () => {
    const body = 'It is based on a book on the Warburg escape by historian Mark Felton called Zero Night.\n\n'
      + 'Producers want to turn Mark Felton\'s book about the escape Zero Night into a blockbuster.';
    expect(extractEntities(body).people).toEqual(['Mark Felton']);
  });

  it('keeps a person the film noun stands before in the article\'s other mentions: "In the film Tom Hanks plays …"', () => {
    const body = 'In the film Tom Hanks plays a captain.\n\nCritics said Tom Hanks was superb.';
    expect(extractEntities(body).people).toEqual(['Tom Hanks']);
  });
});

describe('extractEntities and a place a caption ran into a surname', () => {
  it('counts "Aintree Treadwell" as Liam Treadwell when the article writes "at Aintree" elsewhere', () => {
    const body = 'Mike Tindall and his wife were at Aintree ahead of the Grand National.\n\nThe winner crossed the line '
      + 'at Aintree Treadwell\'s contented look said it all, and his jockey Liam Treadwell smiled.';
    expect([...extractEntities(body).people].sort()).toEqual(['Liam Treadwell', 'Mike Tindall']);
    // (With "Karim", a given name the lists know: "against Malaga Benzema rolls around" is Karim Benzema.)
    expect(extractEntities('Real Madrid play against Malaga on Saturday. Karim Benzema is out of the match against '
      + 'Malaga Benzema rolls around on the floor.').people).toEqual(['Karim Benzema']);
  });

  it('makes no person of a caption\'s word run into a club the article writes after "at": "Maverick Tottenham striker"', () => {
    const body = 'Adebayor has one year left on his contract at Tottenham. Maverick Tottenham striker Emmanuel Adebayor '
      + 'performs a dance. Tottenham will decide.';
    expect(extractEntities(body).people).toEqual(['Emmanuel Adebayor']);
  });

  it('but keeps a surname after a given name, after "beat", or an owner\'s after "in": "in Davis\' commentary"', () => {
    // (Nor is a word after "beat" or "against" a club's alone: boxers and candidates are beaten too.)
    expect(extractEntities('Riddick Bowe lost his fortune. Holyfield beat Bowe the following year. Bowe said so.').people)
      .toContain('Riddick Bowe');
    // (Whatever word a caption ran into her name, she stays listed.)
    const { people } = extractEntities('Rival Hillary Clinton, however, said no. It was directed at Clinton. Clinton won.');
    expect(people.filter((p) => p.endsWith('Hillary Clinton'))).toHaveLength(1);
    expect(extractEntities('LETTERS.\n\nOuisa Davis\' commentary is thoughtful. As stated in Davis\' commentary, it '
      + 'is hard. Davis agreed.').people).toEqual(['Ouisa Davis']);
  });

  it('keeps a first name the lists do not know before a shared surname: "Lizzi Crawford" beside "Mary Crawford"', () => {
    const body = 'Yesterday Lizzi Crawford met her sister Mary Crawford in town. Lizzi said it was lovely.';
    expect(extractEntities(body).people).toEqual(['Lizzi Crawford', 'Mary Crawford']);
  });
});

describe('extractEntities and a name after "in" or "at"', () => {
  it('lists where someone is from, set off by commas, as a place: "Miss Witheridge, from Great Yarmouth, died"', () => {
    const { people, places } = extractEntities('Mr Miller, from Jersey, died from drowning, while Miss Witheridge, from '
      + 'Great Yarmouth, died from head wounds. Alice Barnett, from Canterbury in Kent, also died.');
    expect(people).toEqual(['Miller', 'Witheridge', 'Alice Barnett']);
    expect(places).toEqual(expect.arrayContaining(['Jersey', 'Great Yarmouth', 'Canterbury']));
  });

  it('but not an owner after "from": "Birdland, from Quincy Jones\'s album"', () => {
    expect(extractEntities('He won a Grammy for Birdland, from Quincy Jones\'s album Back on the Block.').people)
      .toContain('Quincy Jones');
  });

  it('makes no person of a name with no known given name after "in" or "at": "in Koh Tao", "at Turf Moor"', () => {
    const body = 'The pair were found on a beach in Koh Tao. Chelsea play Burnley at Turf Moor on Sunday.';
    expect(extractEntities(body).people).toEqual([]);
  });

  it('keeps an owner and a known given name: "in Ayn Rand\'s Atlas Shrugged", "at Brad Guzan\'s goal", "in Mary Smith"', () => {
    const body = 'He found his ideas in Ayn Rand\'s novel. Herrera struck at Brad Guzan\'s goal. They trusted in Mary Smith.';
    expect(extractEntities(body).people).toEqual(['Ayn Rand', 'Brad Guzan', 'Mary Smith']);
  });
});
