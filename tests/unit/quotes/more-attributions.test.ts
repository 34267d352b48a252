import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only, speakersOf } from './only-quote.ts';

// Titles that are no quotes, and attributions to somebody unnamed, to a name's owner, to a compound speaker.
describe('titles that are no quotes', () => {
  it('drops an unattributed title in Title Case, whatever its punctuation: "The Late Show With Stephen Colbert,"', () => {
    const body = 'Sanders will appear on "The View" and "The Late Show With Stephen Colbert," among other shows.';
    expect(extractQuotes(body)).toEqual([]);
  });

  it('drops a title or slogan that ends its sentence with the period inside the marks, but keeps a short sentence', () => {
    expect(extractQuotes('Many reporters noted the change from the usual slogan, "Make America Great Again."')).toEqual([]);
    expect(extractQuotes('Ben Carson said on "Meet the Press."')).toEqual([]);
    expect(only('Hillary Clinton turned to her mother and said, "This one is for you."').speaker).toBe('Hillary Clinton');
  });

  it('drops a title whose long preposition is in lowercase: "This Week with George Stephanopoulos."', () => {
    expect(extractQuotes('Christie said on ABC\'s "This Week with George Stephanopoulos."')).toEqual([]);
    expect(extractQuotes('He is now host of “The Nightly Show with Larry Wilmore.”')).toEqual([]);
  });

  it('drops a title right after the kind of work it names, but not a quote from a work after a comma', () => {
    expect(extractQuotes('He acted in the Syfy movie “Sharknado 3: Oh Hell No!” This spring he was in a film.')).toEqual([]);
    expect(only('Trump wrote in his book, “I was never one to back down from a fight with anybody.”').speaker).toBe('Trump');
  });

  it('drops a title after a comma when every word of it is capitalized: `its politics podcast, "So, That Happened."`', () => {
    const body = 'The Huffington Post spoke with Teachout on its politics podcast, “So, That Happened.” Rubio said so in his '
      + '2012 book, "An American Son." Then he wrote in his book, "It Was Not Easy for Us."';
    expect(extractQuotes(body).map((q) => q.text)).toEqual(['It Was Not Easy for Us.']);
  });

  it('drops the title of a work: `a memo titled "The Facts on Where the Race Stands."`', () => {
    expect(extractQuotes('Robby Mook released a memo titled "The Facts on Where the Race Stands."')).toEqual([]);
    // (And an author's: "a co-author of ''Those Guys Have All the Fun: Inside the World of ESPN.''")
    const body = '"Be careful," said James Andrew Miller, a co-author of "Those Guys Have All the Fun: Inside the World of ESPN."';
    expect(extractQuotes(body).map((q) => q.text)).toEqual(['Be careful']);
  });
});

describe('attributions to somebody unnamed', () => {
  it('gives no speaker to `"…," read one.` rather than the source named before it', () => {
    const body = 'On Friday, CNN reported that six skywriting planes filled the skies with messages.\n\n'
      + '"America is great! Trump is disgusting," read one.';
    const q = only(body);
    expect([q.speaker, q.verb]).toEqual([null, 'read']);
  });
});

describe('what a name after the verb owns', () => {
  it('gives `"…," said Clinton\'s spokesman` to the spokesman, and names them when an appositive does', () => {
    expect(only('"It is about time," said Clinton\'s spokesman.').speaker).toBe("Clinton's spokesman");
    expect(only('"It is about time," exhorted Clinton\'s introducer, actress Jamie Lee Curtis.').speaker).toBe('Jamie Lee Curtis');
  });
});

describe('surnames that are titles too', () => {
  it('reads "Mr. King" as the Charlie King named before, not as a title', () => {
    const body = '"People say it does not matter," said Charlie King, a prominent New York Democrat.\n\n'
      + '"It is all about creating some enthusiasm around this race," Mr. King added.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Charlie King', 'Charlie King']);
  });

  it('reads "Mr. Singer" as the Mark Singer named before, though "singer" is a job too', () => {
    const body = 'On his wall, the New Yorker writer Mark Singer has a note.\n\n'
      + '"People remembered this piece, for better or worse," Mr. Singer said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Mark Singer']);
  });

  it('does not take a name "that" follows for a subject: "complained to CBS News\' Charlie Rose that …"', () => {
    const body = 'On Thursday, Bernie Sanders complained to CBS News\' Charlie Rose that linking him to the massacre was unfair.\n\n'
      + '"Do I bear responsibility for the tragedy? So, you know, let\'s get off of that," he said.';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });
});

describe('quotes that go on a paragraph about someone', () => {
  it('gives an unattributed quote to the subject of the clause before it: "…, but Sherman wants …. “I think …”"', () => {
    const body = 'Jake Sherman studied under Wayne Barrett.\n\nPlaybook will not go that far, but Sherman wants to use the '
      + 'platform as a real-time fact check. "I think because we have the access to the people, we will impose the skepticism."';
    expect(only(body).speaker).toBe('Jake Sherman');
  });

  it('does not give one that opens its own paragraph to the sentence before it', () => {
    const body = 'Jake Sherman wants to use the platform as a real-time fact check.\n\n'
      + '"I think because we have the access to the people, we will impose the skepticism."';
    expect(only(body).speaker).toBeNull();
  });
});

describe('compound speakers', () => {
  it('reads `"…," X and Y, both Republicans, said` as attributed, to both', () => {
    const body = '"We can only wonder if the intent is to reopen the door for voter fraud," state Senate leader Phil Berger '
      + 'and House Speaker Tim Moore, both Republicans, said in a statement.';
    expect(only(body).speaker).toBe('Phil Berger and Tim Moore');
  });
});

describe('a plural of people', () => {
  it('names no speaker: "Broadly, Scots want …. “…”", "Women said"', () => {
    const body = 'Broadly, Scots want to see measures to improve the standard of living, particularly a higher minimum wage. '
      + '"There is also a preference for higher targeted public spending even if that means the deficit stays."';
    expect(only(body).speaker).toBeNull();
  });
});


describe('an abbreviated title that is also a given name', () => {
  it('is a title with its period ("said Del. Stacey Plaskett"), a name without ("Del Bigtree said")', () => {
    expect(only('"It is destroying this committee," said Del. Stacey Plaskett of the Virgin Islands.').speaker)
      .toBe('Stacey Plaskett');
    expect(only('"We will keep asking," Del Bigtree said.').speaker).toBe('Del Bigtree');
  });
});

describe('"Here\'s X:" before a quote', () => {
  it('brings on the speaker: "Here’s Clinton in December 1992: “…”"', () => {
    const body = 'Bill Clinton won in 1992. Frank teases out an ideology.\n\nHere’s Clinton in December 1992: “Our new '
      + 'direction must rest on an understanding of the world as it is.”';
    expect(only(body).speaker).toBe('Bill Clinton');
  });
});

describe('a sentence that is only a speech participle', () => {
  it('goes on with the quote before it, even one too short to keep: "… the report “wasn’t good.” Adding, “…”"', () => {
    const body = 'Later in the show, Bill Maher stated of the email scandal that the report “wasn’t good.” Adding, “Now, '
      + 'like with all Clinton scandals, what they actually did is not the story.”';
    expect(only(body).speaker).toBe('Bill Maher');
  });
});

describe('a relative clause after a name and its description', () => {
  it('is the name\'s: "researchers such as David Coleman, professor of demography at Oxford University, who said:"', () => {
    const body = 'That echoes the concerns of researchers such as David Coleman, professor of demography at Oxford '
      + 'University, who said: "We do not need up to 13 million more people by the middle of the century."';
    expect(only(body)).toMatchObject({ speaker: 'David Coleman', role: 'professor of demography at Oxford University' });
  });
});

describe('a relative clause set off after a name and its description', () => {
  it('is the name\'s: "Alexander Downer, Australian high commissioner to the UK, who also laid a wreath, said:"', () => {
    const body = 'Crowds gathered.\n\nAddressing the crowds, Alexander Downer, Australian high commissioner to the UK, who '
      + 'also laid a wreath, said: "When we reflect on Anzac Day we imagine the landings."';
    expect(only(body)).toMatchObject({ speaker: 'Alexander Downer', role: 'Australian high commissioner to the UK' });
    // (A title opens no such description: the name before its party tag speaks.)
    expect(only('After winning Ohio in the primary, Gov. John Kasich (R-OH), said, "I am getting ready to rent a wagon."').speaker)
      .toBe('John Kasich');
  });
});

describe('a name that ends in a question mark or an exclamation mark', () => {
  it('does not end the sentence before a comma: "Richard Lloyd, executive director of consumer watchdog Which?, said:"', () => {
    const body = 'Prices rose.\n\nRichard Lloyd, executive director of consumer watchdog Which?, said: "We are concerned '
      + 'that this decision waters down the law."';
    expect(only(body).speaker).toBe('Richard Lloyd');
  });
});

describe('a surname that is a function word elsewhere', () => {
  it('is part of the name: "Dagenham & Redbridge manager John Still told BBC Radio London:"', () => {
    const body = 'Fans were unhappy.\n\nDagenham & Redbridge manager John Still told BBC Radio London: "I think for half '
      + 'an hour we lacked organisation."';
    expect(only(body)).toMatchObject({ speaker: 'John Still', role: 'Dagenham & Redbridge manager' });
  });
});


describe('a caption run into the attribution before a quote', () => {
  it('gives the quote to the name after the caption\'s label, not to the label or to what was written', () => {
    const body = 'Residents are starving. Bleak picture: Abu Ibrahim Raqqawi one of the group\'s founders, wrote the '
      + 'accompanying message: "Lines waiting for some food. Yes this is the State. Hunger, poverty and homelessness" One '
      + 'resident, named only as Jassem, told the group how dozens of people had fled the city.';
    expect(only(body).speaker).toBe('Abu Ibrahim Raqqawi');
  });

  it('starts a description at a capital "Her" inside it: "… onto her eyelid Her Facebook page states:"', () => {
    const body = 'Promise uses tweezers to place false eyelashes onto her eyelid Her Facebook page states: "I am not a '
      + 'professional make-up artist nor did I take any lessons in it."';
    expect(only(body).speaker).toBe('Her Facebook page');
  });
});

describe('two people who speak together', () => {
  it('are both the speaker: "Mr Keys and Mr Bacon said in a statement"', () => {
    const keys = 'Reg Keys and Roger Bacon lost sons in Iraq. Mr Keys and Mr Bacon said in a statement: "This is great '
      + 'proof of the support from the British people."';
    expect(speakersOf(keys)).toEqual(['Reg Keys and Roger Bacon']);
  });

  it('are not the last two of a list, of whom one speaks: "Patti LaBelle and Stevie Wonder, who joked"', () => {
    const body = "The ceremony featured Oprah Winfrey, Robert DeNiro, Patti LaBelle and Stevie Wonder, who joked of the "
      + "museum, ''I haven't seen it yet, but I'm going to.''";
    expect(speakersOf(body)).toEqual(['Stevie Wonder']);
  });

  it('share a surname after a given name alone, in an appositive too: "David and Jeanne Heidler wrote"', () => {
    const quote = '"had a tin ear, was both opinionated and wrong, and made the worst political decisions" to elect him.';
    expect(speakersOf(`David and Jeanne Heidler wrote that Taylor ${quote}`)).toEqual(['David and Jeanne Heidler']);
    const appositive = `David Eisenhower spoke. Henry Clay's biographers, David and Jeanne Heidler, wrote that Taylor ${quote}`;
    expect(speakersOf(appositive)).toEqual(['David and Jeanne Heidler']);
  });
});

describe('a name after "said" that a verb follows', () => {
  it('gives the quote to the subject before a relative clause, not to whom the reported clause is about', () => {
    const body = 'Mr. Slinker, whose latest start-up, Paradata, uses big data, said Mr. Trump was a candidate in the spirit '
      + 'of Silicon Valley: "He\'s a start-up kind of guy."';
    expect(only(body).speaker).toBe('Slinker');
  });

  it('still reads a name right after "said" and a comma as who says it: "…, said Mr. Trump, “…”"', () => {
    expect(only('The crowd roared, said Mr. Trump, "We are going to win so much."').speaker).toBe('Trump');
  });
});

describe('a quote set off by dashes right after a name', () => {
  const aside = "A chorus of prominent Republicans has said the same thing, including the former presidential candidate Mitt "
    + "Romney -- ''It is disqualifying for a nominee to refuse to release tax returns to the voters'' -- and Fred Goldberg.";

  it('is the name\'s, not the sentence subject\'s, with the role before the name', () => {
    expect(only(aside)).toMatchObject({ speaker: 'Mitt Romney', role: 'the former presidential candidate' });
  });

  it('but a quote a dash introduces and no dash closes belongs to the sentence', () => {
    const body = 'Mr. Trump also embraced a plan pushed by Ted Cruz -- "We will build a wall and Mexico will pay for it," '
      + 'he said to cheers.';
    expect(speakersOf(body)).toEqual(['Trump']);
  });
});

describe('a body that speaks by its initials', () => {
  it('is named by the name the article spells them out in: "the latest WHO report said" → World Health Organization', () => {
    const body = 'The latest World Health Organization Report confirmed 30 new cases. "Taken together these data indicate '
      + 'that surveillance is improving," the latest WHO report said.';
    expect(only(body).speaker).toBe('World Health Organization');
    // (Written with "the" too, as a body of the name finder's lexicon is: "the GOP said".)
    expect(only('The Grand Old Party met on Monday. "We will win," the GOP said.').speaker).toBe('Grand Old Party');
  });

  it('keeps initials two of the article\'s names share, which say neither: "GOP"', () => {
    const body = 'The Grand Old Party met, and so did the Growth and Opportunity Project. "We will win," the GOP said.';
    expect(only(body).speaker).toBe('the GOP');
  });
});
