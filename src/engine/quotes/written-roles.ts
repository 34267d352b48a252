// Who a person is, as the article writes it outside the attributions of their quotes: a title before the name
// ("Vietnam's President To Lam") or an appositive after it ("…, said Judith Enck, an EPA regional administrator.").
// Their quotes are often attributed to the bare surname ("Enck said"); a reader still wants to know who that is.
import { possessiveLength } from '../entities/text-checks.ts';
import { TITLE_WORDS } from '../entities/lexicon.ts';
import { endsSentenceAt, lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { AGE, IRREGULAR_PAST, MAX_APPOSITIVE, QUOTE_MARKS, ROLE_HEADS, SPEECH_VERBS } from './lexicon.ts';
import { KIN_AND_FRIENDS } from './person-descriptions.ts';
import { PAST_TENSE } from './lexicon.ts';
import { describesTheEmployer, roleWithTitle } from './roles.ts';
import { titleBefore } from './speaker-names.ts';

/** Words that open one person's description; "their", "both" or "two" describe several. */
const OPENS_ONE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'one']);
/** A relative clause tells what the person did or thinks ("a columnist who is gay"), not who they are. */
const RELATIVE: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which', 'that', 'where', 'when']);
const SINGLE_MARKS = /^['‘’`]+$/;
/** Words of a clause, not of a description: "Stephanie March, the famous chef has filed for divorce". */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'said', 'says',
]);
/** Endings of nouns for a person ("publicist", "volcanologist", "waitress", "neurosurgeon", "MP"), and "one of". */
const PERSON_NOUN = /^(?:one|mp|icon|mogul|plaintiff|rival|cook|chef)$|\p{L}{2}(?:er|or|ist|ian|ant|ent|ee|eon|ive|ary|ate|crat|ess|man|woman)$/u;
/** Words after a person's noun that say whose or where it is: "a cook at the Taj". */
const LINKS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'with', 'from', 'to', 'on', 'by', 'under', 'since']);

/**
 * The appositive after a name whose words end before tokens[after], or null: a
 * comma, then a description of one person that opens with an article, a possessive or a title ("director of the
 * Institute …"), up to the comma or the stop that closes it, without its relative clause.
 */
export function appositiveRole(body: string, tokens: readonly Token[], after: number): string | null {
  if (tokens[after]?.text !== ',') return null;
  let a = after + 1;
  // "Marley Anderson, 21, a junior from Las Vegas,": the age is no part of who they are.
  if (AGE.test(tokens[a]?.text ?? '') && tokens[a + 1]?.text === ',') a += 2;
  const first = tokens[a];
  if (!first?.word) return null;
  const key = lexKey(first);
  const owner = possessiveLength(first.text) > 0 && first.capitalized;
  if (!OPENS_ONE.has(key) && !owner && !(TITLE_WORDS.has(key) && !first.capitalized)) return null;
  let b = a;
  for (; b < tokens.length && b - a < MAX_APPOSITIVE; b++) {
    const x = tokens[b] as Token;
    // (A title in quotation marks would be cut in half: "the author of ''Destiny and Power.''")
    if (QUOTE_MARKS.includes(x.text) || SINGLE_MARKS.test(x.text)) return null;
    if (CLAUSE_VERBS.has(x.key) || SPEECH_VERBS.has(x.key) || IRREGULAR_PAST.has(x.key)) return null;
    if (x.text === ',' || x.text === ';' || (b > a + 1 && RELATIVE.has(x.key))) break;
    // (Not the point of a number: "leader of the world's 1.2 billion Roman Catholics".)
    if (endsSentenceAt(tokens, b) && tokens[b + 1]?.start !== x.end) break;
  }
  const last = tokens[b - 1];
  if (b - a < 2 || b - a >= MAX_APPOSITIVE || !last?.word || PAST_TENSE.test(last.text) || !saysAPerson(tokens, a, b)) return null;
  return body.slice(first.start, last.end);
}

/**
 * Whether tokens[a, b) describe a person: a noun for one ("administrator", "organist", "one of …") before the first
 * preposition, and no verb before it ("her eyes widened with surprise"); not "the brusque, take-a-back-seat …".
 */
function saysAPerson(tokens: readonly Token[], a: number, b: number): boolean {
  let person = false;
  for (let k = a; k < b; k++) {
    const key = lexKey(tokens[k] as Token);
    if (k > a && LINKS.has(key)) break;
    // ("the former Vermont Democratic governor challenged by Sanders": past the person's noun, a participle.)
    if (k > a + 1 && !person && PAST_TENSE.test(key)) return false;
    person ||= ROLE_HEADS.has(key) || KIN_AND_FRIENDS.has(key) || PERSON_NOUN.test(key);
  }
  return person;
}

/** The first title and the first appositive the article gives each person, by their fullest name. */
export class WrittenRoles {
  private readonly titles = new Map<string, string>();
  private readonly appositives = new Map<string, string>();

  /** A mention of `name` whose first token is tokens[t], its words ending before tokens[after]. */
  note(name: string, body: string, tokens: readonly Token[], t: number, after: number, inQuote: boolean): void {
    if (!this.titles.has(name)) {
      const title = titleBefore(body, tokens, t);
      if (title) this.titles.set(name, title);
    }
    // (Inside a quotation the speaker describes someone: “Kaine, a man who's devoted his life …”.)
    // (Nor is an appositive after an employer's name about the person: "Holger Schmieding of Berenberg, Germany's
    // largest private bank,".)
    if (!inQuote && !this.appositives.has(name) && !describesTheEmployer(tokens, t, after)) {
      const role = appositiveRole(body, tokens, after);
      if (role) this.appositives.set(name, role);
    }
  }

  /** Who `name` is: the role an attribution gave (`attributed`), with their title, else the first appositive. */
  roleOf(name: string, attributed: string | undefined): string | null {
    return roleWithTitle(attributed, this.titles.get(name)) ?? this.appositives.get(name) ?? null;
  }
}
