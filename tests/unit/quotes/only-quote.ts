import { expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import type { Quote } from '../../../src/engine/types.ts';

/** The one quote of `body`; fails the test when there is not exactly one. */
export function only(body: string): Quote {
  const quotes = extractQuotes(body);
  expect(quotes).toHaveLength(1);
  return quotes[0] as Quote;
}

/** The speakers of every quote of `body`, in order. */
export const speakersOf = (body: string): (string | null)[] => extractQuotes(body).map((q) => q.speaker);
