import { describe, it, expect } from 'vitest';
import { only } from './only-quote.ts';

// Attributions that close the sentence a quote runs on in, and the speakers they name.
describe('attributions that close the sentence', () => {
  it('finds the comma that opens the attribution, not the appositive\'s: `"…" that …, said X, deputy …`', () => {
    const body = '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf, '
      + 'deputy campaign manager for John Kerry.';
    expect(only(body).speaker).toBe('Steve Elmendorf');
  });

  it('keeps "one New Hampshire Democrat" a description, as "a New Hampshire Democrat" is', () => {
    const body = '"If Hillary does win New Hampshire, it will be by a margin as close as Iowa," said one New Hampshire Democrat.';
    expect(only(body).speaker).toBe('one New Hampshire Democrat');
  });

  it('reads an appositive left open by a web address: `"…," X, the guru who founded fivethirtyeight.com tweeted`', () => {
    const body = '"Clinton needs a strategy for targeting Johnson and Stein voters," Nate Silver, the polling guru who founded '
      + 'fivethirtyeight.com tweeted on Wednesday.';
    expect(only(body).speaker).toBe('Nate Silver');
  });
});
