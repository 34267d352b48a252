import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { speakersOf } from './only-quote.ts';

// BBC reports put a speaker's name on a line of its own above their words; the text we get has lost that line break.
describe('a caption line glued to the quote after it', () => {
  it('names the speaker: `… ride. Olympic gold medallist Chris Boardman"Latham had …`', () => {
    const body = 'GB finished fifth and failed to make the bronze-medal ride. Olympic gold medallist Chris Boardman"Latham '
      + 'had a fantastic final charge. He timed his effort well there."';
    expect(speakersOf(body)).toEqual(['Chris Boardman']);
  });

  it('names the speaker before where they said it: `… Danny Murphy on Match of the Day"I couldn\'t …`', () => {
    const body = 'Spurs lost again. "It is difficult," the Argentine told BT Sport. "We are in a position that is up to us. '
      + 'It is difficult to challenge. "Former Liverpool and Spurs midfielder Danny Murphy on Match of the Day"I couldn\'t '
      + 'believe what I was watching, they were all over the place."';
    expect(speakersOf(body)).toEqual(['the Argentine', 'Danny Murphy']);
  });

  it('names nobody when the line has a verb, or the mark is not glued to it', () => {
    expect(speakersOf('Spurs lost again. Fans of Danny Murphy booed"I couldn\'t believe what I was watching, they were awful."'))
      .toEqual([null]);
    expect(speakersOf('Spurs lost again. Danny Murphy "I couldn\'t believe what I was watching, they were all over the place."'))
      .toEqual([null]);
  });
});

describe('a speaker who would be speaking of themselves by their given name', () => {
  it('is not the speaker: "… where Ed Miliband announced a fund \' That\'s why I support Ed.\'" is somebody else\'s', () => {
    const body = "Sally Lindsay told the crowd: 'It makes me sick that people go to foodbanks.' Joey Essex was among the crowd at the rally where Ed Miliband announced a "
      + "£5 billion fund ' That's why I'm voting Labour, that's why I support Ed.' Martin Freeman was the first celebrity.";
    expect(speakersOf(body)).toEqual(['Sally Lindsay', null]);
  });

  it('still is, in their full name or a nickname in quotation marks: "a hater of Donald Trump", "‘Little Marco.’"', () => {
    const trump = 'Donald Trump spoke. "I have a judge who is a hater of Donald Trump, a hater," Trump said.';
    expect(speakersOf(trump)).toEqual(['Donald Trump']);
    const rubio = 'Marco Rubio spoke. "He’s always calling me ‘Little Marco.’ I admit, he’s taller than me," Rubio said.';
    expect(speakersOf(rubio)).toEqual(['Marco Rubio']);
  });
});

describe('a caption\'s place or club run into the surname of the speaker', () => {
  it('is the person the article names in full: "… against Valencia Enrique said:" is Luis Enrique', () => {
    const body = "Luis Enrique has urged his side to switch their attention back to the league. Andreas Iniesta is ruled out "
      + "of the encounter against Valencia Enrique said: 'We are not thinking about the PSG match.' Things will get "
      + "complicated against Valencia, he added. 'We have to assess one or two things,' Enrique said.";
    expect(speakersOf(body)).toEqual(['Luis Enrique', 'Luis Enrique']);
  });
});

describe('a quote that never closed before a caption', () => {
  it('goes on in the quote right after the caption\'s "(file picture)": one quote of two pieces', () => {
    const body = 'Professor Michael Porter said: ‘A striking finding is that wealth is not all.’ '
      + 'Index chief Michael Green said: ‘ Overall, within Europe the UK’s ranking is middle of the road. Living '
      + 'standards are driven down by poor health and crime (file picture) ‘The UK is let down by its disappointing score '
      + 'on health and wellness.’ The table says Norway is best.';
    const quotes = extractQuotes(body);
    expect(quotes.slice(1).map((q) => [q.speaker, q.spans.map(([s, e]) => body.slice(s, e))])).toEqual([['Michael Green', [
      'Overall, within Europe the UK’s ranking is middle of the road.',
      'The UK is let down by its disappointing score on health and wellness.']]]);
  });

  it('goes on past a caption that quotes a word of its own: "… pictured, described the figure as \'shameful\' ‘ It is …’"', () => {
    const body = 'Mr Duncan Smith said the figures were ‘unverified’. He added: ‘We are not going to take lectures. ‘ The best '
      + 'way to help families is to get more people into work. Frances O\'Grady, pictured, described the figure as '
      + '\'shameful\' ‘ It is only by continuing with our plan that more people will have a job.’ The bank urged caution.';
    const quotes = extractQuotes(body).filter((q) => q.text.length > 20);
    expect(quotes.map((q) => q.speaker)).toEqual(['Duncan Smith']);
    expect(quotes[0]?.text).toContain('It is only by continuing');
  });

  it('but a caption\'s quote with a speaker of its own stays a quote', () => {
    const body = 'Lesbians4Hillary, co-chaired by Billie Jean King, said: \'Hillary Clinton is a proven leader and she has a '
      + 'strong track record. King, pictured with Clinton in 2001, said: \'Hillary Clinton is a proven leader and she has '
      + 'a strong track record\' \' Her entire career has been a road map to get her to this moment.\' King was a leader.';
    expect(extractQuotes(body).map((q) => q.speaker)).toContain('Billie Jean King');
  });
});

describe('a photo\'s caption after its credit', () => {
  it('names nobody a later "he said" is about: "Carlos Barria / Reuters. ⏎ President Barack Obama and Vice President Joe '
    + 'Biden place flowers"', () => {
    const body = '“We stand with you,” Obama told the families.\n\nCarlos Barria / Reuters.\n\nPresident Barack Obama and Vice '
      + 'President Joe Biden place flowers at a memorial.\n\n“I held and hugged” grieving family members, he said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Obama', 'Barack Obama']);
  });

  it('but a sentence after any other stop is the story\'s: "… in Iowa. ⏎ Vice President Joe Biden spoke first"', () => {
    const body = '“We stand with you,” Obama told the families in Iowa.\n\nVice President Joe Biden spoke first at a memorial.'
      + '\n\n“I held and hugged” grieving family members, he said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Obama', 'Joe Biden']);
  });
});
