import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Speakers whose phrase names someone else too: whom they work for, who they are, who asked them.

describe('speakers described by whom they belong to', () => {
  it('keeps "a longtime adviser to Trump" as the speaker, never Trump, who is not speaking', () => {
    const before = only('Donald Trump spoke. "We will win this state by a lot," a longtime adviser to Trump said.');
    expect(before.speaker).toBe('a longtime adviser to Trump');
    expect(only('"We will win this state by a lot," said a longtime adviser to Trump.').speaker).toBe('a longtime adviser to Trump');
  });

  it('does not give the quote of "a spokesman for Hillary Clinton" to Hillary Clinton', () => {
    expect(only('A spokesman for Hillary Clinton said: "We will win this state by a lot."').speaker)
      .toBe('A spokesman for Hillary Clinton');
  });

  it('gives "a statement from X" to X, but keeps "a German user from Hanover" a description', () => {
    expect(only('The campaign released a statement from Donald Trump saying, "We will win and we will win big."').speaker)
      .toBe('Donald Trump');
    expect(only('"We do not have freedom of opinion anymore," tweeted a German user from Hanover.').speaker).toBe('a German user from Hanover');
  });

  it('completes a description that needs its complement: "one Democrat familiar with the discussion"', () => {
    expect(only('"It was not a convincing argument," one Democrat familiar with the discussion said.').speaker)
      .toBe('one Democrat familiar with the discussion');
    expect(only('"It was not a convincing argument," said a source close to the Clintons.').speaker)
      .toBe('a source close to the Clintons');
  });

  it('keeps the person, not the organization, in "Jeffrey Lewis of the James Martin Center said"', () => {
    expect(only('"The test was real and it was big," Jeffrey Lewis of the James Martin Center for Nonproliferation Studies said.').speaker)
      .toBe('Jeffrey Lewis');
  });

  it('takes the name after a title and "of": "Speaker of the House Rep. Paul Ryan"', () => {
    expect(only('"They have got no place in a presidential campaign," said Speaker of the House Rep. Paul Ryan (R-WI).').speaker)
      .toBe('Paul Ryan');
  });

  it('does not read a clause as a description: "The ad uses footage of Hillary Clinton"', () => {
    const q = only('A new ad is out.\n\nThe ad uses footage of Hillary Clinton asking, "Why aren\'t I 50 points ahead, you might ask?"');
    expect(q.speaker).toBe('Hillary Clinton');
  });
});

describe('who speaks when the words name someone else too', () => {
  it('names the person in an appositive after a description: "her senior policy adviser, Jake Sullivan, said"', () => {
    expect(only('In a statement, her senior policy adviser, Jake Sullivan, said: "Cooperation is strongest when Europe is strong."').speaker)
      .toBe('Jake Sullivan');
    expect(only('"We need him because life is very hard here," his wife, Gabriela Violeta Lazar, wrote.').speaker)
      .toBe('Gabriela Violeta Lazar');
  });

  it('names the person in an appositive after a description with a place: "said his best friend at Lehigh, Bruce Turry"', () => {
    const q = only("''It may have been his first attempt,'' said his best friend at Lehigh, Bruce Turry, who remembered it.");
    expect([q.speaker, q.role]).toEqual(['Bruce Turry', 'his best friend at Lehigh']);
  });

  it('takes the name before two appositives: "Alixandria Lapp, executive director of the PAC, a super PAC, said"', () => {
    const q = only('Alixandria Lapp, executive director of the House Majority PAC, a Democratic super PAC, said she thinks Republicans "are going to be dragged down by the anger of their own voters around their necks."');
    expect(q.speaker).toBe('Alixandria Lapp');
  });

  it('gives the question to the asker, not to the one asked: "Trump was asked, “…”"', () => {
    expect(only('In an interview, Trump was asked, "What is the most dangerous place in the world you have been to?"').speaker).toBeNull();
    expect(only('Sanders was asked by host Bill Maher, "Now, you famously said you are tired of hearing about the emails?"').speaker)
      .toBe('Bill Maher');
  });

  it('keeps "X is quoted as saying" with X', () => {
    expect(only('"Our method succeeds where others fail, every single time," Matt Braynard is quoted as saying.').speaker).toBe('Matt Braynard');
  });

  it('does not give a participle\'s quote to the object of a preposition: "responded on Facebook writing"', () => {
    expect(only('Hillary Clinton responded to the question on Facebook writing, "Yes, I will. That was a poor choice of words."').speaker)
      .toBe('Hillary Clinton');
  });

  it('stops a name at its verb: "Republican presidential nominee Donald Trump issued the following statement:"', () => {
    expect(only('Republican presidential nominee Donald Trump issued the following statement:\n\n"Our prayers are with all those affected by the attacks."').speaker)
      .toBe('Donald Trump');
  });

  it('reads two titles joined by "and" before a name: "former Pennsylvania Gov. and DNC Chairman Ed Rendell"', () => {
    const body = '"That is what he did in 2008," said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.';
    expect(only(body).speaker).toBe('Ed Rendell');
  });

  it('reads two lowercase roles joined by "and" before a name as the named person\'s: "cricket director and head coach"', () => {
    const body = '"Jos is one of the most talented cricketers in the game," said cricket director and head coach Ashley Giles.';
    expect(only(body)).toMatchObject({ speaker: 'Ashley Giles', role: 'cricket director and head coach' });
  });

  it('does not take a name before "for" or "to" for the subject when a person follows it: "Women for Hillary Clinton wing King"', () => {
    const body = "Billie Jean King is co-chairing the campaign. King helped run the former First Lady's 2008 Women for Hillary "
      + 'Clinton wing King, pictured with Clinton in 2001, said: "Hillary Clinton is a proven leader and she has a strong '
      + 'track record when it comes to inclusion."';
    expect(only(body).speaker).toBe('Billie Jean King');
    const facetime = 'The Duke holds an iPad as he invites the audience to sing happy birthday via FaceTime to his daughter '
      + 'Princess Eugenie Sarah added: "We think you all need to go for choir practice."';
    expect(only(facetime).speaker).not.toBe('FaceTime');
  });

  it('keeps "the president and first lady Melania Trump" as two people: a determiner opens a role of its own', () => {
    const body = '"We are honored to welcome you to the White House," said the president and first lady Melania Trump.';
    expect(only(body).speaker).not.toBe('Melania Trump');
  });

  it('keeps two quotes apart when each has its own attribution: `"…," said Collins. "…," added Rodgers.`', () => {
    const quotes = extractQuotes('"He is going to have to stop with the insults," said Sen. Susan Collins. "He will have to earn the presidency," added Rep. Cathy McMorris Rodgers.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Susan Collins', 'Cathy McMorris Rodgers']);
  });
});

describe('what a name owns', () => {
  it('does not give "X\'s right-hand woman rallied supporters, saying: “…”" to X', () => {
    const body = 'Hillary Clinton spoke. Later, Hillary Clinton’s right-hand woman rallied supporters, saying: "We have to be ready to stop him."';
    expect(only(body).speaker).toBe('Clinton’s right-hand woman');
  });

  it('gives "X\'s response was: “…”" to X', () => {
    expect(only('Hillary Clinton read it. Clinton’s response was: "Is Dalton Brody off Conn or Wisconsin?"').speaker).toBe('Hillary Clinton');
  });

  it('gives the words of "European football\'s governing body" to that body, not to a person called "European"', () => {
    const body = 'The ban was upheld.\n\nA statement from European football\'s governing body read: "We are disappointed by the decision."';
    expect(only(body).speaker).toBe('European football\'s governing body');
  });
});

describe('descriptions and clause subjects', () => {
  it('keeps a group named by whom they follow: "Andrean High School fans also chanted, “…”"', () => {
    expect(only('Andrean High School fans also chanted, "Build a wall, build it high," at the game.').speaker)
      .toBe('Andrean High School fans');
  });

  it('steps over an appositive after a described subject: "The Clinton campaign, in a Q&A on it, worded it …: “…”"', () => {
    const body = 'The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: "Her practice was to '
      + 'email government officials on their accounts."';
    expect(only(body).speaker).toBe('The Clinton campaign');
  });

  it('takes the last of a compound subject for a participle after it: "Yahoo News and anchor Katie Couric has …, advising"', () => {
    const body = 'Yahoo News and former TV network anchor Katie Couric has promoted humility in speeches, advising graduates '
      + 'to "become members of the two-H club: hard work and humility."';
    expect(only(body).speaker).toBe('Katie Couric');
  });

  it('reads "one of those advisers" as one speaker, before or after the verb', () => {
    expect(only('"There will not be a path for Bernie to succeed," said one of those advisers.').speaker).toBe('one of those advisers');
    expect(only('"There will not be a path for Bernie to succeed," one of those advisers said.').speaker).toBe('one of those advisers');
  });

  it('takes in where a described speaker is: "a Democratic staffer in the room wondered"', () => {
    expect(only('"Will he be the next attorney general?" a Democratic staffer in the room wondered.').speaker)
      .toBe('a Democratic staffer in the room');
  });

  it('reads "As X puts it, “…”" with X the speaker and no sentence-opening word in the name', () => {
    expect(only('As The Post\'s Dana Milbank puts it, "Senate Republicans are unmoved, and activists are uninspired."').speaker)
      .toBe('Dana Milbank');
    expect(only('As Vulture put it, "Hello, it is the Biebs, back on top of the charts."').speaker).toBe('Vulture');
  });

  it('cuts a subject at its own verb: "The email goes on to say:", "his campaign sent out a message saying:"', () => {
    expect(only('The email goes on to say: "Trump wants to write racism into our law books."').speaker).toBe('The email');
    expect(only('On Tuesday, his campaign sent out a text message to supporters saying: "We were just declared the winner!"').speaker)
      .toBe('his campaign');
  });
});

describe('names in longer phrases', () => {
  it('reads an institution\'s name with "for" and "and" as where the speaker is from: "X of the Center for … and … said"', () => {
    const q = only('"No Republican has a plan," Anthony Cordesman of the Center for Strategic and International Studies said.');
    expect(q.speaker).toBe('Anthony Cordesman');
  });

  it('takes the name in the appositive after a description ending in a name: "His partner at Lenox, Lawrence B. Cummings,"', () => {
    const body = 'His former business partner at Lenox, Lawrence B. Cummings, called him a master at deals. "He showed '
      + 'again and again an ability to put together deals that other people could not."';
    expect(only(body)).toMatchObject({ speaker: 'Lawrence B. Cummings', role: 'his former business partner at Lenox' });
  });

  it('reads past a party tag in brackets after the name: `"…," Rep. Earl Blumenauer (D-Ore.) said`', () => {
    expect(only('"There is tremendous energy in a whole host of races," Rep. Earl Blumenauer (D-Ore.) said.').speaker)
      .toBe('Earl Blumenauer');
  });

  it('resolves "she" past a party tag in brackets: "Sen. Claire McCaskill (D-Mo.) scolded him"', () => {
    const q = only('David Gorski wrote about it. Democratic Sen. Claire McCaskill (D-Mo.) scolded him. "The scientific community is monolithic against you," she said.');
    expect(q.speaker).toBe('Claire McCaskill');
  });

  it('ends a subject at the verb after a name its role introduced: "… candidate Jeb Bush broke down …:"', () => {
    const q = only('Former Republican presidential candidate Jeb Bush broke down what was wrong to a Dutch newspaper: "What Trump did was so insensitive."');
    expect([q.speaker, q.role]).toEqual(['Jeb Bush', 'Former Republican presidential candidate']);
  });

  it('reads the sentence before a quote when the next paragraph opens with a dash but names no one', () => {
    const q = only('Asked about the bomb, Clinton said, "I think it is important to know the facts about any incident like this."\n\n--additional reporting by the wires');
    expect(q.speaker).toBe('Clinton');
  });
});

describe('names that look like other words', () => {
  it('reads "Will" as a name before a surname: "said Will Doyle"', () => {
    expect(only('"It is a pretty expensive business model," said Will Doyle, a professor of higher education.').speaker)
      .toBe('Will Doyle');
  });

  it('reads "May" as a name where the article names a person with it: "Prime Minister Theresa May said"', () => {
    expect(only('"We will leave the union in good order," Prime Minister Theresa May said.').speaker).toBe('Theresa May');
    expect(only('"We will leave the union in good order," Trump on Monday said.').speaker).toBe('Trump');
  });

  it('reads past the period of "(D-Mo.)" in the sentence before the quote', () => {
    expect(only('Democratic Sen. Claire McCaskill (D-Mo.) scolded him: "The scientific community is almost monolithic against you."').speaker)
      .toBe('Claire McCaskill');
  });

  it('gives a quote after "X, who declared" to X, not to the subject of the sentence', () => {
    const q = only('Cruz won an endorsement from Mike Lee, who declared in the spin room, "I am sending the signal that it is time to unite."');
    expect(q.speaker).toBe('Mike Lee');
  });
});

describe('speakers named with a place', () => {
  it('keeps "a New Hampshire Republican" a description, whole', () => {
    expect(only('"Trump will be defeated in this process," said a New Hampshire Republican.').speaker)
      .toBe('a New Hampshire Republican');
    expect(only('"There are more candidates competing," added another New Hampshire Republican.').speaker)
      .toBe('another New Hampshire Republican');
  });

  it('drops the place and the title before a name: "New York Mayor Bill de Blasio"', () => {
    expect(only('"No, we are not done here," New York Mayor Bill de Blasio said.').speaker).toBe('Bill de Blasio');
    expect(only('"No, we are not done here," said New York Mayor Bill de Blasio.').speaker).toBe('Bill de Blasio');
  });

  it('names the person after a qualified title, and keeps the title as their role: "AFT President Randi Weingarten"', () => {
    const q = only('"She believes in public schools and always has," AFT President Randi Weingarten said.');
    expect(q.speaker).toBe('Randi Weingarten');
    expect(q.role).toBe('AFT President');
  });

  it('reads an initial as part of a name, not as an article: "James A. Baker"', () => {
    expect(only('"We will provide the information," FBI General Counsel James A. Baker wrote.').speaker).toBe('James A. Baker');
  });
});

describe('an appositive whose closing comma is missing', () => {
  it('is read before "said:" too: `Mr Cortes, leader of the TSSA said: …` is Manuel Cortes', () => {
    const q = only('Manuel Cortes, from the TSSA union, spoke. Mr Cortes, leader of the Transport Salaried Staffs '
      + 'Association said: "Talks have not even been concluded."');
    expect([q.speaker, q.role]).toEqual(['Manuel Cortes', 'leader of the Transport Salaried Staffs Association']);
  });

  it('is read past modifiers before the role and in capitals: "Mike LeSurf, Changing Places Development Officer at X says:"', () => {
    const lower = only('There are toilets. Mike LeSurf, development officer at Mencap says: "There are a quarter of a '
      + 'million people who need one."');
    expect(lower.speaker).toBe('Mike LeSurf');
    const title = only('There are toilets. Mike LeSurf, Changing Places Development Officer at Mencap says: "There are a '
      + 'quarter of a million people who need one."');
    expect([title.speaker, title.role]).toEqual(['Mike LeSurf', 'Changing Places Development Officer at Mencap']);
  });

  it('is no appositive that "as" opens: "…, as Archbishop Aris Shirvanian … told the AP, “…”"', () => {
    const q = only('Azerbaijan is a useful friend.\nHowever, as Archbishop Aris Shirvanian of the Armenian Patriarchate told '
      + 'the Associated Press (AP), "We have suffered the same fate as the Jewish people."');
    expect(q.speaker).toBe('Aris Shirvanian');
  });
});

describe('an agency whose name joins two nouns with "and"', () => {
  it('speaks by its whole name: "The Maritime and Coastguard Agency said:"', () => {
    const q = only('The Maritime and Coastguard Agency said: "While it is fact that the ship lost a container, there is '
      + 'no evidence."');
    expect(q.speaker).toBe('Maritime and Coastguard Agency');
  });
});

describe('a speaker after a conjunction', () => {
  it('starts after "although": "enjoyed the experience although one Year 3 student told the paper"', () => {
    const q = only('Most pupils have enjoyed the experience although one Year 3 student told the paper that they "were '
      + 'a bit scared of heights so if it could just be on the ground then that would be an improvement".');
    expect(q.speaker).toBe('one Year 3 student');
  });
});
