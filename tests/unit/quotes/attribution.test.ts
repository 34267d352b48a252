import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

describe('attribution after the quote', () => {
  it('reads `"…," X said` with the name resolved to its fullest form', () => {
    const q = only('Senator Maria Lopez spoke on Monday. "We will not back down from this fight," Lopez said.');
    expect(q.speaker).toBe('Maria Lopez');
    expect(q.verb).toBe('said');
  });

  it('reads the inverted `"…," said X`', () => {
    expect(only('"The budget is balanced for the first time in a decade," said Governor Tom Reyes.').speaker).toBe('Tom Reyes');
  });

  it('reads `"…," X, the mayor of Y, said` with the appositive skipped', () => {
    const q = only('"Our streets are safer than they were a year ago," Anna Berg, the mayor of Springfield, said on Tuesday.');
    expect(q.speaker).toBe('Anna Berg');
  });

  it('reads `"…," X, a spokesman for Y told` with the closing comma left out', () => {
    expect(only('"We have not been briefed," Doug Andres, a spokesman for House Speaker Paul Ryan told the Post.').speaker)
      .toBe('Doug Andres');
  });

  it('reads a relative clause whose closing comma is missing: `"…," Katie Packer, who is chairman of Our Principles Pac said`', () => {
    const q = only('"Trump says different things to different audiences," Katie Packer, who is chairman of Our Principles '
      + 'Pac said in a statement.');
    expect(q.speaker).toBe('Katie Packer');
  });

  it('takes the name after a lowercase role in `said MSNBC host Chris Matthews`', () => {
    expect(only('"He was very good on reaction and looked presidential," said MSNBC host Chris Matthews.').speaker).toBe('Chris Matthews');
  });

  it('reads `"…," according to X`', () => {
    expect(only('"The deal is off for now and may never come back," according to Daniel Okafor.').speaker).toBe('Daniel Okafor');
  });

  it('keeps a descriptive speaker as written: `"…," a spokesman said`', () => {
    expect(only('"The company will cooperate fully with investigators," a spokesman said.').speaker).toBe('a spokesman');
  });
});

describe('an organization a phrase cannot read before the speaker', () => {
  it('gives "“…,” Fight for $15 organizing director Kendall Fells told" to Kendall Fells, the organization in the role', () => {
    const body = 'The movement plans to protest the debate, the Daily Caller reports.\n\n“They have to decide whether to feed '
      + 'themselves or their kids,” Fight for $15 organizing director Kendall Fells told Fox News 6 in Milwaukee.';
    const q = only(body);
    expect([q.speaker, q.role]).toEqual(['Kendall Fells', 'Fight for $15 organizing director']);
  });
});

describe('bylines after a dash', () => {
  it('reads a name after a dash as the speaker: `"…" ― Pamela Padilla`', () => {
    const q = only('"He makes simple blanket statements about people he knows nothing about."― Pamela Padilla');
    expect(q.speaker).toBe('Pamela Padilla');
    expect(q.verb).toBeNull();
  });

  it('reads a byline in the paragraph after the quote: `"…"⏎⏎- Sanders.`', () => {
    const q = only('Bernie Sanders spoke.\n\n"Boeing and GE and other multinationals pay zero taxes."\n\n- Sanders.\n\nHe exaggerates.');
    expect(q.speaker).toBe('Bernie Sanders');
  });

  it('does not read a dash followed by narrative as a byline', () => {
    const q = only('"We have done everything we could for the people of this city." — Paris Hilton\'s plane landed later.');
    expect(q.speaker).toBeNull();
  });
});

describe('attribution after the quote: what does and does not count', () => {
  it('takes an unlisted past tense after a quote ending in a comma: `"…," Toomey fumed`', () => {
    const q = only('"They would have gone to the only bill that has bipartisan support," Toomey fumed on Tuesday.');
    expect(q.speaker).toBe('Toomey');
    expect(q.verb).toBe('fumed');
  });

  it('does not read a new narrative sentence after a quote that ended its own sentence as its attribution', () => {
    const body = 'Salma Hayek confirmed it and said, "America has a very severe problem with discrimination." The star then recalled an incident at a movie theater.';
    expect(only(body).speaker).toBe('Salma Hayek');
  });

  it('reads a capitalized past tense after an appositive as the verb: `"…!" Murphy, the head of the PAC, Tweeted`', () => {
    expect(only('"Not us but we cannot argue with it!" Murphy, the head of Right to Rise USA, Tweeted on Friday.').speaker)
      .toBe('Murphy');
  });

  it('reads a name ending in -ly as a name, not an adverb: `"…," Kelly said`', () => {
    const q = only('She came with her husband, retired astronaut Mark Kelly. "Elections matter," Kelly said. "Look at the records."');
    expect(q.speaker).toBe('Mark Kelly');
  });

  it('reads past the period of an abbreviation in the appositive: `"…," Mitch McConnell, R-Ky., said`', () => {
    expect(only('"Our assumption is that the veto will be overridden," Senate Majority Leader Mitch McConnell, R-Ky., said.').speaker)
      .toBe('Mitch McConnell');
  });

  it('does not take the verb of a relative clause for the attribution: `"…," Paris, who used to …, said`', () => {
    const q = only('Jeremy Paris runs the committee. "You get your house ready for a party," Paris, who used to work on Capitol Hill, said.');
    expect(q.speaker).toBe('Jeremy Paris');
    expect(q.verb).toBe('said');
  });

  it('reads past a relative clause with its own verbs: `"…," Warren, who has not endorsed a candidate, told reporters`', () => {
    const q = only('Elizabeth Warren spoke.\n\n"I am a superdelegate and I do not believe in superdelegates," Warren, who has not endorsed a candidate, told reporters.');
    expect([q.speaker, q.verb]).toEqual(['Elizabeth Warren', 'told']);
  });

  it('skips a town at the end of the appositive: `Hillary Clinton, during a meeting in Columbus, Ohio, said`', () => {
    expect(only('Hillary Clinton, during a meeting in Columbus, Ohio, said she was "going to put a lot of coal miners out '
      + 'of business."').speaker).toBe('Hillary Clinton');
  });

  it('skips an age in the appositive: `Clinton, 35, the daughter of …, said`', () => {
    const q = only('"We are thrilled to share this news," Clinton, 35, the daughter of former President Bill Clinton, said on Twitter.');
    expect(q.speaker).toBe('Clinton');
  });

  it('skips an age and a hometown in the appositive: `Harry Bond, 30, of Raleigh, N.C., who was polled, said`', () => {
    const q = only('"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview. '
      + '"We need people who will bring people together."');
    expect([q.speaker, q.role, q.spans.length]).toEqual(['Harry Bond', '30, of Raleigh, N.C.', 2]);
    expect(only('"I will vote for him, no matter what," said Bob Smith, 40, of Dallas, Texas.').speaker).toBe('Bob Smith');
  });

  it('reads an appositive with an adjective in -ed and a hometown with an abbreviated state: `X, 67, a retired nurse in Allentown, Pa., said`', () => {
    const q = only('"I just do not think she has been completely truthful about her emails," Cecelia Purner, 67, a retired '
      + 'customer service representative in Allentown, Pa., said in a follow-up interview.');
    expect([q.speaker, q.role]).toEqual(['Cecelia Purner', 'a retired customer service representative in Allentown, Pa.']);
  });

  it('reads past a number joined by a slash: `said 9/11 widow Terry Strada`', () => {
    expect(only('"The president\'s rationales are unfounded," said 9/11 widow Terry Strada.').speaker).toBe('Terry Strada');
  });
});

describe('attribution after the quote: verbs that do not make a speaker', () => {
  it('reads an expressive speech verb: `"…!" beamed Donald Hartley`', () => {
    expect(only('"This is fantastic!" beamed Donald Hartley of Madison, Alabama.').speaker).toBe('Donald Hartley');
  });

  it('does not take the one spoken to for the speaker: `X interrupted me to announce, "…"`', () => {
    const body = 'The editor I was talking to, Tim Grieve, interrupted me in mid-sentence to announce, "And there goes the franchise."';
    expect([null, 'Tim Grieve']).toContain(only(body).speaker);
  });

  it('does not read a verb of motion as a speaker: `"…," came shouts from the crowd`', () => {
    const body = 'He stood. "Call the roll now, call it now," came shouts from the crowd.';
    expect(only(body).speaker).not.toBe('came');
  });

  it('does not make the subject of a passive speak: `that the request was denied`', () => {
    const body = 'The chairman declared after both votes that the request was denied.\n\n"Call the roll now, call it right now!"';
    expect(only(body).speaker).toBeNull();
  });

  it('keeps an attribution when a passive that is no speech verb follows: `"…," and Johnson says it can be achieved`', () => {
    const body = 'On the stump, Weld describes the party as "a six-lane highway going right up the middle between the two parties," '
      + 'and Johnson talks about what can be achieved.';
    expect(only(body).speaker).toBe('Weld');
  });

  it('gives a quote that a colon introduces to its introduction, not to the sentence after it', () => {
    const body = 'Hillary Clinton testified. Clinton, exasperated, famously responded: "What difference, at this point, does it make?" '
      + 'Her critics cited it as evidence.';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });
});

describe('attribution before the quote', () => {
  it('names the speaker, not the listener, in `X told Fox News: "…"`', () => {
    expect(only('Reince Priebus later Thursday told Fox News: "Both men are meeting next week to talk about the agenda."').speaker).toBe('Reince Priebus');
  });

  it('names the speaker, not whom they name, in `X, a speechwriter, calls Cruz "a chameleon": "…"`', () => {
    const body = 'Columnist Michael Gerson, a speechwriter in the White House, calls Cruz "a conviction candidate with the '
      + 'challenges of a chameleon": "As a presidential candidate, his superpower is to sense where the right is."';
    expect(only(body).speaker).toBe('Michael Gerson');
  });

  it('reads a sentence that opens with its verb: `Said Comey, "…"`', () => {
    const q = only('James Comey spoke on Friday. Said Comey, "The thought that an error on our part is connected to this is painful."');
    expect(q.speaker).toBe('James Comey');
  });

  it('reads `X said: "…"`', () => {
    const q = only('Prime Minister Ana Silva said: "We are ready to sign the agreement today."');
    expect(q.speaker).toBe('Ana Silva');
    expect(q.verb).toBe('said');
  });

  it('reads `X said that "…"`', () => {
    expect(only('Jonas Weber said that "the reform will take at least two more years to finish."').speaker).toBe('Jonas Weber');
  });

  it('reads a quote opening the paragraph after `X responded:`', () => {
    expect(only('Breitbart News responded:\n\n"If there are people who are believed to be so prone to terror attacks, the solution is not more gun control."').speaker).toBe('Breitbart News');
  });

  it('steps over a bracket after the subject: `Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: "…"`', () => {
    const body = 'In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: "The killer should be in prison."';
    expect(only(body).speaker).toBe('Hakeem Jeffries');
  });

  it('takes the subject of the main clause before a colon, not the verb of a subordinate clause', () => {
    const q = only('When Trump suggested that Cuba would sue, Marco Rubio fired back forcefully: "If they sue us in a court in Miami, they are going to lose."');
    expect(q.speaker).toBe('Marco Rubio');
  });

  it('reads an appositive whose closing comma is missing: `Sam Lau, the director for the Iowa Democratic Party said, …`', () => {
    const q = only('Sam Lau, the communications director for the Iowa Democratic Party said, "There are no ballots to recount."');
    expect(q.speaker).toBe('Sam Lau');
  });
});

describe('quoted writing', () => {
  it('gives a quote introduced by "From X writing at Y:" to X', () => {
    const body = 'The segment drew notice.\n\nFrom Josh Feldman writing at Mediaite:\n\n"A CNN segment tonight devolved into a shouting match."';
    expect(only(body).speaker).toBe('Josh Feldman');
  });
});

describe('introductions without a speech verb', () => {
  it('reads a dash like a colon: "Trump also embraced waterboarding -- “…”"', () => {
    const body = 'Donald Trump spoke. Trump also embraced enhanced interrogation techniques -- "I think waterboarding is peanuts."';
    expect(only(body).speaker).toBe('Donald Trump');
  });

  it('reads "X, which hits liberals where they live:" as X', () => {
    const body = 'And how about this new headline from the Washington Post, which hits liberals where they live: '
      + '"Surge in robberies on Capitol Hill alters residents\' routines, lifestyles."';
    expect(only(body).speaker).toBe('Washington Post');
  });
});

describe('in the words of', () => {
  it('gives a quote after "in Forbes\' words," to Forbes, not to a name earlier in the sentence', () => {
    const body = 'The summit, in Europe and Africa, was held in Jerusalem because, in Forbes’ words, "they are the most '
      + 'entrepreneurial places on the planet with more startups per capita."';
    expect(only(body).speaker).toBe('Forbes');
  });
});

describe('answers', () => {
  it('gives an unattributed quote after "X asked Y …" to Y, who answers', () => {
    const body = 'Sean Hannity interviewed Donald Trump.\n\nHannity asked Trump how high the wall would be.\n\n'
      + '"I think the height could be 35 to 45 feet. That is a good height."';
    expect(only(body).speaker).toBe('Donald Trump');
  });
});

describe('quotes broken by their attribution', () => {
  it('makes one quote with two spans and one speaker from `"…," he said. "…"`', () => {
    const body = 'Police Commissioner Richard Ross walked the route. "It is going well so far," Ross said. "Police are out there doing their jobs."';
    const q = only(body);
    expect(q.spans).toHaveLength(2);
    expect(q.speaker).toBe('Richard Ross');
    expect(q.text).toBe('It is going well so far. Police are out there doing their jobs.');
    expect(q.spans.map(([s, e]) => body.slice(s, e))).toEqual(['It is going well so far,', 'Police are out there doing their jobs.']);
  });

  it('keeps the comma when the second piece goes on with the sentence: `"We tried," he said, "and failed."`', () => {
    expect(only('Ross spoke. "We tried very hard this year," Ross said, "and we failed anyway."').text)
      .toBe('We tried very hard this year, and we failed anyway.');
  });

  it('joins a quote that goes on in the next paragraph opened by a quotation mark (news style)', () => {
    const body = '"We have a plan for the economy," Clara Diaz said. "It starts with jobs.\n\n"And it ends with lower taxes for every family."';
    const q = only(body);
    expect(q.spans).toHaveLength(3);
    expect(q.speaker).toBe('Clara Diaz');
  });

  it('keeps two quotes apart when a sentence of narrative separates them, the second going on with the speaker', () => {
    const body = '"We will win this state," Clara Diaz said. The crowd cheered for several minutes. "Then we will win the next one."';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.spans.length)).toEqual([1, 1]);
    expect(quotes.map((q) => q.speaker)).toEqual(['Clara Diaz', 'Clara Diaz']);
  });
});

describe('quotes after a full stop', () => {
  it('keeps `"…." He added, "…"` as two quotes, the first attributed by its own sentence', () => {
    const body = 'Ben Brafman said, "The zeal of this case is uncharacteristic of any case we have found." He added, "In this case things happened that are not ordinary."';
    const quotes = extractQuotes(body);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.verb)).toEqual(['said', 'added']);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ben Brafman', 'Ben Brafman']);
  });

  it('joins `"…?" she asked. "…"` into one quote', () => {
    const body = 'Senator Joan Miles spoke last. "Have I started writing my speech?" Miles asked. "Look, the answer is yes."';
    const q = only(body);
    expect(q.spans).toHaveLength(2);
    expect(q.speaker).toBe('Joan Miles');
  });
});
