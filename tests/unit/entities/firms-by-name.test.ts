import { describe, it, expect } from 'vitest';
import { extractEntities } from '../../../src/engine/entities.ts';

// Some firms, outlets and bodies are named by one word alone, with nothing around it to say what it names.
describe('a firm the news names by one word', () => {
  it('is an organization alone: "sales at Tesco and Waitrose", "Univision and Telemundo", "Amazon reported"', () => {
    const body = 'Shoppers left Tesco and Waitrose for Aldi. Univision and Telemundo carried the debate. Amazon reported gains. '
      + 'HuffPost asked him.';
    expect(extractEntities(body).organizations).toEqual(['Tesco', 'Waitrose', 'Aldi', 'Univision', 'Telemundo', 'Amazon',
      'HuffPost']);
  });

  it('and so are firms named in their own capitals, and a poll keeper: "PepsiCo", "FedEx", "RealClearPolitics"', () => {
    expect(extractEntities('Nooyi runs PepsiCo. She walked into a FedEx store, the RealClearPolitics average said.')
      .organizations).toEqual(['PepsiCo', 'FedEx', 'RealClearPolitics']);
  });

  it('and so are universities known by one word, and a magazine by two: "a Ph.D. from Harvard", "Charlie Hebdo"', () => {
    expect(extractEntities('He has a Ph.D. from Harvard and taught at Carnegie Mellon. Charlie Hebdo mocked him, and '
      + 'Marie Claire and Sirius XM did too.')).toMatchObject({ people: [],
      organizations: ['Harvard', 'Carnegie Mellon', 'Charlie Hebdo', 'Marie Claire', 'Sirius XM'] });
  });

  it('and so are a party and unions known by one word: "the Tories", "Aslef and the RMT"', () => {
    const body = 'The Tories said so. Aslef and the RMT called a strike.';
    expect(extractEntities(body).organizations).toEqual(['Tories', 'Aslef', 'RMT']);
  });

  it('and so are Britain\'s parties named for their members: "the Conservatives", "the Liberal Democrats"', () => {
    const body = 'Labour, the Liberal Democrats and the Conservatives agreed. Conservatives say so, and so do Democrats.';
    expect(extractEntities(body).organizations).toEqual(['Labour', 'Liberal Democrats', 'Conservatives']);
  });

  it('but not a state\'s "GOP" before a contest: "the New Hampshire GOP primary" is in New Hampshire', () => {
    expect(extractEntities('He won the New Hampshire GOP primary. The Iowa GOP said so.'))
      .toMatchObject({ organizations: ['Iowa GOP'], places: ['New Hampshire'] });
  });

  it('and so is a chamber after "the": "leaders in the House and Senate" (not "Dr. House" alone)', () => {
    const body = 'Republican leaders in the House and Senate met. Dr. House said no.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['House', 'Senate'], people: ['House'] });
  });

  it('and so are clubs known by a word that names no town: "defeat at home to Arsenal", "Getafe, Espanyol and Sevilla"', () => {
    const body = 'They lost 2-1 at home to Arsenal. Getafe, Espanyol and Sevilla all won. Rangers face Hibernian.';
    expect(extractEntities(body).organizations).toEqual(['Arsenal', 'Getafe', 'Espanyol', 'Sevilla', 'Rangers', 'Hibernian']);
  });

  it('and so is a paper named by one word after "the", the paper of a longer name if there is one: "told The Times"', () => {
    expect(extractEntities('He told The Times on Monday. The Guardian reported it. The Sun rose.').organizations)
      .toEqual(['Times', 'Guardian']);
    expect(extractEntities('The New York Times said so, and the Times agreed.').organizations).toEqual(['New York Times']);
    expect(extractEntities('Times have changed, and voters know it. Independent voters left.').organizations).toEqual([]);
  });

  it('and so is an outlet named by one word after "The" inside a sentence: "told The Hill", not "on the Hill"', () => {
    expect(extractEntities('He told The Hill. Rubio spoke on Sunday, The Hill reported.').organizations).toEqual(['Hill']);
    expect(extractEntities('Senators on the Hill agreed. The Hill is steep.').organizations).toEqual([]);
  });

  it('and so is a paper named by two words that name no body alone, in capitals too: "told USA TODAY"', () => {
    expect(extractEntities('The campaign told USA TODAY on Monday.').organizations).toEqual(['USA TODAY']);
    expect(extractEntities('He read USA Today.').organizations).toEqual(['USA Today']);
    expect(extractEntities('Fans chanted GOOD LUCK ELMO on Monday.').organizations).toEqual([]);
  });

  it('and its name opens a product\'s, no person\'s: "Apple Music", "Samsung Gear headsets"', () => {
    const body = 'Songs are on Apple Music now. Visitors wore Samsung Gear headsets.';
    expect(extractEntities(body).people).toEqual([]);
  });

  it('but not inside a longer name, or a river after "the": "the Big Apple", "deep in the Amazon"', () => {
    const body = 'She was busy in the Big Apple. They flew deep in the Amazon.';
    expect(extractEntities(body).organizations).toEqual([]);
  });
});

describe('an American broadcaster named by its call sign', () => {
  it('is an organization where the words around it make it a station: "told WMAZ", "WEEI radio", "WNBC-TV"', () => {
    const body = 'He told WMAZ on Monday. Schilling appeared on WEEI radio in Boston. His first segment on WNBC-TV was fun. '
      + 'A CNN/WMUR poll showed it. KING-TV reported the parade.';
    expect(extractEntities(body).organizations).toEqual(['WMAZ', 'WEEI', 'WNBC-TV', 'CNN', 'WMUR', 'KING-TV']);
  });

  it('but not a word in capitals of that shape: "a WASP", "sent to WWII camps", "WHAT’S BREWING"', () => {
    const body = 'He is no longer a WASP, he said, after he was sent to WWII camps.\n\nWHAT’S BREWING.';
    expect(extractEntities(body).organizations).toEqual([]);
  });
});

describe('a name right after where a body is based', () => {
  it('is the body\'s: "Manhattan-based Skin Laundry", "Chicago-based AbbVie and Dublin-based Shire"', () => {
    const body = 'The Manhattan-based Skin Laundry opened. Chicago-based AbbVie and Dublin-based Shire called off a deal.';
    expect(extractEntities(body)).toMatchObject({ people: [], organizations: ['Skin Laundry', 'AbbVie', 'Shire'] });
  });

  it('but not a person\'s, nor a name cut short, nor who runs the body: "Texas-based Matt Mackowiak", "Meals on Wheels"', () => {
    const body = 'Texas-based Matt Mackowiak said so. He spoke to the Texas-based Meals on Wheels Plus. Chicago-based AbbVie '
      + 'Chief Executive Richard Gonzalez agreed.';
    const { people, organizations } = extractEntities(body);
    expect(people).toEqual(expect.arrayContaining(['Matt Mackowiak', 'Richard Gonzalez']));
    expect(organizations).not.toContain('Meals');
    expect(organizations).not.toContain('Richard Gonzalez');
  });
});

describe('a name its initials follow in brackets', () => {
  it('is a body\'s: "Tidal Lagoon Power (TLP)"', () => {
    expect(extractEntities('Tidal Lagoon Power (TLP) wants to build it.').organizations).toEqual(['Tidal Lagoon Power']);
  });

  it('but not a person\'s, a law\'s or a treaty\'s: "John Smith (JS)", "the Affordable Care Act (ACA)"', () => {
    const body = 'John Smith (JS) left. The Affordable Care Act (ACA) and the Trans-Pacific Partnership (TPP) passed.';
    expect(extractEntities(body).organizations).toEqual([]);
  });
});

describe('a firm named with its legal form and without', () => {
  it('is one firm, listed by its fuller name: "Apple Inc. … Apple"', () => {
    expect(extractEntities('Apple Inc. reported gains. Shares in Apple rose, and Pfizer Inc. fell.').organizations)
      .toEqual(['Apple Inc.', 'Pfizer Inc.']);
  });

  it('or with what its full name adds to the word news calls it by: "Centerview Partners … Centerview"', () => {
    expect(extractEntities('Centerview Partners advised Valeant Pharmaceuticals International. Centerview and Valeant '
      + 'won, and the Ford Foundation gave to Ford workers.').organizations.toSorted())
      .toEqual(['Centerview Partners', 'Ford Foundation', 'Valeant Pharmaceuticals International']);
  });

  it('and so is the first word of its name where it speaks: "the Hurun Report … Hurun said" (not a person)', () => {
    expect(extractEntities('The Hurun Report counted them. Hurun said the list grew.')).toMatchObject({ people: [],
      organizations: ['Hurun Report'] });
  });

  it('and so is a body named by a word and its country\'s letters: "Priorities USA" (not "Sanders Iowa")', () => {
    expect(extractEntities('Priorities USA Action bought ads, and Priorities USA paid. Sanders Iowa won.'))
      .toMatchObject({ organizations: ['Priorities USA Action'], places: ['Iowa'] });
  });

  it('and so is a network named with its news or channel: "NBC … NBC News", "Fox News … Fox News Channel"', () => {
    expect(extractEntities('NBC reported it first, NBC News said. Fox News Channel aired it, and Fox News gained.')
      .organizations).toEqual(['NBC News', 'Fox News Channel']);
  });
});

describe('a body named with whose it is before it', () => {
  it('is the body alone: "the Obama White House" is the White House', () => {
    expect(extractEntities('A former adviser in the Obama White House and the Fox News Channel White House team spoke.')
      .organizations).toEqual(['White House', 'Fox News Channel']);
  });
});

describe('a foundation named for several people', () => {
  it('keeps all their given names: "the William and Flora Hewlett Foundation" (not "Microsoft and")', () => {
    const body = 'He led the William and Flora Hewlett Foundation, and gave to the Bill, Hillary and Chelsea Clinton '
      + 'Foundation. Microsoft and Ford Foundation staff met.';
    expect(extractEntities(body).organizations).toEqual(['William and Flora Hewlett Foundation',
      'Bill, Hillary and Chelsea Clinton Foundation', 'Microsoft', 'Ford Foundation']);
  });
});

describe('a body named in two ways', () => {
  it('is one body by the word before its "of", or by its head moved before "of": "the House", "the State Department"', () => {
    const body = 'The House of Representatives voted, and the House went home. The State Department and the Department of '
      + 'State are one. The ACLU sued, as did the ACLU of Oregon.';
    expect([...extractEntities(body).organizations].sort()).toEqual(['ACLU', 'ACLU of Oregon', 'Department of State',
      'House of Representatives']);
  });

  it('and so is a body named by the words before its "for", and a republic named without its "Republic of"', () => {
    const body = 'The Brennan Center for Justice sued, and the Brennan Center won in Turkey, the Republic of Turkey.';
    expect(extractEntities(body)).toMatchObject({ organizations: ['Brennan Center for Justice'],
      places: ['Republic of Turkey'] });
  });

  it('and a body named by the words before its "of", but not its branch in a town: "the Young Presidents Organization"', () => {
    const body = 'A report by the National Academies of Sciences, Engineering and Medicine said so, the National Academies '
      + 'added. The Girl Scouts of America and the Girl Scouts agreed. The Young Presidents Organization of Cincinnati and '
      + 'the Young Presidents Organization met.';
    expect(extractEntities(body).organizations.toSorted()).toEqual(['Girl Scouts of America',
      'National Academies of Sciences, Engineering and Medicine', 'Young Presidents Organization',
      'Young Presidents Organization of Cincinnati']);
  });

  it('and a short name of its own is the body it stands for: "the GOP" the Republican Party, "ISIS" the Islamic State', () => {
    expect(extractEntities('The GOP met. The Republican Party agreed, and GOP leaders left.').organizations)
      .toEqual(['Republican Party']);
    expect(extractEntities('ISIS struck. The Islamic State, or ISIL, fled.').organizations).toEqual(['Islamic State']);
    expect(extractEntities('ISIS struck, ISIL said.').organizations).toEqual(['ISIS']);
    expect(extractEntities('The GOP met, and the Grand Old Party agreed. HuffPost asked the Huffington Post.').organizations)
      .toEqual(['Grand Old Party', 'Huffington Post']);
  });
});

describe('extractEntities and papers whose name joins two words with a hyphen', () => {
  it('lists "the Chicago Sun-Times", "the Las Vegas Review-Journal" and "the Star-Ledger" as one paper each', () => {
    const { organizations, places } = extractEntities('He told the Chicago Sun-Times, the Las Vegas Review-Journal, the St. '
      + 'Louis Post-Dispatch and the Star-Ledger. The Sun-Times said so, and so did The National Enquirer.');
    expect(organizations).toEqual(['Chicago Sun-Times', 'Las Vegas Review-Journal', 'St. Louis Post-Dispatch', 'Star-Ledger',
      'National Enquirer']);
    expect(places).toEqual([]);
  });

  it('still splits two bodies a hyphen joins, and reads no paper into a prefix: "a Washington Post-ABC News poll"', () => {
    const { organizations, places } = extractEntities('A Washington Post-ABC News poll found that Post-Brexit Britain is calm.');
    expect(organizations).toEqual(['Washington Post', 'ABC News']);
    expect(places).toEqual(['Britain']);
  });
});

describe('extractEntities and names joined by "&"', () => {
  it('lists a firm so named, but not a show\'s title in quotation marks: "“Fox & Friends”", "Procter & Gamble"', () => {
    const { organizations } = extractEntities('He appeared on “Fox & Friends” and "Fast & Furious" to praise Procter & Gamble.');
    expect(organizations).toEqual(['Procter & Gamble']);
  });
});
