// Hometowns in an appositive ("Harry Bond, 30, of Raleigh, N.C., who was polled, said"): what the speaker's phrase
// steps over to reach the name before them.
import { PLACES } from '../entities/places.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';

/**
 * Index of the comma before a hometown that ends at the comma tokens[j] ("…, of Raleigh," or "…, N.C.," or "…,
 * Texas,"), or -1 when the words before tokens[j] are no hometown.
 */
export function hometownBefore(tokens: readonly Token[], j: number, floor: number): number {
  let p = j - 1;
  while (p > floor && j - p <= MAX_HOMETOWN && tokens[p]?.text !== ',') p--;
  if (tokens[p]?.text !== ',' || p === j - 1) return -1;
  const words = tokens.slice(p + 1, j);
  const first = words[0] as Token;
  const from = (lexKey(first) === 'of' || lexKey(first) === 'from') && !first.capitalized && words.length > 1
    && words.slice(1).every((t) => t.capitalized || t.text === '.');
  // ("Pa." may come as the abbreviation and its period.)
  const abbreviated = words.length === 2 && words[1]?.text === '.' && first.text.length <= MAX_STATE_ABBREVIATION;
  const state = (words.length === 1 || abbreviated) && first.capitalized && (first.text.endsWith('.') || abbreviated
    || PLACES.has(lexKey(first)));
  return from || state ? p : -1;
}
const MAX_HOMETOWN = 5;
const MAX_STATE_ABBREVIATION = 5;
