// A town that stands for its club: what the words around a town say of it ("Liverpool manager", "Leeds fans",
// "Dundee have vowed"), and which of its other mentions then mean the club too (all but those a place's preposition
// brings in: "in Liverpool" is still the city).
import { isGivenName } from './first-names.ts';
import { FUNCTION_WORDS } from './lexicon.ts';
import { possessiveLength } from './text-checks.ts';
import type { Token } from './tokens.ts';
import { CLUB_PEOPLE, isClubAfter, POSITIONS } from './kind-nouns.ts';
import { isPlaceKindBefore, isTownNamedSo } from './place-cues.ts';

/** Who follows or runs a club, or what only a club has, written right after the town that is its name: "Leeds fans",
 * "Everton chairman", "at Liverpool training", "Newcastle reserves". */
const FOLLOWERS: ReadonlySet<string> = new Set(['fans', 'supporters', 'player', 'players', 'squad', 'chairman', 'owners',
  'coach', 'teammates', 'team-mates', 'debut', 'training', 'reserves',
  // and a rugby side's players ("Northampton flanker Tom Wood").
  'flanker', 'fly-half', 'scrum-half', 'hooker', 'prop', 'lock', 'number-eight']);
/** Words between the two sides of a fixture, the home side first: "Gloucester v Newcastle". */
const FIXTURE_WORDS: ReadonlySet<string> = new Set(['v', 'vs']);
/** Words right before a town that make it a side at play: "against Motherwell", "beat Leeds", "when Aston Villa face
 * Liverpool", "Premier League strugglers Leicester". */
const OPPONENT_WORDS: ReadonlySet<string> = new Set([...FIXTURE_WORDS, 'against', 'beat', 'beating', 'face', 'faces',
  'facing', 'strugglers', 'champions']);
/** Two words that do so, or that say who plays for it: "a draw with Kilmarnock", "defeat by Exeter", "played for
 * Derbyshire", "on loan from Rangers". */
const OPPONENT_PAIRS: ReadonlySet<string> = new Set(['draw with', 'draws with', 'win over', 'victory over', 'defeat by',
  'defeat to', 'defeats by', 'loss to', 'lost to', 'played for', 'plays for', 'playing for', 'signed for', 'signs for',
  'signing for', 'signed from', 'loan from', 'loan at', 'goals for', 'goal for', 'scored for', 'debut for',
  'appearances for']);
/** And two in brackets, a fixture list's: "Notts County (home to Doncaster)", for both sides; not "returning home to
 * Cairo". */
const FIXTURE_PAIRS: ReadonlySet<string> = new Set(['away to', 'home to']);
/** The last words of those pairs. */
const PAIR_ENDS: ReadonlySet<string> = new Set([...OPPONENT_PAIRS, ...FIXTURE_PAIRS].map((p) => p.slice(p.indexOf(' ') + 1)));
/** What a club has that a town does not, after its possessive: "Rotherham's win over Brighton", "Leeds' manager". */
const SCORE = /^\d{1,2}-\d{1,2}$/;
const RESULTS: ReadonlySet<string> = new Set(['win', 'victory', 'defeat', 'draw', 'loss', ...CLUB_PEOPLE, ...FOLLOWERS]);
/**
 * A plural verb right after a town's name: a British story's club, which is "they" ("Dundee have vowed", "Leeds are
 * top"). A town as a place takes the singular ("Leeds is a city").
 */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'are', 'were']);
/** Words before a town that bring in the place, whatever else the story says of it (not "at" or "of", which a club
 * takes too: "the problems at Newcastle", "his assessment of Newcastle"; but "the city of Leeds"). */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'around', 'across', 'from', 'to', 'into',
  'through', 'towards', 'toward']);

/** Whether the town of tokens[i…end) is the club there, as the words before or after it say. */
export function isClubAt(tokens: readonly Token[], i: number, end: number): boolean {
  if (isClubAfter(tokens, end)) return true;
  const next = tokens[end];
  const last = tokens[end - 1];
  // (Not a street's: "railed against Wall Street", "many Wall Street players".)
  if (last?.key === 'street') return false;
  const before = tokens[i - 1]?.key ?? '';
  // (Either side of a fixture: "Gloucester v Newcastle"; or a side in a list of them: "against Leicester, Preston and
  // Swansea".)
  if (isSideWord(tokens[i - 1], OPPONENT_WORDS) || isSideWord(next, FIXTURE_WORDS) || listedAfterAnOpponentWord(tokens, i)) {
    return true;
  }
  // (The pair is asked for only after its last word, which few places follow.)
  const pair = PAIR_ENDS.has(before) ? `${tokens[i - 2]?.key} ${before}` : '';
  if (OPPONENT_PAIRS.has(pair) || (FIXTURE_PAIRS.has(pair) && tokens[i - 3]?.text === '(')) return true;
  // (Or the side a fixture in brackets follows: "Crewe (away to Coventry) win".)
  if (next?.text === '(' && FIXTURE_PAIRS.has(`${tokens[end + 1]?.key} ${tokens[end + 2]?.key}`)) return true;
  // (Not one that describes a noun after it: "a manager of Leicester children's homes".)
  if (before === 'of' && (!next?.word || FUNCTION_WORDS.has(next.key)) && runsOrFollows(tokens, i - 2)) return true;
  // (Or a score: "in Barcelona's 3-1 Champions League win".)
  const owns = !!last && possessiveLength(last.text) > 0 && !next?.capitalized;
  if (owns && (RESULTS.has(next?.key ?? '') || SCORE.test(next?.text ?? ''))) return true;
  if (!next?.word || next.capitalized || !last || possessiveLength(last.text) > 0) return false;
  if (FOLLOWERS.has(next.key)) return true;
  return PLURAL_VERBS.has(next.key) && opensClause(tokens[i - 1]);
}

/** Whether `token` is one of `words` (not a court's case's "v.", with a period: "Plessy v. Ferguson"). */
const isSideWord = (token: Token | undefined, words: ReadonlySet<string>): boolean => !!token && words.has(token.key)
  && token.text !== 'v.';

/** How many tokens back a list of sides may reach its opponent word. */
const MAX_LIST = 12;
/** Whether the town at tokens[i] closes or goes on with a list of capitalized names that an opponent word opens:
 * "against Queens Park Rangers, Leicester, Preston and Swansea". */
function listedAfterAnOpponentWord(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',' && tokens[i - 1]?.key !== 'and') return false;
  for (let k = i - 2; k >= Math.max(0, i - MAX_LIST); k--) {
    const t = tokens[k] as Token;
    if (t.capitalized || t.text === ',' || t.key === 'and') continue;
    return isSideWord(t, OPPONENT_WORDS) && tokens[k + 1]?.capitalized === true;
  }
  return false;
}

/** Whether tokens[k] is who runs, plays for or follows a club: "manager of Scunthorpe", "chief executive of Scunthorpe",
 * "fans of Leeds". */
function runsOrFollows(tokens: readonly Token[], k: number): boolean {
  const key = tokens[k]?.key ?? '';
  return CLUB_PEOPLE.has(key) || FOLLOWERS.has(key) || (key === 'executive' && tokens[k - 1]?.key === 'chief');
}

/** Words that open a clause before its subject: "… but Leeds have"; not "Cleveland and Philadelphia are", "on Capitol
 * Hill have", "HMS Cornwall are", whose plural is someone else's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['but', 'while', 'as', 'that', 'because', 'after', 'when', 'if',
  'though', 'although', 'before', 'since', 'until', 'now', 'so']);
const opensClause = (before: Token | undefined): boolean => !before?.word || CLAUSE_OPENERS.has(before.key);

/** Whether the place of tokens[i…end) is a squad list's club in brackets, after a player's position: "defender
 * (Aberdeen)", "forward (Port Vale)". Any place, not only a town: "midfielder (East Fife)". */
export const inSquadBrackets = (tokens: readonly Token[], i: number, end: number): boolean => tokens[i - 1]?.text === '('
  && POSITIONS.has(tokens[i - 2]?.key ?? '') && tokens[end]?.text === ')';

/** Whether the lone word no list knows at tokens[i…end) is a club, as who plays for or runs it says right after it:
 * "Blackburn manager Gary Bowyer", "Hibernian striker"; a given name only before that person's name ("Chelsea manager
 * Jose Mourinho", not "Tom boss"); not a name's last word after a hyphen ("ex-Port Vale manager"). Or a town the
 * gazetteer leaves out, being a name too, as the words around a town say: "a 1-1 draw with Reading". */
export const isLoneClubAt = (tokens: readonly Token[], i: number, end: number): boolean => end - i === 1
  && ((isClubAfter(tokens, end) && (!isGivenName(tokens[i]?.key ?? '') || tokens[end + 1]?.capitalized === true)
    && !HYPHENED_NAME.test(tokens[i - 1]?.text ?? '')) || (isTownNamedSo(tokens[i]?.key ?? '') && isClubAt(tokens, i, end)));
const HYPHENED_NAME = /-\p{Lu}/u;

/** Whether a place's preposition brings in the name at tokens[i]: "in Liverpool", "the city of Liverpool"; not another
 * "of", which a club takes too: "Alex Mowatt of Leeds celebrates", "the visit of Valencia". */
export const isPlaceWordBefore = (tokens: readonly Token[], i: number): boolean => {
  const before = tokens[i - 1];
  return isPlaceKindBefore(tokens, i) || (!!before?.word && !before.capitalized && PLACE_WORDS.has(before.key));
};
