import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { keysOf } from '../../../src/engine/entities/name-keys.ts';
import { analyzeNames } from '../../../src/engine/entities/names.ts';
import { withBareSurnames } from '../../../src/engine/quotes/bare-surnames.ts';
import { WordCase } from '../../../src/engine/quotes/word-case.ts';
import { only, speakersOf } from './only-quote.ts';

describe('which of two people with one surname a bare surname means', () => {
  it('means the one the article has made a subject, not one only listed or named through a relative', () => {
    const body = 'The attack killed four Americans: Ambassador Chris Stevens, information officer Sean Smith, and '
      + 'two former SEALs.\n\nHowever, Patricia Smith, mother of Benghazi victim Sean Smith, forcefully rejected the '
      + 'claim.\n\n“She lied to me,” Smith said.';
    expect(speakersOf(body)).toEqual(['Patricia Smith']);
  });

  it('still means the one named most when both have been subjects', () => {
    const body = 'Tom Ebeling drove. Betsy Ebeling called voters. Betsy Ebeling knocked on doors.\n\n'
      + '“We came today because she is a good friend,” Ebeling said.';
    expect(speakersOf(body)).toEqual(['Betsy Ebeling']);
  });

  it('after a title means the one written with titles, not a brother named more often by his given name', () => {
    const body = 'Mr. Trump seldom speaks of his brother Freddy.\n\nDonald J. Trump met his older brother, Freddy '
      + 'Trump, for dinner. Freddy joked. Freddy laughed. Freddy flew planes. Freddy was berated by his father.\n\n'
      + "''For me, it worked very well,'' Mr. Trump said.";
    expect(speakersOf(body)).toEqual(['Donald J. Trump']);
  });

  it('after "the younger" means the namesake written with "Jr.", not the father the story is about', () => {
    const body = 'Donald J. Trump won New York. His son Donald Jr. announced the votes.\n\n'
      + "''It's not a campaign anymore, it's a movement,'' said the younger Mr. Trump.\n\n"
      + 'Mr. Trump thanked him. Donald Trump Jr. later spoke to CBS.\n\n'
      + "''We won New York tonight, and we will win it again in November,'' said Mr. Trump.";
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Donald Trump Jr.', 'Donald J. Trump']);
  });

  it('after "the younger" still means the one surname-bearer when nobody is written with "Jr."', () => {
    const body = "Donald Trump spoke.\n\n''It's a movement,'' said the younger Mr. Trump.";
    expect(speakersOf(body)).toEqual(['Donald Trump']);
  });
});

describe('words around an attribution that do not change who speaks', () => {
  it('reads past a reflexive after the subject: "Cruz himself said"', () => {
    const body = 'Ted Cruz toured Iowa.\n\nCruz himself said Tuesday that “the only way to win the state is to ask.”';
    expect(speakersOf(body)).toEqual(['Ted Cruz']);
  });

  it('ends an attribution at a clause of time, even when another quote follows in that sentence', () => {
    const body = 'Hillary Clinton was played on the show.\n\n“Who can remember how many states I’ve lost? Is it two?” '
      + 'Clinton asks as a maintenance guy walks in front of her, saying he’s “here to fix the seven holes in your wall.”';
    expect(extractQuotes(body)[0]?.speaker).toBe('Hillary Clinton');
  });
});

describe('whom a speaker speaks to', () => {
  it('is not the speaker: "Another intelligence source speaking to Fox News said, “…”"', () => {
    const body = 'Another intelligence source speaking to Fox News said, “The agents are investigating the donations.”';
    expect(speakersOf(body)).toEqual(['Another intelligence source']);
  });

  it('is not the speaker after the quote either: "“…,” a source talking to CNN said."', () => {
    expect(speakersOf('“The agents are investigating the donations,” a source talking to CNN said.')).toEqual(['a source']);
  });
});

describe('a relative named as the object of a clause', () => {
  it('is not the "she" who speaks next: "Sandy Phillips, who lost her daughter Jessica Ghawi …, said"', () => {
    const body = 'Sandy Phillips, who lost her daughter Jessica Ghawi during the shooting in Aurora, said that Sanders had '
      + 'treated her family disrespectfully.\n\n“Bernie promised to meet with us face to face,” she said.';
    expect(speakersOf(body)).toEqual(['Sandy Phillips']);
  });

  it('keeps a verb that opens a sentence out of the name before "who": "Said Dorothy Poynter, who grew up …"', () => {
    expect(speakersOf('Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”'))
      .toEqual(['Dorothy Poynter']);
  });
});

describe('what a bare surname shared by two people tells of them', () => {
  it('gives neither a gender: after "Mr. and Mrs. Khan", Khizr Khan is still the "he"', () => {
    const body = 'Khizr and Ghazala Khan spoke in Philadelphia. Even a hijab worn by Ghazala Khan has become a source '
      + 'of anxiety.\n\n"You see people pointing fingers at them," Khizr Khan said. He says the call made it worse. '
      + '"The voices that would not dare have gathered courage to show their ugliness," he told reporters.\n\n'
      + 'Letters came, many addressed to "Mr. and Mrs. Khan, Charlottesville, VA." They fill a box.';
    expect(extractQuotes(body).map((q) => q.speaker).slice(0, 2)).toEqual(['Khizr Khan', 'Khizr Khan']);
  });
});

describe('a surname that alone reads as something else ("Cuban", "Law")', () => {
  it('is the person named in full, as a subject a later epithet names', () => {
    const body = 'Billionaire Mark Cuban said he would support Trump over Ted Cruz.\n\n'
      + 'As evidence, Cuban seemed to rely on an attack against Cruz by Sen. Lindsey Graham.\n\n'
      + '“If another senator says you could get shot and nobody would come to your aid,” the investor said, “that is worse.”';
    expect(speakersOf(body)).toEqual(['Mark Cuban']);
  });

  it('is the person named in full, whom a "he" in the next paragraph refers to', () => {
    const body = 'Steven Law runs the Crossroads operation. Sen. Harry M. Reid of Nevada is retiring.\n\n'
      + 'The organization has raised at least $24 million for its Senate efforts, Law said.\n\n'
      + '"What I do see going on, at least right now, is what they call a flight to quality," he said.';
    expect(speakersOf(body)).toEqual(['Steven Law']);
  });

  it('keeps a surname that is a function word in the name after a verb: "said Al From", not "From Josh Feldman"', () => {
    const from = '"We won a smaller percentage of electoral votes than ever before," said Al From, who founded the DLC.';
    expect(speakersOf(from)).toEqual(['Al From']);
    const byline = 'From Josh Feldman writing at Mediaite:\n\n"A CNN segment tonight devolved into a shouting match over it."';
    expect(speakersOf(byline)).toEqual(['Josh Feldman']);
  });

  it('is no surname where it opens a sentence and the article writes it in lowercase too', () => {
    const body = 'Al From founded the council, with help from donors. From then on, the council and From grew.';
    const { tokens, names } = analyzeNames(body);
    const wordCase = new WordCase(body);
    const mentions = withBareSurnames(tokens, names, (word, at) => wordCase.isNameAt(word, at), keysOf);
    expect(mentions.map((m) => [m.text, m.start])).toEqual([['Al From', 0], ['From', body.lastIndexOf('From')]]);
  });

  it('is still a place or an adjective in an article that names no one by it', () => {
    const body = 'Sen. Lindsey Graham flew to Jordan.\n\nCuban officials said on Monday: “The talks will go on as planned.”';
    expect(speakersOf(body)).toEqual(['Cuban officials']);
  });
});

describe('a surname with a title of one gender', () => {
  it('names the namesake of that gender: "Mrs. Schlafly" is Phyllis, not her son John, and her "she" follows', () => {
    const body = 'Phyllis Schlafly died on Monday. Her son John Schlafly spoke for the family.\n\n'
      + 'Mrs. Schlafly supported Senator Barry Goldwater, the hard-right Arizonan, in 1964.\n\n'
      + 'Mrs. Schlafly\'s pronouncements drove her antagonists to distraction. She said that "sexual harassment on the job '
      + 'is not a problem for virtuous women, and never has been."';
    expect(only(body).speaker).toBe('Phyllis Schlafly');
  });
});

describe('a surname with an honorific in an attribution', () => {
  it('names the namesake of the honorific\'s gender: "Mrs. Abedini wrote" after "Her husband, Saeed Abedini"', () => {
    const body = 'Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free, the president told her.\n\n'
      + '"I could see his love and compassion as he spoke," Mrs. Abedini wrote on her Facebook page.\n\n'
      + '"We are grateful," Mr. Abedini said.';
    expect(speakersOf(body)).toEqual(['Naghmeh Abedini', 'Saeed Abedini']);
  });
});

describe('a bare surname after its namesake is made a subject in the same paragraph', () => {
  const story = 'Hillary Clinton won the state. Clinton thanked voters, and Clinton said the count was fair.\n\n';

  it('is that namesake: "Bill Clinton spoke with voters …. At one point, … Clinton said" is Bill', () => {
    const body = `${story}Bill Clinton spoke with voters outside the polling place. At one point, a woman asked for a `
      + 'photo and Clinton said, “as long as we’re not violating any election laws, we can take it.”';
    expect(only(body).speaker).toBe('Bill Clinton');
  });

  it('is not a namesake only named in passing there: "a visit by Chelsea Clinton … Mrs. Clinton replied"', () => {
    const body = `${story}The ambassador wrote about a visit by Chelsea Clinton and her husband. Clinton replied, `
      + '“Hearing nice things about your children is as good as it gets.”';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });
});

describe('a surname whose full name ends in a generation', () => {
  it('is that person in full: "Vice President Joseph R. Biden Jr. … Mr. Biden said" is Joseph R. Biden Jr.', () => {
    const body = 'Vice President Joseph R. Biden Jr. warned this week that the dangers had grown.\n\n"Because they are '
      + 'worried about it," Mr. Biden said.';
    expect(only(body).speaker).toBe('Joseph R. Biden Jr.');
  });
});

describe('a namesake brought in as kin', () => {
  it('is not a subject introduced after them as their relative: "Eric Trump, son of the front-runner, … Trump tweeted"', () => {
    const body = 'As Donald Trump began tweeting his new nickname for Hillary Clinton, his son said he was just getting started.'
      + '\n\nEric Trump, son of the Republican front-runner, talked politics on Monday.\n\n“She has turned her attention to us,” '
      + 'Eric Trump said.\n\nEric Trump’s comments came after his father unveiled the nickname.\n\n“Crooked Hillary Clinton is '
      + 'spending a fortune on ads against me,” Trump tweeted.';
    expect(speakersOf(body)).toEqual(['Eric Trump', 'Donald Trump']);
    // (But the one the story is about, though an appositive makes her someone's daughter, keeps the bare surname.)
    const cheney = 'Liz Cheney, the daughter of former Vice President Dick Cheney, won the primary.\n\nDick Cheney represented '
      + 'the district from 1979 to 1989.\n\nLiz Cheney, 50, received about 40 percent of the vote.\n\n“Now it’s time to look '
      + 'forward,” Cheney said in a statement.';
    expect(speakersOf(cheney)).toEqual(['Liz Cheney']);
  });

  it('does not take the bare surname from the one the story is about: "his daughter, Claudette King, told … King said"', () => {
    const body = 'Blues legend B.B. King was hospitalized for dehydration. He "is much better," his daughter, Claudette '
      + 'King, told the Los Angeles Times. The guitarist released a statement. "I\'m feeling much better and am leaving '
      + 'the hospital today," King said in a message Tuesday.';
    expect(speakersOf(body)).toEqual(['B.B. King']);
  });
});

describe('an honorific of the other gender before the surname of someone named', () => {
  it('is someone else of the family: "Summer Robertson … Mr Robertson added … He added"', () => {
    const body = 'Their daughter Summer Robertson, 21, drowned off the coast. Her mother had no worries, but Mr Robertson '
      + 'added he did warn her to stay out of the sea. He added: "She was only paddling in shallow waters. It is just '
      + 'horribly sad."';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Robertson']);
  });
});

describe('a surname whose fuller name opened a sentence', () => {
  it('is that fuller name: "Jenson Button will start 17th. … A naturally disappointed Button said:"', () => {
    const body = 'McLaren struggled. Jenson Button will start 17th and Fernando Alonso 18th. A naturally disappointed '
      + 'Button said: "The car did not feel bad."';
    expect(only(body).speaker).toBe('Jenson Button');
  });
});

describe('a nickname alone', () => {
  it('is the person whose name the article writes with it: "Uncle Poodle told" is Lee \'Uncle Poodle\' Thompson', () => {
    const body = "Thompson's younger brother - Lee 'Uncle Poodle' Thompson – revealed that Shannon had a secret. \"June said "
      + 'all of the kids were out of the house," Uncle Poodle told the Enquirer. Anna ‘Chickadee’ Cardwell spoke too. '
      + '"He hurt me," Chickadee said.';
    expect(speakersOf(body)).toEqual(["Lee 'Uncle Poodle' Thompson", 'Anna ‘Chickadee’ Cardwell']);
  });
});
