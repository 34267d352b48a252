import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findNames, findNamesInTokens, forgetSequences } from '../../../src/engine/entities/names.ts';
import { tokenize } from '../../../src/engine/entities/tokens.ts';
import { extractEntities } from '../../../src/engine/entities.ts';

const kinds = (body: string) => findNames(body).map((m) => `${m.kind}:${m.text}`);

describe('findNames', () => {
  it('strips titles and demonyms from a person\'s name, and reads "Pres." as a title, not "Press"', () => {
    expect(kinds('On Monday, Chinese President Xi Jinping met Sen. Ted Cruz.')).toEqual(['person:Xi Jinping', 'person:Ted Cruz']);
    expect(kinds('Pres. Obama spoke. She wrote for Yale University Press.')).toEqual(['person:Obama', 'organization:Yale University Press']);
  });

  it('keeps a demonym that is also a given name when a surname follows it', () => {
    expect(kinds('Army Capt. Christian Pardo and Mayor Christian Estrosi met the Christian Democrats.'))
      .toEqual(['organization:Army', 'person:Christian Pardo', 'person:Christian Estrosi']);
  });

  it('strips a title, a group or a place before a given name and a surname: "Whip Dick Durbin", "Senators Ted Cruz"', () => {
    expect(kinds('Whip Dick Durbin met Journalist Jorge Ramos, and then Senators Ted Cruz and England Kevin Keegan.'))
      .toEqual(['person:Dick Durbin', 'person:Jorge Ramos', 'person:Ted Cruz', 'person:Kevin Keegan']);
  });

  it('keeps a first word that may be a given name or an initial: "Tory Mazzola", "J. Gerald Hebert", "Billie Jean King"', () => {
    expect(kinds('He met Tory Mazzola, J. Gerald Hebert and Billie Jean King.'))
      .toEqual(['person:Tory Mazzola', 'person:J. Gerald Hebert', 'person:Billie Jean King']);
  });

  it('splits a body\'s or a place\'s name from an honorific after it, not a title\'s word: "the Court of Appeal Mr Beavis"', () => {
    expect(kinds('It went to the Court of Appeal Mr Beavis said. The film Saving Mr Banks won.'))
      .toEqual(['organization:Court of Appeal', 'person:Beavis', 'other:Saving Mr Banks']);
    // (And from a sentence's first word a caption's lost stop ran in: "the Court of Appeal Millions of motorists".)
    expect(kinds('He lost at the Court of Appeal Millions of motorists face fines.')[0]).toBe('organization:Court of Appeal');
  });

  it('makes a person of a known given name, an initial, a surname and a generation opening a sentence: "Joseph R. Murray II"', () => {
    expect(kinds('Joseph R. Murray II, a onetime lawyer, later came out. Martin Luther King Jr. spoke.'))
      .toEqual(['person:Joseph R. Murray II', 'person:Martin Luther King Jr.']);
  });

  it('reads a capitalized function word after "U.S." as a new sentence, not as part of the name after it', () => {
    expect(kinds('Trump would ban Muslims from entering the U.S. While Clinton has condemned it, others have not.'))
      .toEqual(['unknown:Trump', 'place:U.S.', 'unknown:Clinton']);
    // (So after a firm's "Ltd." or a "Jr.": "Freberg Ltd. His slogan was …"; but "Mrs. May" is a name.)
    expect(kinds('He opened Freberg Ltd. His slogan was honest. Sammy Davis Jr. The singer came. Mrs. May spoke.'))
      .toEqual(['organization:Freberg Ltd.', 'possible-person:Sammy Davis Jr.', 'person:May']);
  });

  it('finds no name in a headline in capitals, and the name a headline in capitals runs into', () => {
    expect(kinds('He read OBAMA’S LAST STATE OF THE UNION again.')).toEqual([]);
    expect(kinds('He read MORE BITE THE DUST FOR THE NEXT GOP DEBATE STAGE Rand Paul dropped out.')).toEqual(['person:Rand Paul']);
    expect(kinds('The FBI Director James Comey spoke.')).toEqual(['organization:FBI', 'person:James Comey']);
  });

  it('knows given names beyond English ones, so a name opening a sentence is a person: "Luis Miranda", "Sophie Dupont"', () => {
    expect(kinds('Luis Miranda, a spokesman, said so.\n\nSophie Dupont agreed.'))
      .toEqual(['person:Luis Miranda', 'person:Sophie Dupont']);
    expect(kinds('Leon E. Panetta spoke with Brett H. McGurk.')).toEqual(['person:Leon E. Panetta', 'person:Brett H. McGurk']);
  });

  it('reads "A." inside a name as an initial, but not "I." that ends one', () => {
    expect(kinds('Roberta A. Kaplan met Samuel A. Alito Jr. on Monday.'))
      .toEqual(['person:Roberta A. Kaplan', 'person:Samuel A. Alito Jr.']);
    expect(kinds('He spoke about Title I. on Monday.')).toEqual(['unknown:Title I.']);
  });

  it('names an outlet by the kind of outlet written after it, not a place, an owner or a description', () => {
    expect(kinds('She told El Universal newspaper that Clinton\'s website, a Baton Rouge newspaper and the Boston newspaper agreed.'))
      .toEqual(['organization:El Universal', 'unknown:Clinton', 'place:Baton Rouge', 'place:Boston']);
    expect(kinds('It ran Family Circle magazine’s poll.')).toEqual(['organization:Family Circle']);
    expect(kinds('The Forward, an influential New York-based newspaper, said so.')).toEqual(['unknown:Forward', 'place:New York']);
  });

  it('names a paper whose name opens with a German article, not a person: "Der Spiegel", "Die Zeit"', () => {
    expect(kinds('One of the largest outlets, Der Spiegel, disabled comments, as Die Zeit did.'))
      .toEqual(['organization:Der Spiegel', 'organization:Die Zeit']);
  });

  it('names places that open with "Fort", "Santa", "San", "Mount", "Mt.", "Port" or "St.", but not a title after one', () => {
    expect(kinds('He flew from Fort Pierce to Santa Monica, and a San Bernardino County Sheriff met him at St. Anselm.'))
      .toEqual(['place:Fort Pierce', 'place:Santa Monica', 'unknown:San Bernardino County Sheriff', 'place:St. Anselm']);
    expect(kinds('They climbed Mt. Everest.')).toEqual(['place:Mt. Everest']);
    expect(kinds('He sailed Lake Erie from County Kildare to Colorado Springs.'))
      .toEqual(['place:Lake Erie', 'place:County Kildare', 'place:Colorado Springs']);
    expect(kinds('He lives on the South Side near West End, said Kanye West.'))
      .toEqual(['place:South Side', 'place:West End', 'person:Kanye West']);
  });

  it('never takes "I\'m", "I\'d", "I\'ve" or "I\'ll" for part of a name: "Sometimes I\'m good at it"', () => {
    expect(kinds('Sometimes I\'m good at it. I\'d say so, and I’ve said it.')).toEqual(['unknown:Sometimes']);
  });

  it('takes no greeting or apology before a name for part of it: "Sorry Ruud, what did you say?", "Cheers Ruud"', () => {
    const people = (body: string) => findNames(body).filter((m) => m.kind === 'person').map((m) => m.text);
    expect(people("I said, 'Sorry Ruud, what did you say?' He said, 'Hello Sarah Jones.' Cheers Ruud Gullit.")).toEqual([
      'Sarah Jones', 'Ruud Gullit',
    ]);
  });

  it('takes the title of a work after the kind of work for no person: "his book Going Home", "a book … called Zero Night"', () => {
    const body = 'David Eisenhower writes in his book Going Home to Glory. Mark Felton wrote a book about the escape called Zero '
      + 'Night. The documentary Kelly Preston made aired. Coaches play Jillian Michaels on TV.';
    expect(findNames(body).filter((m) => m.kind === 'person').map((m) => m.text))
      .toEqual(['David Eisenhower', 'Mark Felton', 'Jillian Michaels']);
  });

  it('takes the title after a film\'s genre for no person: "the sci-fi thriller Maze Runner", "the biopic Rocketman"', () => {
    expect(findNames('She was in the sci-fi thriller Maze Runner and the biopic Rocket Man with Hugh Grant.')
      .filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Hugh Grant']);
  });

  it('takes no abstract noun for a surname: "Special Operations", "Economic Cooperation", "Reform Judaism"', () => {
    expect(kinds('He praised Special Operations troops, Economic Cooperation talks and Reform Judaism.'))
      .toEqual(['other:Special Operations', 'other:Economic Cooperation', 'other:Reform Judaism']);
  });

  it('names clubs and companies by their last word: "Manchester United", "Wigan Athletic", "Delta Air Lines"', () => {
    expect(kinds('He said fans of Manchester United and Wigan Athletic flew Delta Air Lines.'))
      .toEqual(['organization:Manchester United', 'organization:Wigan Athletic', 'organization:Delta Air Lines']);
    expect(kinds('He joined Team Clinton.')).toEqual(['organization:Team Clinton']);
    expect(kinds('He cited Priorities USA Action, Real Clear Politics, Goldman Sachs and Amnesty International.'))
      .toEqual(['organization:Priorities USA Action', 'organization:Real Clear Politics', 'organization:Goldman Sachs',
        'organization:Amnesty International']);
    // (A role noun opening a firm's name is no title before a person: "president of Economist Films".)
    expect(kinds('He is president of Economist Films.')).toEqual(['organization:Economist Films']);
  });

  it('splits an organization running into a person\'s name', () => {
    expect(kinds('He met General Secretary of the Communist Party of Vietnam Central Committee To Lam.'))
      .toEqual(['organization:Communist Party of Vietnam Central Committee', 'person:To Lam']);
  });

  it('keeps "for" and "and" inside an institution\'s name, not between two names', () => {
    expect(kinds('Bob Smith of the Center for Strategic and International Studies met Jane Doe and Mary Roe.'))
      .toEqual(['person:Bob Smith', 'organization:Center for Strategic and International Studies', 'person:Jane Doe',
        'person:Mary Roe']);
    expect(kinds('He works at the Department of Health and Human Services.'))
      .toEqual(['organization:Department of Health and Human Services']);
  });

  it('reads a hyphenated title between an organization and a person: "Post Editor-in-Chief Martin Baron"', () => {
    expect(kinds('It was released by Post Editor-in-Chief Martin Baron on Monday.'))
      .toEqual(['organization:Post', 'person:Martin Baron']);
  });

  it('drops hyphenated modifiers and party tags, and cuts no country at its "of"', () => {
    expect(kinds('The deal went to Chicago-based AbbVie, said Sen. Bob Corker (R-Tenn.).'))
      .toEqual(['place:Chicago', 'organization:AbbVie', 'person:Bob Corker']);
    // (Nor does it cut "the United States of America" at its "of".)
    expect(kinds('The United States of America is great.')).toEqual(['place:United States of America']);
  });

  it('does not make people of groups or of a lone sentence-initial word', () => {
    expect(findNames('Officials said Hill Democrats were angry.').filter((m) => m.kind === 'person')).toEqual([]);
    // (Nor of a generation, or of a prize: "Generation Xers", "the Heisman Trophy winner".)
    const body = 'It appeals to Generation Xers and millennials, says Heisman Trophy winner Tim Tebow.';
    expect(findNames(body).filter((m) => m.kind === 'person').map((m) => m.text)).toEqual(['Tim Tebow']);
  });

  it('tells places from the gazetteer, with abbreviations keyed without their period', () => {
    expect(kinds('They flew from St. Louis to the U.S. capital, then to Ho Chi Minh City.'))
      .toEqual(['place:St. Louis', 'place:U.S.', 'place:Ho Chi Minh City']);
  });

  it('reads a place of more than one word before a title as the title\'s, named apart: "New York Mayor Bill de Blasio"', () => {
    expect(kinds('Then New York Mayor Bill de Blasio spoke.')).toEqual(['place:New York', 'person:Bill de Blasio']);
    expect(kinds('New Hampshire Gov. Maggie Hassan spoke first.')).toEqual(['place:New Hampshire', 'person:Maggie Hassan']);
  });

  it('keeps an Arabic article joined to a surname in the name: "Bashar al-Assad", "Abdel Fattah el-Sisi"', () => {
    expect(kinds('Syrian President Bashar al-Assad met Egyptian President Abdel Fattah el-Sisi.'))
      .toEqual(['person:Bashar al-Assad', 'person:Abdel Fattah el-Sisi']);
    expect(kinds('Officials knew Ansar al-Sharia was behind the attack.')).toContain('organization:Ansar al-Sharia');
  });

  it('keeps a nickname in quotation marks inside a name: \'Juan "Chico" Manriquez\', \'Marine John “Tig” Tiegen\'', () => {
    expect(kinds('Juan "Chico" Manriquez of Oakland met Marine John “Tig” Tiegen.'))
      .toEqual(['person:Juan "Chico" Manriquez', 'place:Oakland', 'person:John “Tig” Tiegen']);
    // (Past an initial too: 'Rep. Robert C. "Bobby" Scott'.)
    expect(kinds('For 40 years, Rep. Robert C. "Bobby" Scott threw open his farm.'))
      .toEqual(['person:Robert C. "Bobby" Scott']);
  });

  it("keeps a nickname in single marks too, and lists no one else for the nickname: \"Mike 'Sugar Bear' Thompson\"", () => {
    expect(kinds("Her husband Mike 'Sugar Bear' Thompson met Lee ‘Uncle Poodle’ Thompson."))
      .toEqual(["person:Mike 'Sugar Bear' Thompson", 'person:Lee ‘Uncle Poodle’ Thompson']);
    const body = "Her husband Mike 'Sugar Bear' Thompson has filed a report. Sugar Bear said he was worried. Sugar Bear left.";
    expect(extractEntities(body).people).toEqual(["Mike 'Sugar Bear' Thompson"]);
  });

  it('takes a headline\'s words after a title for no one\'s name, but keeps a long name with initials', () => {
    const people = (body: string) => findNames(body).filter((m) => m.kind === 'person').map((m) => m.text);
    expect(people('12\nAnchor Expressed Fear About Future Prejudice Against Her Daughter.\n')).toEqual([]);
    expect(people('It read: The Republican Tax Plans Would All Cost A Fortune.')).toEqual([]);
    expect(people('Justice Samuel A. Alito Jr. wrote the opinion.')).toEqual(['Samuel A. Alito Jr.']);
    // (Nor an office's last words after its first, but a surname that is a title: "Rev. Martin Luther King".)
    expect(people('Sam Jacobs, Time’s Assistant Managing Editor, spoke. Rev. Martin Luther King marched.'))
      .toEqual(['Sam Jacobs', 'Martin Luther King']);
  });

  it('reads a month\'s abbreviation without its period as a name: "Ai Jun", but "Jun. 5" as a date', () => {
    expect(kinds('The columnist Ai Jun wrote it.')).toEqual(['person:Ai Jun']);
    expect(kinds('It came out on Jun. 5 in Beijing.')).toEqual(['place:Beijing']);
  });

  it('reads "District Judge" as a title, and keeps "the District of Columbia" a place', () => {
    expect(kinds('It was U.S. District Judge Emmet G. Sullivan.')).toEqual(['place:U.S.', 'person:Emmet G. Sullivan']);
    expect(kinds('He lives in the District of Columbia.')).toEqual(['place:District of Columbia']);
  });

  it('reads a profession before a name as a title: "Comedian Sarah Silverman", "Filmmaker Jack Marino"', () => {
    expect(kinds('Comedian Sarah Silverman spoke. So did Filmmaker Jack Marino.'))
      .toEqual(['person:Sarah Silverman', 'person:Jack Marino']);
  });

  it('does not make a person of words ending in a place\'s adjective, unless a given name opens them', () => {
    expect(kinds('He criticized Trump’s Middle Eastern policy, said a South Korean official.'))
      .toEqual(['unknown:Trump', 'other:Middle Eastern', 'other:South Korean']);
    expect(kinds('Then Mark Cuban spoke.')).toEqual(['person:Mark Cuban']);
  });

  it('does not make a person of a compass point\'s adjective alone, though a speech verb seems to follow: "Southeastern states"', () => {
    expect(extractEntities('The debates and March 1 Southeastern states – which lean Trump – could matter.').people)
      .toEqual([]);
    expect(kinds('The Northeastern and North-Western votes came in.')).toEqual(['other:Northeastern', 'other:North-Western']);
  });

  it('does not make a person of capitalized words after an article without a given name: "the Trump Train"', () => {
    expect(kinds('We are on the Trump Train and follow The Real Donald Trump, said the Rev. Al Sharpton.'))
      .toEqual(['unknown:Trump Train', 'unknown:Real Donald Trump', 'person:Al Sharpton']);
    expect(kinds('It was the Hillary Clinton campaign.')).toEqual(['person:Hillary Clinton']);
    expect(kinds('Subscribe to his Off Message podcast.')).toEqual(['unknown:Subscribe', 'unknown:Off Message']);
  });

  it('reads whatever qualifies a title before a name as part of the title, but a body it knows: "NEA President Lily …"', () => {
    expect(kinds('We met NEA President Lily Eskelsen García, Clinton Senior Adviser Sidney Blumenthal and Chicago Alderman Jason C. Ervin.'))
      .toEqual(['organization:NEA', 'person:Lily Eskelsen García', 'person:Sidney Blumenthal', 'place:Chicago', 'person:Jason C. Ervin']);
  });

  it('keeps a name with a title word in it a name, and a company a company: "Martin Luther King Jr.", "General Motors"', () => {
    expect(kinds('We met Martin Luther King Jr. at General Motors.')).toEqual(['person:Martin Luther King Jr.', 'organization:General Motors']);
  });

  it('reads "General Counsel" and "Retired Lt. Gen." as titles', () => {
    expect(kinds('The letter came from FBI General Counsel James A. Baker.')).toEqual(['organization:FBI', 'person:James A. Baker']);
    expect(kinds('Retired Lt. Gen. Michael Flynn spoke.')).toEqual(['person:Michael Flynn']);
  });

  it('reads a gender from an honorific or a known given name', () => {
    const genders = findNames('Mrs. Helen Park and Mr. Lee met David Kim.').map((m) => m.gender);
    expect(genders).toEqual(['female', 'male', 'male']);
    // Short forms that news uses as given names.
    expect(findNames('We met Pete Hidalgo and Todd Wilcox.').map((m) => m.gender)).toEqual(['male', 'male']);
  });
});

describe('a given name that is far more often a verb', () => {
  it('reads "Will" inside a sentence before a surname as a given name, though the article writes "will" too', () => {
    const body = 'Stars like Oprah Winfrey, Will Smith and others will come, said Will Doyle. Editing by Will Dunham.';
    expect(extractEntities(body).people).toEqual(['Oprah Winfrey', 'Will Smith', 'Will Doyle', 'Will Dunham']);
  });

  it('leaves "Will" a verb where a sentence opens with it or a function word follows it', () => {
    expect(extractEntities('Will Smith attend? Nobody Knows What Will Happen. It Will Not Allow People To Die.').people)
      .toEqual([]);
  });
});

describe('names kept by the words of their sequence', () => {
  // Names, titles, organization and place words, links, possessives, and gaps of every width between them.
  const pieces = ['Maria', 'Santos', 'Santos\'s', 'Xi', 'Jinping', 'President', 'Sen.', 'Mr.', 'Bank', 'of', 'America',
    'bin', 'Laden', 'The', 'NATO', 'U.S.', 'New', 'York', 'Party', 'Lam', 'To', 'Monday', 'said', 'the', 'Chinese'];
  const gaps = [' ', ' ', '  ', '\u00a0', '. ', ', ', '\n\n', ': "', '" ', '-'];
  const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...gaps)), { maxLength: 30 })
    .map((parts) => parts.map(([w, g]) => w + g).join(''));
  const names = (body: string) => findNamesInTokens(body, tokenize(body));

  it('finds the same names in a text whatever texts were read before it', () => {
    fc.assert(fc.property(text, text, (before, body) => {
      forgetSequences();
      const cold = names(body);
      forgetSequences();
      names(before);
      names(` ${before}\n${body}`);
      expect(names(body)).toEqual(cold);
    }), { numRuns: 500 });
  });
});

describe('words before a name that say what the person is', () => {
  it('leave out where they were born and a rank of two words: "South Korean-born Monte Haines", "Det Con"', () => {
    const { people } = extractEntities('South Korean-born Monte Haines holds little hope. Chicago-born Ann Lee agreed, '
      + 'as did Chief Petty Officer Lyle White.');
    expect(people).toEqual(['Monte Haines', 'Ann Lee', 'Lyle White']);
    const constable = 'She could add nothing. Det Con Jonathan Watts, from Devon and Cornwall Police, said Mr Pring was kind.';
    expect(extractEntities(constable).people).toEqual(['Jonathan Watts', 'Pring']);
    expect(extractEntities('The bill was late, said Con O\'Neill.').people).toEqual(['Con O\'Neill']);
  });
});
