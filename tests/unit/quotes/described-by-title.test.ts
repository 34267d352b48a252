import { describe, it, expect } from 'vitest';
import { only, speakersOf } from './only-quote.ts';

// Speakers a definite description names by a title the article gave someone ("the senator said").
describe('speakers described by a title the article gave someone', () => {
  it('names the person a definite title refers to: "The senator said" after "Vermont Sen. Bernie Sanders"', () => {
    const body = 'Vermont Sen. Bernie Sanders is against it.\n\nThe senator said he would "introduce legislation in the next session of Congress to fix our rigged tax system."';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });

  it('takes the last person named with the title: "the mayor" after "Mayor Bill de Blasio"', () => {
    const body = 'Gov. Andrew Cuomo came too. An explosion that Mayor Bill de Blasio described as intentional hurt many.\n\n'
      + '"We do not see a link to terrorism at this point," the mayor said.';
    expect(only(body).speaker).toBe('Bill de Blasio');
  });

  it('matches a place of two words in a title: "the New Jersey governor" after "New Jersey Gov. Chris Christie"', () => {
    const body = 'New Jersey Gov. Chris Christie spoke at the rally on Monday.\n\n'
      + '"We will win this state and the next one," the New Jersey governor said.';
    expect(only(body).speaker).toBe('Chris Christie');
  });

  it('names the holder of a public office given after "the": "The chief inspector said" after "the chief inspector of schools, Noelle Buick"', () => {
    const body = 'The need to "strengthen the resilience of young people" is a key challenge, according to the chief '
      + 'inspector of schools, Noelle Buick.\n\nThe chief inspector said pupils were facing "complex challenges" because '
      + 'the "social context in which children live and learn has changed significantly" in recent years.';
    expect(speakersOf(body).at(-1)).toBe('Noelle Buick');
  });

  it('keeps a description whose modifiers the title does not have: "the Florida senator", "the former president"', () => {
    const florida = 'Sen. Joni Ernst spoke first.\n\n"We will see what it comes to next week," the Florida senator said.';
    expect(only(florida).speaker).toBe('the Florida senator');
    const former = 'President Barack Obama spoke first.\n\n"We will see what it comes to next week," the former president said.';
    expect(only(former).speaker).toBe('the former president');
  });

  it('keeps the title when the last subject is not known to hold it, whoever else does', () => {
    const body = 'Sen. Rand Paul spoke first. Then Ted Cruz defended his record in a commercial on Iowa TV.\n\n'
      + '"Securing our borders is a matter of national security," the senator says.';
    expect(only(body).speaker).toBe('the senator');
  });

  it('keeps a description that names someone else through the person: "the spokesman for the senator"', () => {
    const body = 'Sen. Bernie Sanders spoke first.\n\n"We will see what it comes to next week," the spokesman for the senator said.';
    expect(only(body).speaker).toBe('the spokesman for the senator');
  });

  it('names the only holder of a title a story seldom leaves unwritten, named before: "Saudi Prince Alwaleed … the prince"', () => {
    const body = 'Saudi Prince Alwaleed Bin Talal mocked Donald Trump on Thursday, hours after Trump retweeted an image.\n\n'
      + 'In December, the prince called for Trump to drop out of the race, calling him "a disgrace not only to the GOP but to all America."';
    expect(only(body).speaker).toBe('Alwaleed Bin Talal');
  });

  it('does not name a holder the article only names later: "the judge said" before "Judge Richard Berman"', () => {
    const body = 'Brafman sat down.\n\n"Everything that you have said has totally overlapped," the judge said.\n\n'
      + 'Judge Richard Berman later set the sentence.';
    expect(only(body).speaker).toBe('the judge');
  });

  it('keeps a party after a modifier a description: "one senior Democrat said", but not "said Baron"', () => {
    expect(only('"The campaign has been really reluctant to jump in," one senior Democrat said.').speaker).toBe('one senior Democrat');
    const baron = 'In a statement released by Post Editor-in-Chief Martin Baron, the details were discussed.\n\n'
      + '"Donald Trump is a presidential candidate unlike any we have ever seen before," said Baron.';
    expect(only(baron).speaker).toBe('Martin Baron');
  });

  it('reads "the Republican" as an epithet of the last subject (decision 0010), never as a person named Republican', () => {
    const body = 'Ben Carson suggests less regulation.\n\n"It might surprise you, but one of the things would be to get rid '
      + 'of excessive regulation," the Republican said this week.';
    expect(only(body).speaker).toBe('Ben Carson');
    const nobodyBefore = '"It might surprise you, but one of the things would be to get rid of excessive regulation," the '
      + 'Republican said this week.';
    expect(only(nobodyBefore).speaker).toBe('the Republican');
  });
});

describe('an office narrowed by a place, a paragraph after its holder is named', () => {
  it('is the subject named last: "Marco Rubio … stressed defense … with Sen. Joni Ernst, R-Iowa. ⏎ The Florida senator told"', () => {
    const body = 'Marco Rubio, who is third in many Iowa Republican polls, stressed defense issues during an appearance with '
      + 'Sen. Joni Ernst, R-Iowa.\n\nThe Florida senator told reporters he feels good about his campaign, and "we\'ll '
      + 'see what it translates to a week from tonight."';
    expect(only(body).speaker).toBe('Marco Rubio');
  });

  it('but not an office only "former" narrows: "the former first lady, Laura Bush … ⏎ ..., the former president told"', () => {
    const body = 'He brought his older brother, George W. Bush, and the former first lady, Laura Bush, to vouch for him.\n\n'
      + '"There seems to be a lot of name-calling going on," the former president told a crowd.';
    expect(only(body).speaker).not.toBe('Laura Bush');
  });
});

describe('"the Russian leader"', () => {
  it('is the last subject when they hold a country\'s leading office, whatever else the article calls them', () => {
    const body = 'President Vladimir V. Putin held his year-end news conference.\n\nMr. Putin spoke highly of Mr. Trump '
      + 'after the news conference ended.\n\n"There is no doubt that he is a very bright and talented man," the Russian '
      + 'leader said.';
    expect(only(body).speaker).toBe('Vladimir V. Putin');
  });
});

describe('"the author"', () => {
  it('is the last subject who wrote: "Gary Byrne … has written a book … ⏎ In the excerpt, the author wrote, “…”"', () => {
    const body = 'Gary Byrne, a former Secret Service agent, has written a book about his years at the White House.\n\n'
      + 'Breitbart News has released an excerpt of the book. In the excerpt, the author wrote, "The First Lady had a '
      + 'different sort of liveliness."';
    expect(only(body).speaker).toBe('Gary Byrne');
  });
});

describe('words for who someone is, written before their name like a title', () => {
  it('are no part of the name: "Pensioner Terry Cooper said", "grandmother Jean Smith"', () => {
    const body = 'Pensioner Terry Cooper said the badger burst through a hedge. "My dog turned me round and quickly pulled '
      + 'me in," Mr Cooper added. Later grandmother Jean Smith said: "I have never seen one so big in all my years." '
      + 'Shopkeeper Angie Booth, who owns a shop in East Cowes, said: "Whether I survive this I am not sure."';
    expect(speakersOf(body)).toEqual(['Terry Cooper', 'Jean Smith', 'Angie Booth']);
  });
});

describe('a description that runs on from a caption whose line break was lost', () => {
  it('is what follows the capital "The": "… with his Jack Russell Sam The retired charity worker said"', () => {
    // (Not "Sam": the description, which then names the subject it describes.)
    const body = 'Mr Cooper spotted the badger while sitting in his garden in the sunshine with his Jack Russell Sam The '
      + 'retired charity worker said: "I have got a little Jack Russell and I took him out just after tea."';
    expect(speakersOf(body)).toEqual(['Cooper']);
  });
});

describe('an office of a court', () => {
  it('is not the defendant the story has just made a subject: "James Thomas … faced one count. The judge said … he said"', () => {
    const body = 'Colleen O\'Neill, 43, was charged with two counts. James Thomas, 44, of the same address, faced one count of '
      + 'the same charge. The judge said Ms O\'Neill had "an appalling record". "This was as bad a case as I have come across '
      + 'and as bad a record," he said.';
    expect(speakersOf(body)).toEqual(['The judge']);
  });

  it('is the one the article gave it before, set off before their name: "the family\'s attorney, James Maron … The attorney added"', () => {
    const body = "The family is hopeful, according to a statement from the family's attorney, James Maron. \"Many questions "
      + 'remain," Maron said. The attorney added: "The family is confident that the responsible parties will be brought to justice."';
    expect(speakersOf(body)).toEqual(['James Maron', 'James Maron']);
    // But not a defendant the story has just made a subject.
    const smith = 'John Smith was charged with fraud. "I am innocent," Smith said. The lawyer added: "My client will plead not guilty."';
    expect(speakersOf(smith)).toEqual(['John Smith', 'The lawyer']);
  });
});


describe('a role that spoke, set off from its verb by an appositive', () => {
  it('is the name the appositive gives it for the next "he": "One resident, named only as Jassem, told … He said: …"', () => {
    const body = "Abu Ibrahim Raqqawi wrote the message: 'Lines waiting for some food. Hunger, poverty and homelessness' "
      + 'One resident, named only as Jassem, told the group how dozens of people had fled the city. He said: "ISIS '
      + 'tightens penalties and uses the principle of intimidation."';
    expect(speakersOf(body).slice(-1)).toEqual(['Jassem']);
  });

  it('takes the appositive\'s first name, and never the one a role asks: "A reporter asked Sanders … He replied"', () => {
    const pollster = 'Another pollster, David Woodard of Clemson University, said his survey showed support holding. '
      + '"Even after the debate his numbers were the same as before," he said in an email.';
    expect(speakersOf(pollster)).toEqual(['David Woodard']);
    const asked = 'Bernie Sanders made a stop at a high school. A reporter asked Sanders how he is feeling on caucus day. '
      + 'He replied: "The bigger the turnout, the better I feel."';
    expect(speakersOf(asked)).toEqual(['Bernie Sanders']);
  });
});

describe('a spokesperson a story calls "they"', () => {
  it('is the "they" who speaks right after they spoke: "its spokesperson said they could not comment. “…”, they said"', () => {
    const body = 'The BBC asked the Education Authority for a response, but its spokesperson said they could not comment on '
      + 'individual cases. "As we have a duty to protect the privacy rights of the child, it would be unacceptable to '
      + 'discuss their needs", they said.';
    expect(speakersOf(body)).toEqual(['its spokesperson']);
  });

  it('reaches back past sentences where "they" speaks on, but not past one that says nothing of them', () => {
    const body = 'A spokesman for Park View School said they would challenge the Ofsted report. They said terminating the '
      + 'funding agreement would mean the trust could be removed. "What happens to the schools after that would be the '
      + 'decision of the secretary of state," they said.';
    expect(speakersOf(body)).toEqual(['A spokesman for Park View School']);
    const council = 'A spokesman for the council said they would appeal. The members met on Monday night. "We will begin to '
      + 'work immediately on appropriate measures," they said.';
    expect(speakersOf(council)).toEqual([null]);
  });
});

describe('a full name set off after the title of a work', () => {
  it('gives the quote to the name, not the title: "The author of Mirreynato, the Other Inequality, Ricardo Raphael, wrote"', () => {
    const body = 'The author of Mirreynato, the Other Inequality, Ricardo Raphael, wrote in his book: "The economic wealth '
      + 'is the main marker of class."';
    expect(only(body).speaker).toBe('Ricardo Raphael');
  });

  it('gives the name the description and title before it as its role, not the title\'s last word', () => {
    const body = 'Either a watch, champagne, or both The author of Mirreynato, the Other Inequality, Ricardo Raphael, '
      + 'wrote in his book: "The economic wealth is the main marker of class."';
    expect(only(body)).toMatchObject({ speaker: 'Ricardo Raphael', role: 'the author of Mirreynato, the Other Inequality' });
  });
});
