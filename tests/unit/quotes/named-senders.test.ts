import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';

describe('words that name their sender', () => {
  it('speak for the name before their noun: "the IMF report", "the latest WHO report", "A British Basketball statement"', () => {
    expect(speakersOf('Growth slowed. "The impact remains very unclear," the IMF report stated.')).toEqual(['IMF']);
    expect(speakersOf('Cases rose. "Taken together these data indicate a rise," the latest WHO report said.')).toEqual(['WHO']);
    expect(speakersOf('Funding was cut. A British Basketball statement said: "UK Sport has no interest in team sports."'))
      .toEqual(['British Basketball']);
  });

  it('and for the owner of the website they are on: "A statement on OpenAI\'s website said …. “…,” the statement said"', () => {
    const body = 'A statement on OpenAI\'s website said the venture aims to benefit humanity. "It is hard to fathom how much '
      + 'human-level AI could benefit society," the statement said.';
    expect(speakersOf(body)).toEqual(['OpenAI']);
  });

  it('and a report, a briefing or a post speaks for whoever put it out, as a statement does', () => {
    const body = 'The Lords European Union Committee has released a report on fishing. "A successful industry needs market '
      + 'access," the report says.';
    expect(speakersOf(body)).toEqual(['Lords European Union Committee']);
    expect(speakersOf('Tidal Lagoon Power issued a briefing to members. "The figures are misleading," the briefing adds.'))
      .toEqual(['Tidal Lagoon Power']);
  });

  it('and a statement that a sentence opened "In a statement announcing the pick," speaks for that sentence\'s subject', () => {
    const body = 'In a statement announcing the pick, the Association of Flight Attendants called Clinton a champion.\n\n'
      + 'The statement also referenced her record: "Secretary Clinton has fought for all of us."';
    expect(speakersOf(body)).toEqual(['Association of Flight Attendants']);
    const long = 'In a briefing note sent to AMs and seen by BBC Wales, TLP disputed the figures. "Without a clear basis '
      + 'NRW has published figures," the briefing said.';
    expect(speakersOf(long)).toEqual(['TLP']);
  });

  it('and so does what is filed in a court: "Nunberg filed a petition …. The petition accuses the campaign of “…”"', () => {
    const body = 'Samuel Nunberg filed a petition on Tuesday in the State Supreme Court. The petition accuses the Trump '
      + 'campaign of "attempting to bully Mr. Nunberg into silence, although he has not disparaged Mr. Trump."';
    expect(speakersOf(body)).toEqual(['Samuel Nunberg']);
  });

  it('and so do words a name comes before, or that say whom they were for: "one Clinton ad", "Sanders’ email to his '
    + 'supporters"', () => {
    const ad = 'Hillary Clinton spoke. "If Trump wins, they could be running the country," one Clinton ad declared.';
    expect(speakersOf(ad)).toEqual(['Hillary Clinton']);
    const email = 'Bernie Sanders spoke. Sanders’ fundraising email to his supporters notes that Jane Kim "is a civil '
      + 'rights attorney who has fought for affordable housing and fair wages in her city."';
    expect(speakersOf(email)).toEqual(['Bernie Sanders']);
  });

  it('and a release speaks for whoever announced what it says, in the sentence before: "the Republican Party of Wyoming '
    + 'announced"', () => {
    const body = 'On Thursday, the Republican Party of Wyoming announced she was not coming.\n\n“Sarah Palin will not be '
      + 'attending the State GOP Convention,” the release said.';
    expect(speakersOf(body)).toEqual(['Republican Party of Wyoming']);
  });

  it('even a name with "for" in it, which is no phrase of whom the words were for: "One Club for Growth ad"', () => {
    const ad = 'One Club for Growth ad, which is currently airing, argues that “only Ted Cruz can beat Donald Trump. John '
      + 'Kasich can’t do it.”';
    expect(speakersOf(ad)).toEqual(['Club for Growth']);
  });

  it('but a description stays one: "the agency\'s website", "the campaign statement"', () => {
    expect(speakersOf('Rules changed. "The rules apply to all," the agency\'s website says.')).toEqual(['the agency\'s website']);
    expect(speakersOf('Rules changed. "The rules apply to all," the campaign statement said.')).toEqual(['the campaign statement']);
  });
});
