import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Words whose sender the story names in a passive ("The email … was sent … by Jeremy Bash"), and what "it" says next.
describe('words sent, their sender named after "by"', () => {
  const body = 'The email, released by Judicial Watch, was sent at 7:19 p.m. EST by then-Department of Defense Chief of Staff '
    + 'Jeremy Bash, more than three hours after the attack.\n\n“I just tried you on the phone,” it reads.\n\n“We have '
    + 'identified the forces that could move,” it said.\n\n“Please advise how you wish to convey that approval,” it read.';

  it('speak for that sender, and so does what "it" goes on saying', () => {
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Jeremy Bash', 'Jeremy Bash', 'Jeremy Bash']);
  });

  it('or after "from": "an email was sent from the club’s executive director, Jeremy Boreing"', () => {
    const body = 'An email was sent from the club’s executive director, Jeremy Boreing, to the members. The email said, “We are '
      + 'going to wind down.”';
    expect(only(body).speaker).toBe('Jeremy Boreing');
  });

  it('but not for whoever made them public: "The email, released by Judicial Watch, …"', () => {
    const released = 'The email was released by Judicial Watch on Monday.\n\n“I just tried you on the phone,” the email said.';
    expect(only(released).speaker).toBe('the email');
  });

  it('nor for whoever obtained or saw them: "a letter from the American Legion obtained by The Associated Press warns"', () => {
    const body = 'A Feb. 1 letter from the American Legion obtained by The Associated Press warns that “any further '
      + 'communication about it will be through our trademark attorney.”';
    expect(only(body).speaker).toBe('American Legion');
    expect(only('A letter signed by Rand Paul warns that “any further talk about it will be through our attorney.”').speaker)
      .toBe('Rand Paul');
  });

  it('nor does "it" read a sentence that opens with the sender as words: "A coalition sent a letter"', () => {
    const body = 'A coalition sent a letter to leaders. "The fact that it is already almost July is very bad for us all," it read.';
    expect(only(body).speaker).toBeNull();
  });

  it('nor does "it" go on with a person who spoke in their own words', () => {
    const spoken = 'The email was sent by Jeremy Bash. “We are ready,” Bash told reporters. “It is late,” it said.';
    expect(extractQuotes(spoken).map((q) => q.speaker)).toEqual(['Jeremy Bash', null]);
  });
});

describe('a title written with the time it was held', () => {
  it('is a title, not a description: "said then-Secretary of State Hillary Clinton"', () => {
    expect(only('“We will act,” said then-Secretary of State Hillary Clinton.').speaker).toBe('Hillary Clinton');
    expect(only('“We will act,” said then-Department of Defense spokesman George Little.').speaker).toBe('George Little');
  });
});

describe('words a subject sent, the subject an appositive describes', () => {
  it('speak for the names before the appositive: "Patricia Smith and Charles Woods, the parents of …, have filed a lawsuit"', () => {
    const body = 'Patricia Smith and Charles Woods, the parents of two Americans killed in Benghazi, have filed a lawsuit.\n\n'
      + 'The lawsuit contends that "the deaths of Sean Smith and Tyrone Woods were directly and proximately caused by Clinton."';
    expect(only(body).speaker).toBe('Patricia Smith and Charles Woods');
  });

  it('but a description no name stands before stays one: "the parents of two Americans have filed a lawsuit"', () => {
    const body = 'They blame Hillary Clinton. The parents of two Americans killed in Benghazi have filed a lawsuit.\n\nThe '
      + 'lawsuit contends that "the deaths of Sean Smith and Tyrone Woods were directly and proximately caused by Clinton."';
    expect(only(body).speaker).toBe('The parents of two Americans');
  });
});
