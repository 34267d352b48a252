import { describe, it, expect } from 'vitest';
import { only, speakersOf } from './only-quote.ts';

describe('a description the article gives no one, of the person it has just made a subject', () => {
  it('names the subject of the sentence before for "the lawmaker"', () => {
    const body = 'Joey Salceda filed a bill in Manila.\n\nSalceda, citing data from the U.S. State Department, said that about 4 million people of Philippine '
      + 'descent live in the United States. The lawmaker, who represents a district in Albay province, said Trump’s '
      + 'remarks “have had widespread dissemination, thus aggravating the shame it has already put on Filipinos.”';
    expect(speakersOf(body)).toEqual(['Joey Salceda']);
  });

  it('names the last subject, a paragraph back, for an epithet: "the New York businessman"', () => {
    const body = 'Donald Trump spoke second.\n\nTrump, appearing after Clinton at the forum, cited problems that he blamed on the policies of President '
      + 'Obama and Clinton.\n\n"We need change," the New York businessman said.';
    expect(speakersOf(body)).toEqual(['Donald Trump']);
  });

  it('names the last subject for a boss: "Mr Babington said. “…,” the Action Mental Health boss added"', () => {
    const body = 'David Babington runs the charity. "It is a stressful time for children," Mr Babington said. "Modern life is '
      + 'stressful and can hurt mental health," the Action Mental Health boss added.';
    expect(speakersOf(body)).toEqual(['David Babington', 'David Babington']);
  });

  it('names the last subject for a party, alone or after a place: "the Republican", "the Utah Republican"', () => {
    const carson = 'Presidential candidate Ben Carson suggests reducing regulations.\n\n"It might surprise you, but one '
      + 'of the things would be to get rid of the excessive regulation," the Republican said this week.';
    expect(speakersOf(carson)).toEqual(['Ben Carson']);
    const chaffetz = 'House Oversight Committee Chairman Jason Chaffetz on Tuesday requested another investigation of '
      + 'Hillary Clinton.\n\nIn the letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah Republican asks '
      + 'for an investigation to determine whether "Secretary Clinton or her employees violated statutes that prohibit destruction of records."';
    expect(speakersOf(chaffetz)).toEqual(['Jason Chaffetz']);
  });

  it('names the last subject of the paragraph for an office, past a name after it: "the former Florida governor"', () => {
    const body = 'Jeb Bush is out of the race that Donald Trump leads.\n\nBush went after Trump at the debate, when he '
      + 'called the businessman “unhinged.” “So Donald, you know, is great at the one-liners, but he’s a chaos '
      + 'candidate. He would not be the commander in chief we need,” the former Florida governor said.';
    expect(speakersOf(body)).toEqual(['Jeb Bush']);
  });

  it('names the last subject for "the minority leader", a leader being an office', () => {
    const body = 'Harry Reid spoke on Tuesday.\n\nStill, Reid would not say whether he would prefer that Democrats '
      + 'face Trump or Cruz. The minority leader said flatly: “I don’t think it matters, not one bit.”';
    expect(speakersOf(body)).toEqual(['Harry Reid']);
  });

  it('names the only columnist the article has named for "the columnist", whoever the sentence is about', () => {
    const body = '"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times piece.\n\n'
      + 'But Trump has one thing in common with Chinese people, the columnist suggested: "His winning streak is solid '
      + 'proof that U.S. voters are tired of Washington politics."';
    expect(speakersOf(body)).toEqual(['Ai Jun', 'Ai Jun']);
  });

  it('names the subject before "the retired neurosurgeon", an epithet of what someone was', () => {
    const body = 'Ben Carson saw his standing tumble on Wednesday.\n\nThe retired neurosurgeon has provided no details '
      + 'about how he planned to reboot his campaign, saying in his statement only that he was “refining some '
      + 'operational practices and streamlining some staff assignments to more aptly match the tasks ahead.”';
    expect(speakersOf(body)).toEqual(['Ben Carson']);
  });

  it('names the last subject for an epithet of sport, or a nationality: "the 15-time PGA Tour winner", "the Argentine"', () => {
    const golf = 'The US Open champion fell on the stairs. "It sucks really bad," said Johnson. The 15-time PGA Tour winner '
      + 'added: "I was wearing socks and slipped and went down the three stairs."';
    expect(speakersOf(golf)).toEqual(['Johnson', 'Johnson']);
    const spurs = 'Tottenham manager Mauricio Pochettino insists the title race is over. "If Chelsea go 12 points clear, it is '
      + 'a big problem," said the Argentine.';
    expect(speakersOf(spurs)).toEqual(['Mauricio Pochettino']);
  });

  it('names the last subject for what a local story calls its people: "The retired charity worker said:"', () => {
    const body = 'Pensioner Terry Cooper said he was shocked by the attack on his dog. The retired charity worker said: '
      + '\'I\'ve got a little Jack Russell and I took him out just after tea.\'';
    expect(speakersOf(body)).toEqual(['Terry Cooper']);
  });

  it('names the one person its own paragraph mentions, when the last subject is a paragraph back: "Trump’s …"', () => {
    const body = 'Donald Trump spoke to the coalition.\n\n"It was offensive," said Ari Fleischer.\n\nMore troubling was Trump’s '
      + 'unwillingness to affirm his support for Jerusalem. Instead, the businessman has insisted that his position will be '
      + 'strongest. "You know what I want to do? I want to wait" before discussing specifics, he said.';
    expect(speakersOf(body)).toEqual(['Ari Fleischer', 'Donald Trump']);
  });

  it('does not take a name inside a quotation for that one person: "“What if Donald Trump …?” the 43-year-old asked"', () => {
    const body = 'Peter Serafinowicz posted the clip to YouTube on Thursday.\n\n“What if Donald Trump had elocution lessons?” '
      + 'the 43-year-old asked in the video’s description.';
    expect(speakersOf(body)).toEqual(['Peter Serafinowicz']);
  });

  it('does not take a person its paragraph names only as an object: "In a letter to Channing D. Phillips, the …"', () => {
    const body = 'Jason Chaffetz on Tuesday requested another investigation.\n\nIn a letter to Channing D. Phillips, the Utah '
      + 'Republican asks whether "Secretary Clinton or her employees violated statutes that prohibit destruction of records."';
    expect(speakersOf(body)).toEqual(['Jason Chaffetz']);
  });

  it('leaves an epithet as written when the last subject is two paragraphs back', () => {
    const body = 'Donald Trump cited problems in the Middle East.\n\nThe forum ran late.\n\n'
      + '"We need change," the New York businessman said.';
    expect(speakersOf(body)).toEqual(['the New York businessman']);
  });
});

describe('a description that names someone', () => {
  it('mentions them as a subject for a "he" after it: "“…,” the Republican presidential candidate said ⏎ “…,” he went on"', () => {
    const body = 'Donald Trump spoke on the radio. Trump wants the police back in the mosques, and Trump said so twice. '
      + 'Mayor Bill de Blasio disbanded the unit in April.\n\n'
      + '"There is hatred like nobody has ever seen," the Republican presidential candidate said on Thursday.\n\n'
      + '"I think we ought to start it up again, and we ought to start it up this morning," he went on.';
    expect(speakersOf(body)).toEqual(['Donald Trump', 'Donald Trump']);
  });
});

describe('a description that ends in a name', () => {
  it('is the person named: "the al Qaeda-linked Islamic extremist cleric Anwar al-Awlaki … is shown lecturing"', () => {
    const body = 'Before Trump’s appearance in the video, the al Qaeda-linked Islamic extremist cleric Anwar al-Awlaki, '
      + 'who was killed in a 2011 drone strike, is shown lecturing: “Muslims of the West, take heed and learn from the '
      + 'lessons of history.”';
    expect(speakersOf(body)).toEqual(['Anwar al-Awlaki']);
  });

  it('is somebody else when a function word links the name: "a spokesman for Bernie Sanders"', () => {
    const body = 'Bernie Sanders spoke in Iowa.\n\nThe scheduling was so odd that a spokesman for Bernie Sanders could '
      + 'only quip: "I guess Christmas Eve was booked."';
    expect(speakersOf(body)).toEqual(['a spokesman for Bernie Sanders']);
  });
});

describe('a name that stands for an object, not a subject a later description could mean', () => {
  it('is a name right after a verb in -ing: "Mr. Obama argued - rebuking Mr. Trump eight times - that …"', () => {
    const body = 'In his speech, Mr. Obama argued emphatically - rebuking Mr. Trump eight times by name - that the Republican '
      + 'nominee had played on fears.\n\n"America is already great," he said.\n\nBill Clinton got in on the game, bashing '
      + 'Sanders during a rally. "After he has been a Democrat a while longer, he will get used to it," he said.';
    expect(speakersOf(body)).toEqual(['Obama', 'Bill Clinton']);
  });

  it('is a titled name after a preposition, even before a verb: "his friendship with Mr. Clinton was strictly business"', () => {
    const body = 'In an email, Mr. Trump said his friendship with Mr. Clinton was strictly business. "It was my obligation '
      + 'to get along with all politicians," he wrote.\n\n"If they did stay there, it only shows that they have good taste," he added.';
    expect(speakersOf(body)).toEqual(['Trump', 'Trump']);
    // (Not a possessive after "of": "the claims of President Barack Obama's speech … He told".)
    expect(speakersOf('One of the claims of President Barack Obama\'s speech does not stand up.\n\nHe told his audience: '
      + '"There has never been a man or a woman more qualified."')).toEqual(['Barack Obama']);
  });

  it('is a titled name a role serves under, whatever its relative clause: "a director under President George W. Bush '
    + 'who has known"', () => {
    const body = '"There is no question," said Peter Wehner, a former director under President George W. Bush who has '
      + 'known Mr. Ryan for two decades. "He is trying to set forth a path," he said.';
    expect(speakersOf(body)).toEqual(['Peter Wehner', 'Peter Wehner']);
  });

  it('is a role\'s name set off by commas after an article and a verb: "brought in a new campaign manager, Bob Dees,"', () => {
    const quote = ' He praised those who left but said, "We are in a different ballgame, and we need to execute."';
    expect(speakersOf(`Ben Carson brought in a new campaign manager, Bob Dees, late last month.${quote}`))
      .toEqual(['Ben Carson']);
    expect(speakersOf(`Ben Carson hired retired Army general Bob Dees last month.${quote}`)).toEqual(['Ben Carson']);
    // (Not a name after a phrase that leads its sentence: "Asked about fraud in the primaries, Michael Briggs, …".)
    expect(speakersOf('Sanders lost. Asked about fraud in the primaries, Michael Briggs, a spokesman, suggested the '
      + 'party was at fault. "Most state parties tried to do a good job," he said.')).toEqual(['Michael Briggs']);
  });

  it('reads a name after a described object as that object: "he met presidential candidate Donald Trump"', () => {
    const body = 'Top Republican Party donor Sheldon Adelson said on Friday he met presidential candidate Donald Trump '
      + 'earlier this week.\n\n“It was very nice,” the gambling tycoon told Reuters.';
    expect(speakersOf(body)).toEqual(['Sheldon Adelson']);
  });

  it('reads a described name after a preposition as an object, past an acronym: "overseen by former U.N. secretary general Kofi Annan, to …"', () => {
    const body = 'In response to pressure, Suu Kyi recently established a commission, overseen by former U.N. secretary '
      + 'general Kofi Annan, to make recommendations.\n\n"Unity also means prosperity, because people fight over limited '
      + 'resources," she said in the Oval Office.';
    expect(speakersOf(body)).toEqual(['Suu Kyi']);
  });

  it('reads a name set off after an object as that object: "painting her chief political rival, Donald Trump, as …"', () => {
    const body = 'Hillary Clinton delivered her acceptance speech as the Democratic nominee, painting her chief '
      + 'political rival, Donald Trump, as a man too unqualified for the job.\n\n'
      + '“A man you can bait with a tweet is not a man we can trust with nuclear weapons,” said the Democratic nominee.';
    expect(speakersOf(body)).toEqual(['Hillary Clinton']);
  });

  it('keeps a subject after an opening phrase that ends in a noun: "unlike many of her friends, Ebeling lives …"', () => {
    const body = 'Betsy Ebeling met Hillary Clinton at school. Clinton went on to Wellesley. Unlike many of her wealthy donor friends, Ebeling lives a '
      + 'low key life.\n\n“It has been part of the fabric of my life,” she said.';
    expect(speakersOf(body)).toEqual(['Betsy Ebeling']);
  });
});

describe('a relative of a named owner, named after a comma', () => {
  it('is an object: "C. Boyden Gray, who served … under Mr. Bush\'s father, George Bush, ticked …: “…,” he said"', () => {
    const body = 'Longtime friends still speak of Mr. Bush\'s outlook.\n\nC. Boyden Gray, who served as White House counsel '
      + 'under Mr. Bush\'s father, George Bush, ticked through the code of conduct: "Civility and good manners were kind '
      + 'of assumed," he said.';
    expect(only(body).speaker).toBe('C. Boyden Gray');
  });

  it('is whom a quoted question was put to: "“…?” a reporter can be heard asking Trump …. “…,” the businessman replied"', () => {
    const body = 'Donald Trump did support the idea on Thursday, and NBC News has proof:\n\n“Should there be a database system '
      + 'that tracks the Muslims here?” a reporter can be heard asking Trump after an event in Iowa.\n\n“There should be a lot '
      + 'of systems, beyond databases,” the businessman replied.';
    expect(speakersOf(body)).toEqual(['a reporter', 'Donald Trump']);
  });
});

describe('an epithet past a photo credit', () => {
  it('names the subject before the credit\'s line, which is no paragraph: "Neilson Barnard via Getty Images."', () => {
    const body = 'Peter Serafinowicz dubbed himself over the footage.\nSerafinowicz posted the clip on Thursday.\n\n'
      + 'Neilson Barnard via Getty Images.\n\n“What if Donald Trump had elocution lessons?” the 43-year-old asked.';
    expect(only(body).speaker).toBe('Peter Serafinowicz');
  });
});

describe('a surname that is also a nationality', () => {
  it('reads "Mr. English" as the surname of "Bryan English", not as a nationality', () => {
    const body = 'Bryan English, the Cruz campaign\'s Iowa director, spoke.\n\n"Part of my job is to say he is for real," '
      + 'Mr. English said. The English team won.';
    expect(only(body).speaker).toBe('Bryan English');
  });
});
