import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Which words around a quote are its speech verb, and whose.
describe('speech words that are nouns', () => {
  it('reads "cracked" as a speech verb: "during their first debate, Hillary Clinton cracked, “…”"', () => {
    const body = 'During their first debate, Hillary Clinton cracked, "I\'m a progressive, but I\'m a progressive who likes to get things done."';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });

  it('reads "remarks" after a possessive name as a noun: "Priebus called Clinton’s remarks a …"', () => {
    const body = 'Hillary Clinton spoke on Sunday. Party Chairman Reince Priebus called Clinton’s remarks a “bizarre attempt '
      + 'to deflect attention from her ties to her wealthy donors.”';
    expect(only(body).speaker).toBe('Reince Priebus');
  });

  it('reads "remarks" after a determiner and an adjective as a noun: "Howard continued his scathing remarks."', () => {
    const body = 'Actor Clint Howard spoke on Monday. Howard continued his scathing remarks.\n\n'
      + '“Eight years ago she was the presumed Democratic nominee, and a fellow came along.”';
    expect(only(body).speaker).toBe('Clint Howard');
  });

  it('reads "continued" before a plural noun as an adjective: "Rather, he said, continued struggles will …"', () => {
    const body = 'Gordon Humphrey spoke to delegates.\n\nHumphrey said he does not believe the effort requires an alternative. '
      + 'Rather, he said, continued struggles will coalesce support around stopping him.\n\n“To my knowledge, there is no '
      + 'heavy-hitter as yet involved.”';
    expect(only(body).speaker).toBe('Gordon Humphrey');
  });

  it('reads "comments" after a past tense as its object, no verb with a subject: "Clinton restricted comments about …"', () => {
    const body = 'Hillary Clinton spoke.\n\nClinton restricted comments about big banks to hypothetical scenarios.\n\n'
      + '“If any bank cannot be managed effectively, it should be broken up.”';
    expect(only(body).speaker).not.toBe('Clinton restricted');
  });
});

describe('pronouns with a contraction', () => {
  it('reads "he’s said" as "he" with its verb, resolved to the person', () => {
    const body = 'Ever since Bernie Sanders announced his candidacy, he’s said the same thing at every stop: '
      + '"It’s not about me, it’s about us." That is true.';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });

  it('gives no speaker to an unresolved "I’m"', () => {
    const body = 'As you know, I’m told by many: "The event ended early and nobody was told why."';
    expect(only(body).speaker).toBeNull();
  });
});

describe('appositives', () => {
  it('reads the name after a description without its closing comma: `"…," another friend, Mariam Emara told CNN`', () => {
    const body = 'The news shocked her friends. "She is also a mother for three young boys," another friend, Mariam Emara told CNN.';
    expect(only(body).speaker).toBe('Mariam Emara');
  });
});

describe('names between commas', () => {
  it('reads `"…," X\'s chief of staff, Joe Kasper, told POLITICO` and the quote after it as Joe Kasper\'s', () => {
    const body = 'Allies urged critics to pipe down.\n\n"Eventually, positions are going to soften on Donald Trump," '
      + 'California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO. "That is inevitable. It will happen."';
    expect(extractQuotes(body).map((q) => [q.speaker, q.spans.length])).toEqual([['Joe Kasper', 2]]);
  });

  it('does not take the listener of "told" for the speaker: `X, Joe Kasper, told POLITICO: "…"`', () => {
    const body = 'Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO before the interview: "That is inevitable. It will happen."';
    expect(only(body).speaker).toBe('Joe Kasper');
  });

  it('does not read `"…." This sort of opining, CNN claimed, violates …` as an attribution', () => {
    const body = 'On November 19, Elise Labott tweeted, "Statue of Liberty bows head in anguish." This sort of opining, '
      + 'CNN claimed, violates its code.';
    expect(only(body).speaker).toBe('Elise Labott');
  });
});

describe('participles', () => {
  it('gives a participle the subject of the sentence, not of the clause it reports', () => {
    const body = 'Kenneth Starr spoke on Monday. Starr said Clinton’s situation reminds him of the 1969 book titled '
      + '"The Tragedy of Lyndon Johnson," explaining, "because what could have been and so there are certain tragic dimensions."';
    expect(only(body).speaker).toBe('Kenneth Starr');
  });

  it('gives it the person of the reported clause when that clause shows them acting: "said Reid quieted the chatter, telling"', () => {
    const body = 'Harry Reid led the meeting.\n\nOne Democratic official who relayed the exchange said Reid quieted the '
      + 'chatter, telling his colleagues, "We have to remember that Bernie has always been good to us."';
    expect(only(body).speaker).toBe('Harry Reid');
  });

  it('reads participles of speech that scold or teach: "clashed with Johnson, chiding him, “…”"', () => {
    const body = 'Hillary Clinton clashed with Johnson during the hearing, chiding him, "What difference at this point does it make?"';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });
});

describe('participles after an agent', () => {
  it('does not give a quote to the agent of "statements made by Trump calling for a ban"', () => {
    const body = 'Hillary Clinton spoke. Clinton claimed that statements made by Donald Trump calling for a ban on Muslim '
      + 'immigration make him "ISIS\' best recruiter."';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });
});

describe('a colon after another speaker', () => {
  it('keeps `"…," Cruz said as the heckler yelled: "…"` as two quotes', () => {
    const body = 'Ted Cruz held a rally. "Apparently there is a young man having some problems," Cruz said as the heckler '
      + 'yelled: "You are a liar and a fraud!"';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ted Cruz', 'Apparently there is a young man having some problems'],
      ['the heckler', 'You are a liar and a fraud!'],
    ]);
  });

  it('keeps a few words quoted in running text apart from the quote a colon introduces after them', () => {
    const body = 'After Scalia said that some minority students might do better at "less advanced schools," Trump said: '
      + '"I don\'t like what he said, no, I don\'t like what he said."';
    expect(extractQuotes(body).map((q) => [q.speaker, q.text])).toEqual([
      ['Trump', 'I don\'t like what he said, no, I don\'t like what he said.'],
    ]);
  });

  it('still joins `"…," Cruz said, adding: "…"`', () => {
    const quotes = extractQuotes('Ted Cruz held a rally. "This is wonderful for us," Cruz said, adding: "We will win the state."');
    expect(quotes.map((q) => [q.speaker, q.spans.length])).toEqual([['Ted Cruz', 2]]);
  });
});

describe('attributions that run on into another quote', () => {
  it('reads `"…?" X remarked, alluding to "…"` as the attribution of the quote before it', () => {
    const body = 'Rachel Maddow asked about running mates.\n\n"I am not sure you know Leo DiCaprio is available, but we will see, '
      + 'right?" Clinton remarked, alluding to the actor\'s latest turn as a frontiersman in "The Revenant."';
    expect(only(body).speaker).toBe('Clinton');
  });

  it('does not read `"…!" She replied to him that it was an "…"` as the attribution of the quote before it', () => {
    const body = 'David Axelrod sent a note.\n\nAxelrod emailed her, "you are an all-star player and we need you for the long run!" '
      + 'She replied to him that it was an "honor to serve the President and the country with people like you."';
    expect(extractQuotes(body)[0]?.speaker).toBe('David Axelrod');
  });
});

describe('names that are no people', () => {
  it('does not expand "Trump" to "the Trump Train"', () => {
    const body = 'For those not yet on the Trump Train, listen. Trump told Newsmax that Mitt Romney had a crazy policy, '
      + 'adding, "He lost all of the Latino vote and everybody who is inspired to come into this country."';
    expect(only(body).speaker).toBe('Trump');
  });
});

describe('namesakes', () => {
  it('gives a bare surname to the titled person named most, not to a relative named in passing', () => {
    const body = 'Actor Clint Howard admits his choice. Hillary Clinton lacks in looks, said Howard.\n\n'
      + 'Howard, the younger brother of Hollywood legend Ron Howard, endorsed Ted Cruz.\n\n'
      + '“When they look at her I believe they are going to see a bitter old grandma,” Howard said recently.';
    expect(only(body).speaker).toBe('Clint Howard');
  });
});

describe('more verbs and appositives', () => {
  it('reads "reacted" and steps over a bracket that ends a described appositive', () => {
    const body = 'Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR), reacted skeptically to the deal, '
      + '"[I am] concerned about any agreement that involves blanket return of all individuals."';
    expect(only(body).speaker).toBe('Filippo Grandi');
  });

  it('reads a plain present tense after a plural subject: `"…," the two lawmakers write.`', () => {
    const body = '"You seem to have picked a new standard out of thin air," the two lawmakers write.';
    expect(only(body).speaker).toBe('the two lawmakers');
  });
});

describe('what goes on after a partial quote', () => {
  it('gives the next paragraph\'s quote to the speaker of a short partial quote that ended the paragraph before', () => {
    const body = 'Donald Trump spoke on Monday.\n\nTrump shot back in a statement, saying he has "made a lot of money."\n\n'
      + '"Frankly, this is the kind of thinking our country needs, understanding how to get a good result."';
    expect(only(body).speaker).toBe('Donald Trump');
  });

  it('does not when the partial quote is followed by more of its paragraph', () => {
    const body = 'James Comey spoke. Comey said Clinton was "extremely careless." Two lawmakers disagreed with him.\n\n'
      + '"You seem to have picked a new standard out of thin air to describe the actions."';
    expect(only(body).speaker).toBeNull();
  });
});

describe('attributions that close the sentence', () => {
  it('reads `"…" and against the Brady law, Clinton said.` as Clinton\'s', () => {
    const body = 'Hillary Clinton spoke. Sanders is under pressure.\n\n"I have made it clear that he has voted with the gun lobby numerous times" and '
      + 'against the Brady gun-control law, Clinton said.';
    expect(only(body).speaker).toBe('Hillary Clinton');
  });
});

describe('clauses around the speaker', () => {
  it('does not take a sentence-opening conjunction for a subject: "Although …, a White House official who … said"', () => {
    const body = 'Although there is no overlap with the team, a White House official who spoke anonymously said Wednesday, '
      + '"Certainly there are discussions between the White House and the campaign."';
    expect(only(body).speaker).toBe('a White House official');
  });

  it('reads a relative clause without a comma after a name: "a tweet from Rikkie Wells who tweeted, “…”"', () => {
    expect(only('It was this tweet from Rikkie Wells who tweeted, "Staff never, ever pay attention to the rules."').speaker)
      .toBe('Rikkie Wells');
  });

  it('skips a verb after "when": "Lynch, who told Congress when asked about the inquiry: “…”"', () => {
    const body = 'It would involve Attorney General Loretta E. Lynch, who told Congress when asked about the inquiry: '
      + '"That matter is being handled by career independent law enforcement agents."';
    expect(only(body).speaker).toBe('Loretta E. Lynch');
  });

  it('does not take the verb of a clause of time for the attribution of the next paragraph: "as the crowd roared."', () => {
    const body = '"He is taller than me," Marco Rubio said Sunday in Virginia as the crowd roared.\n\n'
      + '"Which is why I do not understand why his hands are so small. You can\'t trust them."';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Marco Rubio', 'Marco Rubio']);
  });

  it('keeps the verb of a clause of time when the quote goes on from it: "after Clinton argued that “…”"', () => {
    const body = '"It is misleading," David Axelrod tweeted after Hillary Clinton argued again that "if everyone had '
      + 'voted as he voted, we would not have rescued the auto industry."';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['David Axelrod', 'Hillary Clinton']);
  });

  it('does not take a phrase a time follows for a subject: "In a … interview with journalist Matei Rosca last year, Lazar"', () => {
    const body = 'In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said he welcomed '
      + 'extradition and added, "I will plead guilty, no problem."';
    expect(only(body).speaker).toBe('Lazar');
  });
});

describe('sentence openers that are no names', () => {
  it('reads a capitalized participle after a no-break space as opening the sentence, not as a name', () => {
    const body = 'It was a contrast to Clinton.\u00a0Reprising one of her lines, the former secretary of state talked about '
      + 'continuing her commitment "to do everything we possibly can not to let the Republicans rip it away and turn us back."';
    expect(only(body).speaker).toBe('the former secretary of state');
  });

  it('keeps a surname in -ing a name when a verb follows it: "Boreing said"', () => {
    const body = 'Jeremy Boreing spoke.\n\nBoreing said it was time: "It is time we change how we do it in this town."';
    expect(only(body).speaker).toBe('Jeremy Boreing');
  });
});

describe('asking to do something', () => {
  it('reads "asks to sit in" as a request, not the speech verb of the quote after it', () => {
    const body = 'Superintendent Chuck Ledbetter says principals must now call him if any board member asks to sit in on a '
      + 'meeting. "It is not the place of teachers to persuade students about their beliefs."';
    expect([only(body).speaker, only(body).verb]).toEqual(['Chuck Ledbetter', 'says']);
  });

  it('still reads "asked" before a quote as speech: "he asked to the crowd"', () => {
    expect(only('Then Sanders asked to the crowd: "Who is ready to win?"').verb).toBe('asked');
  });
});
