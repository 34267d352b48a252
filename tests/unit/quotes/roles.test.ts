import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Who the article says a speaker is: the `role` next to the name.
describe('roles: who the article says a speaker is', () => {
  it('starts a role written before a name after the verb of its phrase: "Frank quotes former Carter adviser Alfred Kahn:"', () => {
    expect(only('Frank quotes former Carter adviser Alfred Kahn:\n\n"I would love the Teamsters to be worse off."'))
      .toMatchObject({ speaker: 'Alfred Kahn', role: 'former Carter adviser' });
  });

  it('shows a role a sentence opens with as an appositive: "The judge Simon Farrell said" gives "the judge"', () => {
    expect(only('The judge Simon Farrell said: "It is a case of the utmost seriousness for all the families."').role)
      .toBe('the judge');
    const another = 'Another pollster, David Woodard of Clemson University, said his survey showed it. "Go figure," he said.';
    expect(only(another).role).toBe('another pollster');
    // (Not an "A" that may be a name's: "A Plus reporter Isaac Saul".)
    expect(only('A Plus reporter Isaac Saul wrote: "It is a case of the utmost seriousness for all the families."').role)
      .toBe('A Plus reporter');
  });

  it('takes no topic a sentence opens with for a role: "Regarding her server, FBI Director James Comey stated …"', () => {
    const quote = ', FBI Director James Comey stated Clinton and her team were "extremely careless in their handling of '
      + 'very sensitive, highly classified information."';
    expect(only(`Concerning her use of her private server${quote}`).role).toBe('FBI Director');
    // (But a description set off before the name is who they are: "Ms. Merkel's spokesman, Steffen Seibert,".)
    expect(only(`Her longtime aide${quote}`).role).toBe('her longtime aide');
  });

  it('gives a name no role from a description that speaks about them: "Clinton, a top aide said, “is very confident …”"', () => {
    const body = '"We will win this race and we will win it big," Hillary Clinton said on Monday.\n\n'
      + 'Clinton, a top aide said, “is very confident, very confident in the contrast” between her and Trump.';
    expect(extractQuotes(body).map((q) => [q.speaker, q.role])).toEqual([['Hillary Clinton', null]]);
  });

  it('reads the appositive after a name, before or after the verb, and gives it to all their quotes', () => {
    const quotes = extractQuotes('"It is a pretty expensive business model," said Will Doyle, a professor of higher education at Vanderbilt University. "The biggest thing is personnel costs," Doyle added.');
    expect(quotes.map((q) => [q.speaker, q.role])).toEqual([
      ['Will Doyle', 'a professor of higher education at Vanderbilt University'],
      ['Will Doyle', 'a professor of higher education at Vanderbilt University'],
    ]);
    expect(only('"Our streets are safer than they were," Anna Berg, the mayor of Springfield, said on Tuesday.').role)
      .toBe('the mayor of Springfield');
  });

  it('names who a description after the verb is, where the name goes on with where they belong: "…, Andrew J. Pincus of …"', () => {
    const q = only('"There will be a term with eight justices," said another leading Supreme Court advocate, Andrew J. Pincus '
      + 'of the law firm Mayer Brown.');
    expect([q.speaker, q.role]).toEqual(['Andrew J. Pincus', 'another leading Supreme Court advocate']);
  });

  it('takes no list of other names after a name for its role: "wrote Jason Dana, Robyn Dawes and Nathanial Peterson"', () => {
    const q = only('"Our recommendation is not to use them," wrote Jason Dana, Robyn Dawes and Nathanial Peterson.');
    expect([q.speaker, q.role]).toEqual(['Jason Dana', null]);
    expect(only('"It is close," said John Smith, Chairman and CEO, in a statement.').role).toBe('Chairman and CEO');
  });

  it('keeps the description a name was given in an appositive as the role: "her senior policy adviser, Jake Sullivan,"', () => {
    const q = only('In a statement, her senior policy adviser, Jake Sullivan, said: "Cooperation is strongest when Europe is strong."');
    expect([q.speaker, q.role]).toEqual(['Jake Sullivan', 'her senior policy adviser']);
  });

  it('gives a British "Name, Title, Employer said:" to the name, with the title and employer as the role', () => {
    const q = only('Mark Diffley, Director, Ipsos MORI Scotland said: "The poll gives a clear steer about the economy."');
    expect([q.speaker, q.role]).toEqual(['Mark Diffley', 'Director, Ipsos MORI Scotland']);
    expect(only('"It is close," Mark Diffley, Director, Ipsos MORI Scotland said.')).toMatchObject({ speaker: 'Mark Diffley' });
    expect(only('Mark Diffley, Director, Ipsos MORI Scotland, said: "It is close."'))
      .toMatchObject({ speaker: 'Mark Diffley', role: 'Director, Ipsos MORI Scotland' });
    // (Places set off before a name are no title: the name after them speaks.)
    expect(only('In London, Paris and Berlin, Angela Merkel said: "We stand together."').speaker).toBe('Angela Merkel');
  });

  it('takes a body\'s short name after its name for no speaker: "…, deputy director of the Russian Anti-Doping Agency, Rusada,"', () => {
    const q = only('Igor Zagorskiy, deputy director of the Russian Anti-Doping Agency, Rusada, told the BBC: "There is room for improvement."');
    expect(q.speaker).toBe('Igor Zagorskiy');
    // (A surname after a description that ends in a body's name is still the speaker.)
    expect(only('The spokesman for the Democratic Party, Smith, said: "We will win this race."').speaker).toBe('Smith');
  });

  it('leaves an age out of the role the description after it gives: "Ramil Carr, 31, a freelance photographer,"', () => {
    const q = only('Ramil Carr, 31, a Philadelphia freelance photographer, said, "I have never seen a crowd like this one."');
    expect([q.speaker, q.role]).toEqual(['Ramil Carr', 'a Philadelphia freelance photographer']);
  });

  it('reads an appositive that opens with a role noun and ends in brackets: "X, chairman of Y (a Republican PAC), tweeted:"', () => {
    const q = only('Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted: "People behind her are wearing those shirts."');
    expect([q.speaker, q.role]).toEqual(['Jeff Bechdel', 'chairman of America Rising (a Republican PAC)']);
  });

  it('joins a party tag after a name to the title before it: "Senate Majority Leader Mitch McConnell, R-Ky.,"', () => {
    const q = only('"Let me make it perfectly clear," Senate Majority Leader Mitch McConnell, R-Ky., said.');
    expect([q.speaker, q.role]).toEqual(['Mitch McConnell', 'Senate Majority Leader, R-Ky.']);
  });

  it('keeps the place a title opens with in the role: "New York City Mayor Rudy Giuliani"', () => {
    const body = 'Former prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, trashed Comey.\n\n'
      + '"If you read the first three-quarters of his report, it says indict," Giuliani said.';
    expect([only(body).speaker, only(body).role]).toEqual(['Rudy Giuliani', 'New York City Mayor']);
  });

  it('keeps the day a newspaper\'s name opens with, but no day before a name: "Sunday Times political editor Tim Shipman"', () => {
    const body = 'Gill died. Sunday Times political editor Tim Shipman said: "The best of us for 30 years has died."';
    expect([only(body).speaker, only(body).role]).toEqual(['Tim Shipman', 'Sunday Times political editor']);
    const day = 'Gill died. On Sunday BBC political editor Laura Kuenssberg said: "The best of us for 30 years has died."';
    expect([only(day).speaker, only(day).role]).toEqual(['Laura Kuenssberg', 'BBC political editor']);
  });

  it('reads a title made with "of" as the role of the name after it: "former secretary of state Hillary Clinton"', () => {
    const q = only('"We will do it all over again, every single time," former secretary of state Hillary Clinton said.');
    expect([q.speaker, q.role]).toEqual(['Hillary Clinton', 'former secretary of state']);
    expect(only('"We will do it all over again, every time," the wife of former president Bill Clinton said.').speaker)
      .toBe('the wife of former president Bill Clinton');
  });

  it('reads an office named by what it heads the same way: "master of ceremonies X", "the head of security, X"', () => {
    const master = only('"Thanks, Clarkston, for welcoming these refugees," said master of ceremonies Asab Al-Tabchi.');
    expect([master.speaker, master.role]).toEqual(['Asab Al-Tabchi', 'master of ceremonies']);
    const head = only('"We have never had trouble at this school," said the head of security, John Smith.');
    expect([head.speaker, head.role]).toEqual(['John Smith', 'the head of security']);
  });

  it('leaves the comma that closes an appositive out of the role: "Paul D. Ryan, the nation\'s highest-ranking Republican,"', () => {
    const q = only('Speaker Paul D. Ryan, the nation\'s highest-ranking Republican, on Tuesday called the remarks "the '
      + 'textbook definition of a racist comment that no one should ever make".');
    expect([q.speaker, q.role]).toEqual(['Paul D. Ryan', 'the nation\'s highest-ranking Republican']);
  });

  it('keeps where a person belongs as the role: "Jeffrey Lewis of the James Martin Center"', () => {
    expect(only('"The test was real and it was big," Jeffrey Lewis of the James Martin Center said.').role).toBe('of the James Martin Center');
  });

  it('gives no role from an appositive about where a person works: "Holger Schmieding of Berenberg, Germany\'s largest bank,"', () => {
    const body = 'Holger Schmieding of Berenberg, Germany\'s largest private bank, warned that the attacks "may trigger a '
      + 'knee-jerk reaction to get further away from the European Continent and Brussels."';
    expect(only(body)).toMatchObject({ speaker: 'Holger Schmieding', role: null });
    const later = 'Holger Schmieding of Berenberg, Germany\'s largest private bank, expects a slowdown. "The attacks may '
      + 'trigger a knee-jerk reaction against Brussels," Schmieding said.';
    expect(only(later)).toMatchObject({ speaker: 'Holger Schmieding', role: null });
    // (But a place's is the person's: "Nancy Pelosi of California, the minority leader,".)
    expect(only('Nancy Pelosi of California, the minority leader, said: "This bill would hurt millions of working families '
      + 'across the country."')).toMatchObject({ speaker: 'Nancy Pelosi', role: 'the minority leader' });
  });

  it('reads a role written before the name: "Clinton campaign manager Robby Mook", "Chinese President Xi Jinping"', () => {
    expect(only('"We are winning where it counts," Clinton campaign manager Robby Mook said.').role).toBe('Clinton campaign manager');
    expect(only('"He was very good on reaction tonight," said MSNBC host Chris Matthews.').role).toBe('MSNBC host');
    expect(only('Chinese President Xi Jinping said: "China and Vietnam are friendly socialist neighbors."').role).toBe('Chinese President');
  });

  it('takes a title the article writes a speaker with anywhere, but not across a line or from a sentence opener', () => {
    const body = 'Yesterday Mexican President Enrique Pena Nieto met Joe Biden.\n\n"We will work together on trade," Pena Nieto said.';
    expect(only(body).role).toBe('Mexican President');
    const headline = 'Rubio Says Biden Was A Really Effective Senator\nMarco Rubio spoke.\n\n"He was a good colleague of mine," Rubio said.';
    expect(only(headline).role).toBeNull();
    // Nor words of a caption run into an owner's title: "Devastation in Nepal | India's Prime Minister Narendra Modi".
    const caption = "On the ground: Devastation in Nepal India's Prime Minister Narendra Modi has made a special effort. "
      + 'He said Indians needed to "wipe the tears of every Nepali, hold their hands, and stand with them."';
    expect(only(caption).role).toBe("India's Prime Minister");
    // A place of two words that owns the title stays: "New Zealand's Prime Minister".
    expect(only("New Zealand's Prime Minister John Key visited. \"We will help with all we have,\" Key said.").role)
      .toBe("New Zealand's Prime Minister");
  });

  it('takes no role from an abbreviated title, a modifier or a possessive before the name', () => {
    expect(only('"We will not back down from this fight," said Sen. Ted Cruz.').role).toBeNull();
    expect(only('"We will not back down from this fight," said former Gov. Jeb Bush.').role).toBeNull();
    expect(only('As The Post\'s Dana Milbank puts it, "Senate Republicans are unmoved by all of it."').role).toBeNull();
  });

  it('gives no role for an aside, a relative clause or a described speaker', () => {
    expect(only('"Elections matter a great deal to all of us," Mark Kelly, however, said.').role).toBeNull();
    expect(only('"We are going to win this state," Barack Obama, whose criticism of Trump has sharpened, said.').role).toBeNull();
    expect(only('"We will win this state by a lot," a longtime adviser to Trump said.').role).toBeNull();
    expect(only('"We will build a wall and it will be beautiful," Donald Trump in the past said.').role).toBeNull();
    expect(only('"It was the worst deal I have ever seen in my life," said John O\'Donnell, author of "Trumped!", in an interview.').role)
      .toBeNull();
  });
});

describe('an appositive after a name', () => {
  it('goes past a number\'s comma, and when too long keeps who they are before a relative clause', () => {
    const body = '"That is so out of touch," said Erin Clark, a postdoctoral fellow at Brandeis University who spends about '
      + '60 hours a week doing research on neurons and makes $46,344 after having been promoted.';
    expect(only(body).role).toBe('a postdoctoral fellow at Brandeis University');
    expect(only('"It is so," said Ann Lee, a nurse who makes $46,344 a year, in the hall.').role)
      .toBe('a nurse who makes $46,344 a year');
  });
});
