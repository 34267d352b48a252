// A lone capitalized word that the words after it show to be a body's name.
import { TITLE_WORDS } from './lexicon.ts';
import type { NameMention } from './names.ts';

/** Who runs or founded a body, then their name: " chairman Ian Holloway", " co-founder Peter" (who plays for or
 * manages a club is clubs.ts's: "Millwall manager Ian Holloway"). */
const RUN_BY = new RegExp(`^\\s(?:${['ceo', 'cfo', 'co-founder', 'founder', 'chairman', 'coach', 'chief executive',
  'managing director'].join('|')})\\s\\p{Lu}`, 'u');
const SPACE = 32;
const CUT_NAME_BEFORE = /-\p{Lu}\p{L}*\s$/u;
/**
 * "Millwall manager Ian Holloway", "Paypal co-founder Peter Thiel": a lone word whose manager or founder is named is a
 * body's (not a title's, "Head coach John Carver", nor the end of a name cut at a hyphen, "ex-Port Vale manager").
 */
export const runBy = (body: string, m: NameMention, key: string): boolean => body.charCodeAt(m.end) === SPACE
  && !m.sentenceInitial && !m.text.includes(' ')
  && !TITLE_WORDS.has(key) && key !== 'head' && RUN_BY.test(body.slice(m.end, m.end + 30))
  && !CUT_NAME_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start));

/** What a firm's trade says of it, right before its name: "sales at Argos", "shares in Tesco", "a bid for Argos". */
const TRADED_BEFORE = /\b(?:sales|shares|stake|bids?|takeover|customers|shoppers) (?:at|in|for|of) $/;
/** Whether a lone word is a firm, as its trade written right before it says: "like-for-like sales at Argos fell". */
export const tradedAs = (body: string, m: NameMention): boolean => !m.sentenceInitial && !m.text.includes(' ')
  && TRADED_BEFORE.test(body.slice(Math.max(0, m.start - 16), m.start));
