import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// Clubs named after their town.
describe('a town right before who plays for or runs a club', () => {
  it('is the club there: "Newcastle manager John Carver", "Dundee midfielder Paul McGowan"', () => {
    const { organizations, people } = extractEntities('Newcastle manager John Carver was angry. Dundee midfielder Paul '
      + 'McGowan scored.');
    expect(organizations).toEqual(['Newcastle', 'Dundee']);
    expect(people).toEqual(['John Carver', 'Paul McGowan']);
  });

  it('but its other mentions stay the town\'s, and a country or a state before a captain stays a place', () => {
    const body = 'Liverpool boss Brendan Rodgers lives in Liverpool. England captain Wayne Rooney and Sen. Rand Paul\'s '
      + 'Kentucky supporters met in Kentucky.';
    const { organizations, places } = extractEntities(body);
    expect(organizations).toEqual(['Liverpool']);
    expect([...places].sort()).toEqual(['England', 'Kentucky', 'Liverpool']);
  });

  it('nor does a run of names no gazetteer knows become a club: "at Crystal Palace Manchester City captain …"', () => {
    const body = 'City lost 2-1 at Crystal Palace Manchester City captain Vincent Kompany said. Manchester City lost.';
    expect(extractEntities(body).organizations).toEqual(['Manchester City']);
  });
});

describe('a town that the words after it show to be a club', () => {
  it('is the club for its fans, its players or a plural verb: "Leeds fans", "Dundee have vowed", "the Exeter player"', () => {
    const body = 'Thousands of Leeds fans sang. Dundee have vowed to stand by Paul McGowan. But Burnley are top. The ex-Aldershot '
      + 'and Exeter player may play.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Leeds', 'Dundee', 'Burnley', 'Exeter'], places: [] });
  });

  it('is the club for what only a club has: "at Liverpool training", "Newcastle reserves"', () => {
    const body = 'He was seen at Liverpool training on Monday. Keegan even shut down Newcastle reserves.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Liverpool', 'Newcastle'], places: [] });
  });

  it('and so is a player\'s side after "of": "Alex Mowatt of Leeds celebrates"; but not "the city of Leeds"', () => {
    const body = 'Leeds have not confirmed it. Alex Mowatt of Leeds celebrates after scoring. Fans in the city of Leeds sang.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Leeds'], places: ['Leeds'] });
    const club = 'Leeds have not confirmed it. Alex Mowatt of Leeds celebrates after scoring.';
    expect(extractEntities(club)).toMatchObject({ organizations: ['Leeds'], places: [] });
    // (So are "at" and "of" after a lowercase word: "the problems at Newcastle", "the visit of Valencia".)
    const at = 'Newcastle manager John Carver spoke. The problems at Newcastle run deep, before the visit of Newcastle.';
    expect(extractEntities(at)).toMatchObject({ organizations: ['Newcastle'], places: [] });
  });

  it('and so is every other mention of it, but one a place\'s preposition brings in', () => {
    const body = 'Liverpool manager Brendan Rodgers was angry. Liverpool sold Suarez, and Swansea beat Liverpool. '
      + 'Swansea fans were happy. Rodgers lives in Swansea.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Liverpool', 'Swansea'], places: ['Swansea'] });
  });

  it('and so is a side at play: "against Motherwell", "a draw with Kilmarnock", "(home to Doncaster)", "Rotherham\'s win"', () => {
    const body = 'The Dons drew against Motherwell, then had a draw with Kilmarnock. Notts County (home to Doncaster) may go '
      + 'down after Rotherham\'s win. Northampton flanker Tom Wood is fit.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Motherwell', 'Kilmarnock', 'Notts County', 'Doncaster',
      'Rotherham', 'Northampton'], places: [] });
  });

  it('and so is every side of a list an opponent word opens: "against Queens Park Rangers, Leicester and Swansea"', () => {
    const body = 'His goals against Queens Park Rangers, Leicester and Swansea came late. He lives in Leeds, Bristol and Derby.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Queens Park Rangers', 'Leicester', 'Swansea'],
      places: ['Leeds', 'Bristol'] });
  });

  it('and so is a side another faces, or that struggles: "when Aston Villa face Liverpool", "strugglers Leicester"', () => {
    const body = 'It comes when Aston Villa face Liverpool. He scored against Premier League strugglers Leicester.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Aston Villa', 'Liverpool', 'Premier League', 'Leicester'],
      places: [] });
  });

  it('and so is a town that is a name too, by the same words: "a 1-1 draw with Reading"; not a court\'s "v."', () => {
    const body = 'It ended in a 1-1 draw with Reading, and Buttler faces Durham on Friday. The court cited Plessy v. Ferguson and Ferguson v. Ohio.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Reading', 'Durham'], places: ['Ohio'] });
  });

  it('and so is either side of a fixture: "Gloucester v Newcastle"; but not a state in a court\'s case', () => {
    expect(extractEntities('Gloucester v Newcastle (Kingsholm, 3pm) was won by the hosts.'))
      .toMatchObject({ organizations: ['Gloucester', 'Newcastle'], places: [] });
    expect(extractEntities('The court cited Texas v. Johnson.')).toMatchObject({ organizations: [], places: ['Texas'] });
  });

  it('and so is the side someone scores for or makes a debut for: "goals for Sunderland", "his Aberdeen debut"', () => {
    const body = 'They were stunned by goals for Sunderland. Smith made his Aberdeen debut in 2012.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Sunderland', 'Aberdeen'], places: [] });
  });

  it('and so is the side a fixture in brackets follows: "Crewe (away to Coventry) win"', () => {
    const body = 'Notts County will be relegated if Crewe (away to Coventry) win. Crewe fans are hopeful.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Crewe', 'Notts County', 'Coventry'], places: [] });
  });

  it('and so is one whose possessive a score follows, though "in" comes before: "in Barcelona\'s 3-1 win"', () => {
    const body = 'Luis Suarez starred in Barcelona\'s 3-1 Champions League win. Fans flew in to Paris.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Barcelona', 'Champions League'], places: ['Paris'] });
  });

  it('and so is one who runs it is "of": "chief executive of Scunthorpe", "chairman of Barnsley"', () => {
    const body = 'He left to become chief executive of Scunthorpe. Maurice Watkins, now chairman of Barnsley, agreed.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Scunthorpe', 'Barnsley'], places: [] });
  });

  it('but not a town that describes a noun after it: "a manager of Leicester children\'s homes"', () => {
    const body = 'Frank Beck, a manager of Leicester children\'s homes, was tried.';
    expect(extractEntities(body)).toMatchObject({ organizations: [], places: ['Leicester'] });
  });

  it('and so is one someone plays for or is lent by: "he played for Derbyshire", "on loan from Burnley"', () => {
    const body = 'He played for Derbyshire before a spell on loan from Burnley.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Derbyshire', 'Burnley'], places: [] });
  });

  it('but not a town one comes home to, or a street one rails against: "returning home to Cairo"', () => {
    const body = 'Helal was returning home to Cairo. Ms. Warren railed against Wall Street.';
    expect(extractEntities(body)).toMatchObject({ organizations: [], places: ['Cairo', 'Wall Street'] });
  });

  it('but not a plural verb that two places, a street or a ship share: "Cleveland and Philadelphia are"', () => {
    const body = 'Cleveland and Philadelphia are preparing for protests. Republicans on Capitol Hill have been scrambling. '
      + 'Many Wall Street players are angry. HMS Cornwall are moored in Portsmouth.';
    expect(extractEntities(body).organizations).toEqual([]);
  });
});

describe('a place in brackets after a player\'s position', () => {
  it('is a squad list\'s club, a town or not: "Paul Quinn, defender (Aberdeen)", "midfielder (East Fife)"', () => {
    const body = 'Out: Paul Quinn, defender (Aberdeen); Alistair Coote, midfielder (East Fife). He lives near Aberdeen (Scotland).';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Aberdeen', 'East Fife'], places: ['Aberdeen', 'Scotland'] });
  });
});

describe('a club named in several ways', () => {
  it('is one entry, named without "FC": "Leeds", "Leeds United" and "Leeds United Football Club"', () => {
    const body = 'Leeds fans were angry. Leeds United said nothing. A message to Leeds United Football Club was sent, '
      + 'and Leeds United Football Club replied.';
    expect(extractEntities(body).organizations).toEqual(['Leeds United']);
  });

  it('is one entry for the word a club\'s first word goes before: "Villa" is "Aston Villa", unless two clubs end so', () => {
    expect(extractEntities('Aston Villa won. Villa goalkeeper Brad Guzan was happy, and Villa fans sang.').organizations)
      .toEqual(['Aston Villa']);
    const two = 'Real Madrid won, and Atletico Madrid lost. Madrid fans were happy.';
    expect(extractEntities(two).organizations).toEqual(['Real Madrid', 'Atletico Madrid', 'Madrid']);
  });

  it('but a town with a club of its own, or with two, stays apart from them: "Dundee FC" and "Dundee United"', () => {
    const body = 'Dundee fans sang. Dundee FC beat Dundee United. Manchester fans sang. Manchester United beat Manchester City.';
    expect(extractEntities(body).organizations).toEqual(['Dundee', 'Dundee United', 'Manchester', 'Manchester United',
      'Manchester City']);
  });
});

describe('a stadium or an arena', () => {
  it('is a place: "the Liberty Stadium", "Quicken Loans Arena"', () => {
    const body = 'The defeat by Swansea City at the Liberty Stadium hurt. The convention is at Quicken Loans Arena.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Swansea City'],
      places: ['Liberty Stadium', 'Quicken Loans Arena'] });
  });
});

describe('a lone word whose manager, founder or player is named after it', () => {
  it('is a body: "Millwall manager Ian Holloway", "Paypal co-founder Peter Thiel"', () => {
    const body = 'Leeds lost, said Millwall manager Ian Holloway, and Paypal co-founder Peter Thiel agreed.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Millwall', 'Paypal'],
      people: ['Ian Holloway', 'Peter Thiel'] });
  });

  it('so is one whose chief executive is named, or whose trade is written before it: "sales at Argos"', () => {
    const body = 'It was a hard year, said Hibs chief executive Leeann Dempster. Like-for-like sales at Argos fell, and a '
      + 'bid for Argos came.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Argos', 'Hibs'], people: ['Leeann Dempster'] });
  });

  it('but not a title, or a name cut at a hyphen: "Head coach John Carver", "ex-Port Vale manager"', () => {
    const body = 'Newcastle lost the derby Head coach John Carver said. Striker Keating was recommended by ex-Port Vale manager '
      + 'Micky Adams.';
    expect(extractEntities(body).organizations).toEqual([]);
  });

  it('is a team for a team-mate named after it: "his Mercedes team-mate Nico Rosberg"', () => {
    const { people, organizations } = extractEntities('Hamilton was ahead of his Mercedes team-mate Nico Rosberg, with '
      + 'Ferrari team-mate Kimi Raikkonen down in sixth.');
    expect(people).toEqual(['Nico Rosberg', 'Kimi Raikkonen']);
    expect(organizations).toEqual(['Mercedes', 'Ferrari']);
  });
});

describe('a place and a team\'s nickname', () => {
  it('is the team: "the Denver Broncos", "the Brooklyn Nets", "Leeds Rhinos"', () => {
    const body = 'The Denver Broncos beat the Carolina Panthers. The Brooklyn Nets lost. Leeds Rhinos won.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Denver Broncos', 'Carolina Panthers', 'Brooklyn Nets',
      'Leeds Rhinos'], places: [] });
  });

  it('but not a place and any plural, nor a given name and a nickname: "Colorado Springs", "Jordan Rhodes"', () => {
    const body = 'Colorado Springs voted. Florida Sens. Marco Rubio spoke. Austin Kings scored.';
    expect(extractEntities(body).organizations).toEqual([]);
  });

  it('and so is a paper named by its town and "Sun": "the Baltimore Sun"; but not a medal: "the Arctic Star"', () => {
    const body = 'The Baltimore Sun reported it, and the Las Vegas Sun agreed. The Arctic Star was created in 2012.';
    expect(extractEntities(body).organizations).toEqual(['Baltimore Sun', 'Las Vegas Sun']);
  });

  it('and the place of its title is the team\'s, no place named: "Indiana Pacers President Larry Bird"', () => {
    expect(extractEntities('Indiana Pacers President Larry Bird said so.')).toMatchObject({ people: ['Larry Bird'], places: [] });
  });
});
