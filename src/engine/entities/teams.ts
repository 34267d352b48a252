// A team named by its town or state and its nickname ("Denver Broncos", "Brooklyn Nets", "Leeds Rhinos"), or a paper
// by its town and a word that names no paper alone ("Baltimore Sun"). A place and a plural alone are not enough
// ("Colorado Springs", "Florida Sens", "Washington Heights"): the nickname is one of the major leagues' and a few others'.
import { isGivenName } from './first-names.ts';
import { isPlace } from './places.ts';

/** Teams' nicknames that follow their place (those the organization words already hold, "Panthers", "Warriors",
 * "Saints", are left out: they make a team of any name). */
const NICKNAMES: ReadonlySet<string> = new Set([
  // American football
  'broncos', 'jets', 'dolphins', 'bills', 'ravens', 'bengals', 'titans', 'colts', 'texans', 'jaguars', 'chiefs',
  'raiders', 'chargers', 'redskins', 'commanders', 'vikings', 'lions', 'falcons', 'buccaneers', 'seahawks', '49ers',
  'rams', 'generals',
  // basketball
  'nets', 'pacers', 'pistons', 'hornets', 'pelicans', 'rockets', 'spurs', 'clippers', 'suns', 'kings', 'nuggets',
  'timberwolves', 'raptors', 'wizards', 'blazers', 'bucks', 'sixers', '76ers',
  // baseball and hockey
  'orioles', 'astros', 'phillies', 'diamondbacks', 'mariners', 'padres', 'brewers', 'twins', 'tigers', 'royals',
  'athletics', 'nationals', 'marlins', 'reds', 'pirates', 'cardinals', 'rockies', 'canadiens', 'bruins', 'flyers',
  'penguins', 'capitals', 'islanders', 'devils', 'sabres', 'oilers', 'flames', 'canucks', 'predators', 'blackhawks',
  'ducks', 'sharks', 'coyotes',
  // rugby league and cricket
  'rhinos', 'wolves', 'indians', 'knights', 'storm',
]);

/** Papers' words after their place, which no organization word holds since they name a star or a day alone (not
 * "star": the "Arctic Star" is a medal). */
const PAPERS: ReadonlySet<string> = new Set(['sun']);

/** Whether `keys` (lowercase words) are a place and a team's nickname or a paper's word: "Denver Broncos", "Las Vegas
 * Sun"; not "Austin Rivers". */
export function namedForItsPlace(keys: readonly string[]): boolean {
  const last = keys[keys.length - 1] ?? '';
  const nickname = NICKNAMES.has(last) || PAPERS.has(last);
  if (keys.length < 2 || keys.length > 4 || !nickname || isGivenName(keys[0] ?? '')) return false;
  return isPlace(keys.slice(0, -1));
}

/** Words a paper's name has, which "the newspaper" may call: "The Daily News", "the Union Leader". */
export const PRESS_WORDS: ReadonlySet<string> = new Set(['news', 'times', 'journal', 'post', 'herald', 'tribune', 'gazette',
  'telegraph', 'guardian', 'mail', 'star', 'sun', 'leader', 'chronicle', 'examiner', 'observer', 'inquirer', 'register',
  'independent', 'express', 'mirror', 'standard', 'globe', 'record', 'bulletin', 'courier', 'dispatch', 'review',
  'press', 'daily', 'sentinel', 'magazine', 'monthly', 'weekly', 'economist', 'spectator', 'atlantic']);
/** And words a paper's name joins to one of those with a hyphen, which name other things alone: "Journal-Constitution",
 * "Union-Tribune", "Star-Ledger". */
const JOINED_PRESS_WORDS: ReadonlySet<string> = new Set(['constitution', 'union', 'ledger', 'clarion', 'picayune',
  'democrat', 'enterprise', 'telegram']);

/** Whether `key` is two words of a paper's name joined by a hyphen: "sun-times" ("the Chicago Sun-Times"), "star-ledger";
 * not "post-brexit", "pro-union". */
export function isJoinedPaperWord(key: string): boolean {
  const parts = key.split('-');
  return parts.length === 2 && parts.every((p) => PRESS_WORDS.has(p) || JOINED_PRESS_WORDS.has(p));
}
