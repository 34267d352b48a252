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
