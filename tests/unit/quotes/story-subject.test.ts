import { describe, it, expect } from 'vitest';
import { only, speakersOf } from './only-quote.ts';

// "the Republican presidential candidate said", when the story never wrote that title before anyone's name.
describe('a role in a race that nobody is given, said of the person the story is about', () => {
  const story = 'Donald Trump has sought to bolster his credibility as a tough enforcer. In new radio ads, Trump talks about '
    + 'his plan. On Thursday, Trump called upon Mayor Bill de Blasio to restart surveillance. De Blasio disbanded the '
    + 'unit in 2014.\n\n';

  it('names the person who is the subject again and again: "the Republican presidential candidate" is Trump', () => {
    expect(only(`${story}“There is hatred like nobody has ever seen,” the Republican presidential candidate said.`).speaker)
      .toBe('Donald Trump');
  });

  it('names the only person the story has made a subject so far: "Ben Carson says … the Republican presidential candidate"', () => {
    const body = 'Ben Carson says he is under political attack because of his rise in the polls.\n\n'
      + '“There is no question I am getting special scrutiny,” the Republican presidential candidate told CBS on Sunday.';
    expect(only(body).speaker).toBe('Ben Carson');
  });

  it('leaves "the president" as written: the sitting one is often not the one the story is about', () => {
    expect(only(`${story}“We got a mandate and we built a coalition,” the president told The Atlantic.`).speaker)
      .toBe('the president');
  });

  it('leaves the role as written when the story is about no one person more than another', () => {
    const body = 'Donald Trump spoke in Iowa on Monday. Ted Cruz spoke in Texas on Tuesday.\n\n'
      + '“There is hatred like nobody has ever seen,” the Republican presidential candidate said.';
    expect(only(body).speaker).toBe('the Republican presidential candidate');
  });

  it('leaves the role to whoever the story gave it: "Sen. Ted Cruz, the Republican presidential candidate,"', () => {
    const body = `${story}Sen. Ted Cruz, the Republican presidential candidate, spoke too.\n\n`
      + '“There is hatred like nobody has ever seen,” the Republican presidential candidate said.';
    expect(only(body).speaker).not.toBe('Donald Trump');
  });

  it('names the subject right before for an office the article never wrote before anybody: "the Texas senator"', () => {
    const body = 'Cruz warned against a brokered convention, but had a more ominous take. “I think that would be an absolute '
      + 'disaster,” the Texas senator said.';
    expect(only(body).speaker).toBe('Cruz');
  });

  it('does not give that office to a subject who holds another of its kind: "Sen. Joni Ernst" is no Florida senator', () => {
    const body = 'Sen. Joni Ernst spoke in Des Moines on Monday. “We will see what it translates to a week from tonight,” '
      + 'the Florida senator said.';
    expect(only(body).speaker).toBe('the Florida senator');
  });
});

describe('a description that joins two titles with "and"', () => {
  it('names the subject just named, who holds either of them: "Sen. Marco Rubio … the Florida senator and Republican presidential candidate"', () => {
    const body = 'Republicans took shots at the White House.\n\nSen. Marco Rubio responded first, ripping into President '
      + 'Barack Obama late Tuesday night.\n\n"I have been warning throughout this campaign that North Korea is run by a '
      + 'lunatic," the Florida senator and Republican presidential candidate said in a statement.\n\n"If this test is '
      + 'confirmed, it will be just the latest example of a failed foreign policy," he said.';
    expect(speakersOf(body)).toEqual(['Marco Rubio', 'Marco Rubio']);
  });

  it('stays as written when the subject holds neither title', () => {
    const body = 'Reporters gathered in Iowa.\n\n"China is equally concerned about what North Korea is doing," the '
      + 'independent Vermont senator and Democratic presidential candidate told ABC.';
    expect(speakersOf(body)).toEqual(['the independent Vermont senator and Democratic presidential candidate']);
  });
});

describe('a name after a title with "of" in it', () => {
  it('is a subject: "Secretary of State John Kerry said", "RNC Chief of Staff Katie Walsh explained"', () => {
    const kerry = 'Secretary of State John Kerry said the Iranians were close to completing their sentences. "What we gave '
      + 'up, we believe, were people who were about to get out anyway," he said.';
    expect(speakersOf(kerry)).toEqual(['John Kerry']);
    const walsh = 'That, RNC Chief of Staff Katie Walsh explained, is by design. "Trump heads into the general election '
      + 'with a head start on the ground," she said.';
    expect(speakersOf(walsh)).toEqual(['Katie Walsh']);
    const clinton = 'Former secretary of State Hillary Clinton was for the pact. "We need to be tougher on trade," she said.';
    expect(speakersOf(clinton)).toEqual(['Hillary Clinton']);
  });
});
