import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

// Quotes of words someone sent: a post, a statement, a tweet.
describe('sent words', () => {
  it('gives a quote introduced by "From X\'s Facebook post:" to X', () => {
    const body = 'Jeb Bush endorsed Ted Cruz. From Bush\'s Facebook post: "For the sake of our party, we must overcome the divisiveness."';
    expect(only(body).speaker).toBe('Jeb Bush');
  });

  it('gives a quote after "X issued a statement," to X', () => {
    const body = 'Immediately after the attacks, Donald Trump issued a statement, "Last night, our nation was attacked."';
    expect(only(body).speaker).toBe('Donald Trump');
  });
});

describe('quoted as saying', () => {
  it('gives `X quoted Y as saying “…”` to Y, and `Y was quoted as saying` too', () => {
    expect(only('The Times quoted Barack Obama as saying "We need to do something about the next shooting now."').speaker)
      .toBe('Barack Obama');
    expect(only('Barack Obama was quoted as saying "We need to do something about the next shooting now."').speaker)
      .toBe('Barack Obama');
  });
});

describe('what a relative pronoun stands for', () => {
  it('reads past the places and times a phrase hangs from: "a highway sign on Friday night at an exit in Corona, which read"', () => {
    const body = 'A couple was surprised to see a highway sign on Friday night at an exit in Corona, which read, '
      + '"Inland Empire supports Donald Trump."';
    expect(only(body).speaker).toBe('a highway sign');
  });

  it('gives nobody, rather than the place, when the head cannot be read: "… (Caltrans) sign at an exit in Corona (…), which read"', () => {
    const body = 'A couple saw a California Department of Transportation (Caltrans) sign at an exit in Corona (about 45 miles east '
      + 'of L.A.), which read, "Inland Empire supports Donald Trump."';
    expect(only(body)).toMatchObject({ speaker: null, verb: 'read' });
  });

  it('does not read a verb into the phrase: "A couple saw a highway sign …, which read"', () => {
    const body = 'A couple saw a highway sign on Friday night at an exit in Corona, which read, "Inland Empire supports Trump."';
    expect(only(body).speaker).toBe('a highway sign');
  });
});
