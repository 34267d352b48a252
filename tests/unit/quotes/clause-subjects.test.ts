import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

describe('the subject of a clause that introduces a quote', () => {
  it('comes after a conjunction that opens the sentence: "And she is sure that …: “…”"', () => {
    const body = 'Deborah Reynolds hosts the show.\n\nAnd she is sure that keeping Santilli in jail will only make his '
      + 'voice louder: "They are creating a monster, as far as I am concerned."';
    expect(only(body).speaker).toBe('Deborah Reynolds');
  });

  it('is not an adverb or a number opening the sentence: "Ever since she endorsed Clinton, …", "Eight years ago, he …"', () => {
    const body = 'Elizabeth Warren spoke.\n\nEver since she endorsed Mrs. Clinton this month, Ms. Warren has been a powerful '
      + 'surrogate, visiting the campaign to encourage young staffers with a simple message: "Don\'t screw this up!"';
    expect(only(body).speaker).toBe('Elizabeth Warren');
    const years = 'Al Sharpton spoke.\n\nEight years ago, he supported Barack Obama over Clinton and said, "Hillary Clinton '
      + 'has never done anything for us."';
    expect(only(years).speaker).toBe('Al Sharpton');
  });

  it('comes after a conjunction and an adverb of time: "And then Trump went fully on the attack, saying, “…”"', () => {
    const body = 'Donald Trump tweeted on Sunday.\n\nAnd then Trump went fully on the attack, saying, "Is President Obama '
      + 'going to finally mention the words radical Islamic terrorism?"';
    expect(only(body).speaker).toBe('Donald Trump');
  });

  it('is not a conjunction of the clause after the opening one: "And although he thanked …, he …, saying, “…”"', () => {
    const body = 'Donald Trump spoke at the convention.\n\nAnd although he thanked the evangelical community for '
      + 'supporting him, he sounded a rare note of self-deprecation, saying, "I am not sure I really deserve it."';
    expect(only(body).speaker).toBe('Donald Trump');
  });

  it('is not a name whose relative clause has its own subject: "President Obama, who he noted was …"', () => {
    const body = 'Donald Trump spoke at the AIPAC meeting on Monday.\n\nHe lambasted the Iran deal negotiated by President '
      + 'Obama, who he noted was "in his final year, yay." And he seemed to paper over his past statements, promising '
      + 'that in any negotiation, "we will send a clear signal that there is no daylight between America and Israel."';
    expect(extractQuotes(body).map((q) => q.speaker).pop()).toBe('Donald Trump');
  });
});

describe('an adverb of time between a subject and its verb', () => {
  it('keeps the subject: "A Clinton campaign official later walked back the comments, saying that Clinton “…”"', () => {
    const body = 'Hillary Clinton called him “ISIS’ best recruiter.” A Clinton campaign official later walked back the '
      + 'comments, saying that Clinton “didn’t have a particular video in mind, but he is being used in social media.”';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Hillary Clinton', 'A Clinton campaign official']);
  });
});

describe('a pronoun that reports a clause', () => {
  it('is not the person the clause names: "Also, Trump isn’t a conservative, he said. “He’s a liberal!”"', () => {
    const body = 'Joseph Hunter, a conservative blogger in Chicago, said he will not vote for Donald Trump. Also, Trump '
      + 'isn’t a conservative, he said. "He’s a liberal, and he has been one for most of his life!"';
    expect(only(body).speaker).toBe('Joseph Hunter');
  });

  it('may be the person a clause of time names: "When Trump arrived in Iowa, he said: “…”"', () => {
    const body = 'Joseph Hunter writes a blog in Chicago. When Donald Trump arrived in Iowa, he said: "We are going to '
      + 'win this state, and we are going to win it big."';
    expect(only(body).speaker).toBe('Donald Trump');
  });
});

describe('the subject of a passive', () => {
  it('says nothing: "The challenge of transparency is exemplified by this finding: “…”"', () => {
    const body = 'The challenge of transparency is exemplified by this finding: “Many companies reported far more '
      + 'subsidiaries to the Federal Reserve than they did to the S.E.C. last year.”';
    expect(only(body).speaker).toBeNull();
  });
});

describe('a number opening the sentence before a quote', () => {
  it('names nobody: "of the 19 deaths, seven were only identified after death. “…”"', () => {
    const body = 'But in Guinea, of the 19 confirmed deaths, seven were only identified as Ebola after death. "Taken '
      + 'together these data indicate that unknown chains of transmission could be present."';
    expect(only(body).speaker).toBeNull();
  });
});

describe('a participle right after a relative clause', () => {
  it('goes on with the relative clause\'s subject: "a change in hair, which Julia also discussed …, explaining that “…”"', () => {
    const body = 'Her husband showed his support at the event And with her new role came a change in hair, which Julia also '
      + 'discussed with Page Six, explaining that "female politicians get a lot of grief for their looks and clothes".';
    expect(only(body).speaker).toBe('Julia');
  });

  it('is the subject of a clause of time before the colon: "…, before her daughter signs off with the goodbye: “…”"', () => {
    const body = 'The five-minute video includes stories of happy memories, before her daughter signs off with the family '
      + 'goodbye: "Kiss, kiss, I love you."';
    expect(only(body).speaker).toBe('her daughter');
    expect(only('The video ends, before Tamara Hoen signs off with the goodbye: "Kiss, kiss, I love you."').speaker).toBe('Tamara Hoen');
  });

  it('is the subject of a clause a comma and "while" set off before a partial quote, not the sentence\'s', () => {
    const body = 'Ofsted chief Sir Michael Wilshaw said a culture of fear had taken grip, while a number of head teachers had '
      + 'reported an "organised campaign to target certain schools in order to impose a narrow ideology".';
    expect(only(body).speaker).toBe('a number of head teachers');
    // (Not a joiner without a subject after it: "… but now said Trump had “…”".)
    const now = 'Thomas Massie used to support Rand Paul, but now said Trump had "the opportunity and the obligation to bring '
      + 'us all together as one party, and to win in November against the Democrats."';
    expect(only(now).speaker).toBe('Thomas Massie');
  });

  it('is a name a role and a determiner come before: "The Slate technology columnist David Auerbach went so far as to say:"', () => {
    const body = 'Investors fled. The Slate technology columnist David Auerbach went so far as to say: "Twitter as we know it is over."';
    expect(only(body)).toMatchObject({ speaker: 'David Auerbach', role: 'the Slate technology columnist' });
  });
});
