// Firms, outlets, bodies and clubs that news names by one word alone, which no person bears and no sentence capitalizes
// otherwise: "sales at Tesco and Waitrose", "Univision and Telemundo", "Amazon reported". Known by name, as the gazetteer
// knows towns; only alone: inside a longer name the words around them decide ("the Big Apple" is New York). (The
// lexicon's ONE_WORD_NAMES, "Microsoft", "Walmart", make any name they are in a body's too: "Microsoft Research".)
import { endsSentenceAt, lexKey, type Token } from './tokens.ts';
import { withoutPossessive } from './text-checks.ts';

const FIRMS: ReadonlySet<string> = new Set([
  // Technology and the web.
  'apple', 'amazon', 'yahoo', 'ebay', 'paypal', 'airbnb', 'spotify', 'samsung', 'huawei', 'alibaba', 'tencent', 'nvidia',
  'qualcomm', 'hulu', 'lyft', 'hewlett-packard', 'tinder', 'fedex', 'surveymonkey', 'citrix', 'kickstarter', 'comscore',
  'statista',
  // Entertainment and banks.
  'disney', 'marvel', 'citigroup', 'harpercollins', 'lazard', 'evercore', 'liontree',
  // Shops, brands and makers.
  'tesco', 'waitrose', 'asda', 'aldi', 'lidl', 'primark', 'topshop', 'ikea', 'costco', 'zappos', 'asos', 'harrods',
  'selfridges', 'starbucks', 'adidas', 'heineken', 'carlsberg', 'pepsi', 'coca-cola', 'pfizer', 'unilever', 'gazprom',
  'rosneft', 'volkswagen', 'toyota', 'nissan', 'ryanair', 'easyjet', 'vodafone', 'natwest', 'barclays', 'morrisons',
  'sainsbury', 'burberry', 'prada', 'gucci', 'pepsico', 'kmart', 'chipotle', 'dupont', 'nabisco', 'sabmiller', 'cvs',
  'allergan', 'valeant', 'abbvie', 'omnicare', 'pharmacyclics', 'chevron', 'cargill', 'nucor', 'morningstar', 'fico',
  // Universities known by one word: "a Ph.D. from Harvard".
  'harvard', 'yale', 'stanford',
  // Outlets.
  'univision', 'telemundo', 'televisa', 'buzzfeed', 'newsweek', 'mediaite', 'gawker', 'huffpost', 'realclearpolitics',
  'fivethirtyeight',
  // Bodies known by one word.
  'bundesliga', 'duma', 'interpol', 'europol', 'greenpeace', 'oxfam', 'hmrc', 'defra', 'dvla', 'acas', 'ofgem', 'ofwat',
  'ofqual', 'aslef', 'rmt', 'tories',
  // Football clubs known by a word that names no town the news writes of otherwise ("defeat at home to Arsenal").
  'arsenal', 'everton', 'tottenham', 'fulham', 'millwall', 'espanyol', 'villarreal', 'getafe', 'sevilla', 'eibar',
  'osasuna', 'leganes', 'alaves', 'juventus', 'benfica', 'feyenoord', 'anderlecht', 'galatasaray', 'fenerbahce', 'besiktas',
  'olympiacos', 'panathinaikos', 'shakhtar', 'rangers', 'hibernian',
]);

/** Names of firms that are also a place after "the": "in the Amazon". */
const PLACES_AFTER_THE: ReadonlySet<string> = new Set(['amazon']);

/** Newspapers named by one word after "the": "told The Times", "the Guardian reported" (not "the Sun", a star too). */
export const PAPERS_AFTER_THE: ReadonlySet<string> = new Set(['times', 'guardian', 'independent', 'telegraph', 'mirror',
  'economist', 'observer', 'spectator', 'scotsman', 'express']);

/** Bodies named by one word after "the": Britain's party by its members, "the Conservatives" (not "Conservatives say",
 * a group); a chamber, "the House" (of Representatives, or of Commons). */
const BODIES_AFTER_THE: ReadonlySet<string> = new Set(['conservatives', 'house']);

/** Outlets named by one word after a capitalized "The" inside a sentence: "told The Hill" (but "on the Hill", Capitol
 * Hill). */
const OUTLETS_AFTER_TITLE_THE: ReadonlySet<string> = new Set(['hill']);

/** Whether the one word `key` names a firm, an outlet or a body alone; `afterThe` when "the" comes right before it,
 * `titleThe` when that is a capitalized "The" inside a sentence, as an outlet's name writes it. */
export const namesAFirmAlone = (key: string, afterThe: boolean, titleThe = false): boolean => (FIRMS.has(key)
  && !(afterThe && PLACES_AFTER_THE.has(key))) || (afterThe && (PAPERS_AFTER_THE.has(key) || BODIES_AFTER_THE.has(key)))
  || (titleThe && OUTLETS_AFTER_TITLE_THE.has(key));

/** Whether the one word at tokens[at] names a firm, an outlet or a body alone, as namesAFirmAlone reads it with the
 * "the" before it. */
export function namesAFirmAt(tokens: readonly Token[], at: number): boolean {
  const the = tokens[at - 1];
  const titleThe = the?.text === 'The' && !endsSentenceAt(tokens, at - 2);
  return namesAFirmAlone(withoutPossessive(lexKey(tokens[at] as Token)), the?.key === 'the', titleThe);
}
