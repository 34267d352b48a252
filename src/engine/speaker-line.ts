// How a speaker is named under their quote, with who they are when the article says it: "Josh Bivens, research
// director of the Economic Policy Institute", or "Jeffrey Lewis of the James Martin Center" when the role is where
// they belong. One wording for the terminal and for Discord.
import type { Quote } from './types.ts';

const BELONGS = /^(?:of|from|at|for|with|in)\s/;

/** "Name, role", "Name of …", "Name", or null for an unattributed quote. */
export function speakerLine(quote: Pick<Quote, 'speaker' | 'role'>): string | null {
  if (quote.speaker === null) return null;
  if (quote.role === null) return quote.speaker;
  return BELONGS.test(quote.role) ? `${quote.speaker} ${quote.role}` : `${quote.speaker}, ${quote.role}`;
}
