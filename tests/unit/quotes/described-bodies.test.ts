import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

const speakers = (body: string) => extractQuotes(body).map((q) => q.speaker);

describe('a body that speaks under its noun: "the company said"', () => {
  it('is the organization the story last made a subject, past one it names as an object: Harbro, not Companies House', () => {
    expect(speakers('Aberdeenshire-based Harbro Group saw profit rise. Harbro said sales grew over the year. The '
      + 'Turriff-based company makes feeds. It also has 19 shops. In accounts filed with Companies House, the company '
      + 'said: "As always, the outlook for agriculture is difficult to predict."')).toEqual(['Harbro Group']);
    expect(speakers('Harbro Group said sales grew. It sold most of its feed to Tesco Stores Ltd. "As always, the outlook for '
      + 'agriculture is difficult to predict," the company said.')).toEqual(['Harbro Group']);
  });

  it('is a paper only if the name is a paper\'s: "the newspaper" is the New York Times, never the FBI', () => {
    expect(speakers('On Thursday, the New York Times described the policy as brutal. In an editorial, the newspaper '
      + 'said: "The policy is inhumane, of dubious legality and strikingly at odds with the values of the country."'))
      .toEqual(['New York Times']);
    expect(speakers('The FBI said it would look into the leak. "We will not comment on the report," the newspaper '
      + 'said.')).toEqual(['the newspaper']);
  });

  it('is a news agency, wherever the story named it, if it is one: "the wire service" is the Associated Press', () => {
    const report = 'Her department was buying likes, according to an Associated Press report from last year.\n\n"In 2013, the '
      + 'department spent $630,000 to boost the numbers," the wire service reported.';
    expect(speakers(report)).toEqual(['Associated Press']);
    expect(speakers(report.replace('an Associated Press report', 'a State Department report'))).toEqual(['the wire service']);
  });

  it('is a body whose own name has the noun: "the council" is the city council, "the commission" never a board', () => {
    expect(speakers('The St. Paul City Council on Wednesday approved a resolution. "We condemn anti-Muslim, anti-refugee '
      + 'and anti-immigrant speech from candidates," the council said.')).toEqual(['St. Paul City Council']);
    expect(speakers('The Illinois Board of Elections ruled on Monday. "A suitable court should settle the matter once and '
      + 'for all," the commission said.')).toEqual(['the commission']);
  });

  it('is an organization described with "which" where no other is a subject: "the Illinois Board of Elections, which"', () => {
    expect(speakers('Lawyers for Cruz wrote to the Illinois Board of Elections, which rejected both objections. "The '
      + 'Candidate is a natural born citizen by virtue of his mother," the board said.'))
      .toEqual(['Illinois Board of Elections']);
  });

  it('is an example of a kind of body that "which" describes: "employers such as Monsanto, which opposed the bill"', () => {
    expect(speakers('The filibuster drew attention from employers such as Monsanto, which opposed the bill. "We call on '
      + 'other businesses to join us," the company tweeted.')).toEqual(['Monsanto']);
  });

  it('is a lone word the story names a body by elsewhere: "investment company Temasek … Temasek has dismissed … The fund told"', () => {
    expect(speakers('Mighty accuses Olam and its stakeholder, investment company Temasek, of turning a blind eye. Temasek '
      + 'has dismissed the allegations. The fund told the BBC: "Olam\'s operations are matters for the board of Olam."'))
      .toEqual(['Temasek']);
  });

  it('stays as written when the story brings in another body under that noun: "the trade group for …"', () => {
    expect(speakers('UnitedHealth Group has threatened to leave the exchanges. This week, the trade group for the Blue '
      + 'Cross plans spelled out its concerns. "The current risk pool is out of balance," the group wrote.'))
      .toEqual(['the group']);
    // (Not a noun that only goes with another word: "a contributor with the company".)
    expect(speakers('Business Insider also commented on his future as a contributor with the company. "We wish them all '
      + 'the best," the company said in a statement.')).toEqual(['Business Insider']);
  });

  it('is named as the entities list it: "GunBroker", not the "GunBroker." of its web address', () => {
    expect(speakers('A statement posted on the website GunBroker.com said listings are user generated. "No one at the '
      + 'website has any relationship with Zimmerman," the company wrote in its statement.')).toEqual(['GunBroker']);
  });

  it('is a platform that spoke as a firm, which the name finder leaves out: "Twitter acknowledged …, the company said"', () => {
    expect(speakers('Twitter acknowledged that the issue remained tricky. "We have always sought to strike a balance '
      + 'between our rules and the needs of law enforcement," the company said.')).toEqual(['Twitter']);
  });

  it('is a labour union a story calls "the union", whatever its name: "the Association of Flight Attendants"', () => {
    expect(speakers('The Association of Flight Attendants endorsed Clinton. "Her fight has opened the door for women," the '
      + 'union wrote.')).toEqual(['Association of Flight Attendants']);
    expect(speakers('The Democratic National Committee endorsed Clinton. "Her fight has opened the door for women," the '
      + 'union wrote.')).toEqual(['the union']);
  });

  it('and "the police" a force the story made the subject, by its name or by its place: "Istanbul police said"', () => {
    expect(speakers('Windows were shattered by the gunfire, Istanbul police said. "Spent casings were found at both '
      + 'scenes," the police added.')).toEqual(['Istanbul police']);
    expect(speakers('Greater Manchester Police said a man was held. "He is helping us with inquiries," the police said.'))
      .toEqual(['Greater Manchester Police']);
    expect(speakers('Istanbul woke to the news. "Spent casings were found at both scenes," the police added.'))
      .toEqual(['the police']);
  });

  it('stays as written when the organization was a subject more than a few sentences back', () => {
    expect(speakers('Harbro Group said sales grew. Profit rose. Costs fell. Staff were hired. Shops opened. Feeds sold '
      + 'well. "It was a good year," the company said.')).toEqual(['the company']);
    expect(speakers('Twitter said sales grew. Profit rose. Costs fell. Staff were hired. Shops opened. Ads sold well. '
      + '"It was a good year," the company said.')).toEqual(['the company']);
  });
});
