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
const runBy = (body: string, m: NameMention, key: string): boolean => body.charCodeAt(m.end) === SPACE
  && !m.sentenceInitial && !m.text.includes(' ')
  && !TITLE_WORDS.has(key) && key !== 'head' && RUN_BY.test(body.slice(m.end, m.end + 30))
  && !CUT_NAME_BEFORE.test(body.slice(Math.max(0, m.start - 20), m.start));

/** What a firm's trade says of it, right before its name: "sales at Argos", "shares in Tesco", "a bid for Argos". */
const TRADED_BEFORE = /\b(?:sales|shares|stake|bids?|takeover|customers|shoppers) (?:at|in|for|of) $/;
/** Whether a lone word is a firm, as its trade written right before it says: "like-for-like sales at Argos fell". */
const tradedAs = (body: string, m: NameMention): boolean => !m.sentenceInitial && !m.text.includes(' ')
  && TRADED_BEFORE.test(body.slice(Math.max(0, m.start - 16), m.start));

/** An American broadcaster's call sign: four capitals after a K or a W, perhaps its band ("WMAZ", "WNBC-TV", "KING-TV"). */
const CALL_SIGN = /^[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?$/;
/** Words around a call sign that make it a station, not a word in capitals ("WHAT’S BREWING", "a WASP", "WWII"). */
const STATION_BEFORE = /(?:\b(?:on|to|told|from|with|by|for|at)|\/)\s?$/;
const STATION_AFTER = /^(?:['’]s|\s+(?:radio|reported|reports|poll|station|affiliate|television|news)\b)/;
const WORLD_WAR = /^WWI+$/;
/** Whether a lone word is a station, by its call sign and what is said of it: "he told WMAZ", "WEEI radio". */
export const broadcastsAs = (body: string, m: NameMention): boolean => CALL_SIGN.test(m.text) && !WORLD_WAR.test(m.text)
  && (m.text.includes('-') || STATION_BEFORE.test(body.slice(Math.max(0, m.start - 6), m.start))
    || STATION_AFTER.test(body.slice(m.end, m.end + 12)));

/** Whether a lone word is a body's, as who runs it, its trade or its call sign says (see above). */
export const namesABody = (body: string, m: NameMention, key: string): boolean => runBy(body, m, key) || tradedAs(body, m)
  || broadcastsAs(body, m);
