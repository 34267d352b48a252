import { describe, it, expect } from 'vitest';
import { only, speakersOf } from './only-quote.ts';

// Whose speech verb it is: the name right before the verb is not always its subject.
describe('the subject of the speech verb', () => {
  it('does not take the object of a gerund for the subject: "White America embracing Obama announced “…”"', () => {
    const body = 'White America embracing Obama announced “a different era, that’s the best way to put it, and that’s what people said.”';
    expect(only(body).speaker).toBeNull();
  });

  it('still takes a name after a noun in -ing: "On Tuesday morning Obama announced “…”"', () => {
    const body = 'On Tuesday morning Obama announced “a different era, that’s the best way to put it, and that’s what people said.”';
    expect(only(body).speaker).toBe('Obama');
  });

  it('gives a quote that "X said:" introduces to X, not to the report "according to" names after it', () => {
    const body = 'One message, apparently referring to air strikes, said: “You kill innocent women and children by doing us '
      + 'air strikes,” according to a letter to Facebook from the chairman of the committee.';
    expect(only(body).speaker).toBe('One message');
    const reported = '“You kill innocent women and children by doing us air strikes,” according to a letter from the chairman.';
    // (Words sent from someone described are theirs, as from someone named: "a statement from Trump".)
    expect(only(reported).speaker).toBe('the chairman');
  });
});


describe('two verbs joined by "and" before a speech verb', () => {
  it('have one subject: "When Robby Mook, Clinton’s campaign manager was asked …, he laughed and said, “…”"', () => {
    const body = 'Questions surface as to when Hillary Clinton will hold a press conference.\n\nWhen Robby Mook, Clinton’s '
      + 'campaign manager was asked if Clinton would schedule one, he laughed and said, “We will see about that.”';
    expect(only(body).speaker).toBe('Robby Mook');
  });
});

describe('a verb of judging after a comma', () => {
  it('takes who is judged as its object, not its speaker: "…, accused the Democratic leadership in Nevada of using “…”"', () => {
    const body = 'Bernie Sanders showed no sign of backing down, releasing a statement that, while condemning violence, '
      + 'accused the Democratic leadership in Nevada of using “its power to prevent a fair and transparent process from '
      + 'taking place.”';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });
});

describe('a stray comma between a name that opens the sentence and its verb', () => {
  it('leaves the name the speaker: "Ms Rusoff-Hoen, said: “…”"', () => {
    const body = 'The video was long.\n\nMs Rusoff-Hoen, said: "Some of her agitation comes from not knowing who these '
      + 'people are." She left.';
    expect(only(body).speaker).toBe('Rusoff-Hoen');
  });
});

describe('a name with a word that is also a past tense', () => {
  it('reads "the Met Police said" as the police speaking, not the verb "met"', () => {
    const body = 'Officers flew out last month.\n\n"They have completed their work, as far as possible, in the country," '
      + 'the Met Police said in a statement.';
    expect(only(body).speaker).toBe('Met Police');
  });
});

describe('a name before an appositive of "one of" a group whose comma is missing', () => {
  it('is the subject, not the clause it ran into: "… see Abu Ibrahim Raqqawi one of the group\'s founders, wrote …:"', () => {
    const body = "Downtrodden: the pictures are a far cry from the image its PR machine would like the world see Abu Ibrahim "
      + "Raqqawi one of the group's founders, wrote the accompanying message: 'Lines waiting for some food. Yes this is it.'";
    expect(speakersOf(body)).toEqual(['Abu Ibrahim Raqqawi']);
  });
});

describe('an owner\'s name before a role with a place in it', () => {
  it('is no subject; the name set off after the role is: "Trump’s Virginia state director, Mike Rubino, reached out …"', () => {
    const body = 'In early October, Trump’s Virginia state director, Mike Rubino, reached out to rVotes, writing in an email: '
      + '“We want to utilize this ASAP.”';
    expect(speakersOf(body)).toEqual(['Mike Rubino']);
  });
});
