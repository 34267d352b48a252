// "Harbro said international sales grew … . In accounts filed with Companies House, the company said: "…"": a body
// that speaks under its noun ("the company", "the newspaper", "the council") is the organization the story last made
// the subject of a sentence, a few sentences back at most, if that organization can be called so; otherwise the
// description stays as written, never a guess. The speaker a reader wants is Harbro, not "the company".
import type { NameMention } from '../entities/names.ts';
import type { Token } from '../entities/tokens.ts';
import { lexKey } from '../entities/tokens.ts';
import { speakingPlatforms } from '../entities/person-evidence.ts';
import { PRESS_WORDS } from '../entities/teams.ts';
import { DETERMINERS, SPEECH_VERBS } from './lexicon.ts';
import { mentionRole } from './mention-role.ts';
import type { SpeakerMention } from './phrases.ts';
import type { QuotePiece } from './scan.ts';
import { sentenceStart, tokenAt } from './windows.ts';

/** How many sentences back, the description's own counted, the organization may be the subject of one. */
const MAX_SENTENCES = 5;
/** "the company", "the London-based firm", "the conservative-leaning newspaper": "the", a few words, the noun. */
const DESCRIBED = /^the\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}+)$/iu;

/** Nouns for any body that is no arm of a state: "the group" may be Islamic State, "the company" Business Insider. */
const ANY_BODY: ReadonlySet<string> = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'business',
  'retailer', 'airline', 'supermarket', 'charity', 'broadcaster', 'network', 'outlet', 'website', 'site', 'fund',
  'trader', 'lender', 'insurer', 'carmaker', 'manufacturer', 'chain', 'startup']);
/** Words that make a name an arm of a state, which "the company" or "the group" never calls. */
const STATE_BODIES: ReadonlySet<string> = new Set(['department', 'ministry', 'council', 'commission', 'committee',
  'court', 'embassy', 'consulate', 'parliament', 'senate', 'congress', 'house', 'government', 'police', 'agency',
  'office', 'bureau', 'administration', 'board', 'authority']);
/** Nouns for the press, which call only a name a paper's words make: "The Daily News", "the Union Leader". */
const PRESS: ReadonlySet<string> = new Set(['newspaper', 'paper', 'publication', 'magazine', 'tabloid', 'daily']);
/** Nouns that head a body's own name, which call only a name that has that noun: "the council", "the board". */
const NAMED_BODY: ReadonlySet<string> = new Set(['council', 'board', 'commission', 'committee', 'department',
  'ministry', 'agency', 'court', 'university', 'college', 'school', 'hospital', 'museum', 'union', 'party',
  'foundation', 'institute', 'trust', 'embassy', 'consulate', 'bank', 'team', 'club', 'federation', 'association',
  'authority', 'panel', 'tribunal', 'office', 'bureau', 'service', 'campaign', 'church', 'zoo', 'society', 'police']);

/** Words of a labour union's name, which "the union" calls: "the Association of Flight Attendants", "Teamsters". */
const UNION_WORDS: ReadonlySet<string> = new Set(['union', 'unions', 'association', 'federation', 'brotherhood', 'workers',
  'teamsters', 'guild', 'employees', 'congress']);

/** Whether a body the story names `name` can be called "the `noun`". */
function callable(noun: string, name: string): boolean {
  const words = name.toLowerCase().split(/[\s.]+/);
  if (PRESS.has(noun)) return words.some((w) => PRESS_WORDS.has(w));
  if (noun === 'wire') return words.some((w) => WIRE_WORDS.has(w));
  if (noun === 'union') return words.some((w) => UNION_WORDS.has(w));
  if (NAMED_BODY.has(noun)) return words.includes(noun) || words.includes(`${noun}s`);
  return ANY_BODY.has(noun) && !words.some((w) => STATE_BODIES.has(w));
}

/** "the wire service", "the news agency": what the story calls a news agency, whose name need not have that noun. */
const WIRE = /^the\s+(?:wire\s+service|news\s+agency)$/i;
const WIRE_WORDS: ReadonlySet<string> = new Set(['press', 'reuters', 'afp', 'ap', 'upi', 'xinhua', 'bloomberg', 'tass',
  'kyodo', 'yonhap', 'agency', 'agence']);

/** The noun of a speaker mention that is a body called by it ("the company", "The Turriff-based company"), or null. */
function bodyNoun(mention: SpeakerMention): string | null {
  if (mention.kind === 'description' && WIRE.test(mention.text)) return 'wire';
  const noun = DESCRIBED.exec(mention.text)?.[1]?.toLowerCase() ?? '';
  return mention.kind === 'description' && (ANY_BODY.has(noun) || PRESS.has(noun) || NAMED_BODY.has(noun)) ? noun : null;
}

/**
 * The organization a body described by its noun is (see the top of this file), from what the name finder found in
 * `names`, or null. A lone word that opens an organization's full name is that organization ("Harbro" of "Harbro
 * Group").
 */
export function describedBody(tokens: readonly Token[], names: readonly NameMention[], mention: SpeakerMention,
  quoted: readonly QuotePiece[]): string | null {
  const noun = bodyNoun(mention);
  if (!noun) return null;
  const from = tokens[sentenceStart(tokens, tokenAt(tokens, mention.start) - 1, MAX_SENTENCES)]?.start ?? 0;
  let found: string | null = null;
  let foundAt = -1;
  let foundEnd = 0;
  for (const m of names) {
    if (m.start >= mention.start) break;
    if (m.start < from || quoted.some((p) => p.start <= m.start && m.start < p.end)) continue;
    const name = m.kind === 'organization' ? withoutDomain(tokens, m) : m.kind === 'unknown' ? fullerBody(names, m)
      : m.kind === 'place' ? placesPolice(tokens, m) : null;
    if (!name || !callable(noun, name)) continue;
    // (From its "the": "On Thursday, the New York Times described the policy as …".)
    const t = tokenAt(tokens, m.start);
    const opening = tokens[t - 1]?.key === 'the' ? t - 1 : t;
    // (A news agency is one whatever its place in the sentence: "according to an Associated Press report".)
    if (noun === 'wire' || mentionRole(tokens, opening, m.end, false).role === 'subject' || isWhichAfter(tokens, m)) {
      found = name;
      foundAt = m.start;
      foundEnd = m.end;
    }
  }
  // (Or a platform that spoke as a firm, which the name finder leaves out: "Twitter said in a statement".)
  for (const p of speakingPlatforms(tokens, SPEECH_VERBS)) {
    if (p.start >= from && p.start > foundAt && p.start < mention.start && callable(noun, p.text)) {
      found = p.text;
      foundEnd = p.start + p.text.length;
    }
  }
  return found && !anotherBodyBetween(tokens, noun, foundEnd, mention.start) ? found : null;
}
const THE = /^the\s+/i;

/** An organization's name as the entities list it: without "the", or the period of a web address ("GunBroker.com"). */
function withoutDomain(tokens: readonly Token[], m: NameMention): string {
  const name = m.text.replace(THE, '');
  return name.endsWith('.') && DOMAIN.test(tokens[tokenAt(tokens, m.end)]?.text ?? '') ? name.slice(0, -1) : name;
}
const DOMAIN = /^(?:com|org|net|gov|edu)$/;

/**
 * The organization whose full name a lone word opens ("Harbro" → "Harbro Group"), or that the word names elsewhere
 * ("investment company Temasek … Temasek has dismissed"), or null.
 */
function fullerBody(names: readonly NameMention[], m: NameMention): string | null {
  if (/\s/.test(m.text)) return null;
  const opening = `${m.text} `;
  for (const other of names) {
    if (other.kind === 'organization' && (other.text.startsWith(opening) || other.text === m.text)) return other.text;
  }
  return null;
}

/** "Istanbul police said": a place's police, named by the place and the noun in lowercase; or null. */
function placesPolice(tokens: readonly Token[], m: NameMention): string | null {
  const noun = tokens[tokenAt(tokens, m.end)];
  return noun?.key === 'police' && !noun.capitalized ? `${m.text} police` : null;
}

/** "Monsanto, which opposed the bill": a name described with "which" is a body's. */
function isWhichAfter(tokens: readonly Token[], m: NameMention): boolean {
  const k = tokenAt(tokens, m.end);
  return tokens[k]?.text === ',' && lexKey(tokens[k + 1] as Token) === 'which';
}

/** Words before the noun that bring in a body not named before: "a New Hampshire ballot commission". */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another']);
/**
 * Words after the noun that tell which body it is: "the trade group for the Blue Cross Blue Shield plans" (not "of":
 * "the board of elections" is often the body's own name written small).
 */
const WHICH_BODY: ReadonlySet<string> = new Set(['for', 'representing', 'behind']);
/** How many words may stand between the determiner and the noun. */
const MAX_MODIFIERS = 3;
/** Words that end the noun's phrase before its determiner: "a contributor with the company". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'for', 'of', 'in', 'on', 'at', 'by', 'from', 'as', 'and', 'or']);

/**
 * Whether the story brings in another body under the same noun between offsets `from` and `to`: "UnitedHealth Group
 * has threatened …. This week, the trade group for the Blue Cross Blue Shield plans … . “…,” the group wrote".
 */
function anotherBodyBetween(tokens: readonly Token[], noun: string, from: number, to: number): boolean {
  for (let k = tokenAt(tokens, from); k < tokens.length && (tokens[k] as Token).start < to; k++) {
    const t = tokens[k] as Token;
    if (t.capitalized || t.key !== noun) continue;
    if (WHICH_BODY.has(tokens[k + 1]?.key ?? '')) return true;
    // (The determiner of the noun's own phrase: not "a contributor with the company".)
    for (let d = k - 1; d >= Math.max(0, k - 1 - MAX_MODIFIERS); d--) {
      const key = tokens[d]?.key ?? '';
      if (INDEFINITE.has(key)) return true;
      if (!tokens[d]?.word || DETERMINERS.has(key) || PREPOSITIONS.has(key)) break;
    }
  }
  return false;
}
