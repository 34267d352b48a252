import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

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
