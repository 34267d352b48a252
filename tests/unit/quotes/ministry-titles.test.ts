import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

describe('speaker titles of ministries', () => {
  it('drops "Finance Minister" and "Trade Secretary" from the speaker’s name', () => {
    const body = '"We will rebuild the harbor wall before winter," said Finance Minister Jane Smith. Trade Secretary Tom Lee agreed. "It is urgent," Lee said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Jane Smith', 'Tom Lee']);
  });
});
