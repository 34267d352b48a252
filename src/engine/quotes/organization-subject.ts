// "Olam said its partnerships strove to be transparent. “We agree with Gabon's right …,” it said.": an "it" that
// speaks right after a sentence whose subject is an organization is that organization. Only the sentence before the
// quote or the quote's own, and only an organization the name finder found, or one the story names by its noun ("The
// school issued an apology. It said: …"), as a subject: farther back, or as an object, the "it" is as likely the
// report, the plan or the company's product.
import type { NameMention } from '../entities/names.ts';
import type { Token } from '../entities/tokens.ts';
import { endsSentenceAt, lexKey } from '../entities/tokens.ts';
import { possessiveLength } from '../entities/text-checks.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import { mentionRole } from './mention-role.ts';
import type { QuotePiece } from './scan.ts';
import { headNounAfter, sentenceStart, tokenAt } from './windows.ts';

/** How many sentence ends back from the "it" the organization's sentence may start. */
const MAX_SENTENCE_ENDS = 2;

/** The last organization that is a subject in the sentence before the "it" at offset `at` (or its own), or null. */
export function organizationBefore(tokens: readonly Token[], names: readonly NameMention[], at: number,
  quoted: readonly QuotePiece[]): string | null {
  const from = tokens[sentenceStart(tokens, tokenAt(tokens, at) - 1, MAX_SENTENCE_ENDS)]?.start ?? 0;
  let found: NameMention | null = null;
  // Where the last organization named before the "it" stands, a subject or not: a body named by its noun before it
  // is less likely what "it" means ("The advisory panel recommends … . Still, the Business Council … opposed …").
  let named = from;
  for (const m of names) {
    if (m.start >= at) break;
    // (Not inside a quotation: "… under the remit of the Department for Education," they said.)
    const body = m.kind === 'organization' || speaksOfItself(tokens, m);
    if (m.start < from || !body || quoted.some((p) => p.start <= m.start && m.start < p.end)) continue;
    named = m.start;
    // The subject of its sentence: "Olam said", "In response, the Foreign Office said".
    if (mentionRole(tokens, tokenAt(tokens, m.start), m.end, false).role === 'subject') found = m;
  }
  return found?.text ?? describedBodyBefore(tokens, tokenAt(tokens, named), tokenAt(tokens, at));
}

/** Nouns of bodies that speak as "it": "The school issued an apology. It said: …". */
const BODY_NOUNS: ReadonlySet<string> = new Set(['school', 'company', 'club', 'council', 'firm', 'university', 'college',
  'agency', 'ministry', 'charity', 'hospital', 'bank', 'airline', 'board', 'committee', 'organisation', 'organization',
  'union', 'newspaper', 'broadcaster', 'authority', 'institute', 'foundation', 'trust', 'museum', 'retailer',
  'supermarket', 'federation', 'association', 'watchdog', 'regulator', 'department', 'government', 'network', 'embassy',
  'consulate', 'panel', 'tribunal', 'inquiry', 'court', 'campaign']);
/** How many words may stand between "The" and the body's noun: "The Catholic school", "The London-based firm". */
const MAX_MODIFIERS = 2;
/** Words after the noun that show it is no subject: "The school of thought", "The company's". */
const NOT_A_VERB: ReadonlySet<string> = new Set(['of', 'and', 'or', 'in', 'for', 'at', 'to', 'with', 'that', 'which', 'who']);

/**
 * A body the story names by its noun, as the subject that opens a sentence from tokens[from] to tokens[to]: the last
 * one, as written ("The school"); null when none does.
 */
function describedBodyBefore(tokens: readonly Token[], from: number, to: number): string | null {
  let found: string | null = null;
  for (let s = from; s < to; s++) {
    const the = tokens[s] as Token;
    // (Or after a phrase and its comma, before a speech verb: "In a statement, the Russian embassy said".)
    // (A caption's closing bracket may stand for the sentence's end: "(pictured, a fighter …) The panel said".)
    const opens = the.capitalized && (s === 0 || endsSentenceAt(tokens, s - 1) || tokens[s - 1]?.text === ')');
    // (Or an owner's name: "Trump’s campaign immediately backtracked".)
    const owner = opens && possessiveLength(the.text) > 0 && BODY_NOUNS.has(tokens[s + 1]?.key ?? '') ? s + 1 : -1;
    if (owner < 0 && (lexKey(the) !== 'the' || (!opens && tokens[s - 1]?.text !== ','))) continue;
    const h = owner >= 0 ? owner : headNounAfter(tokens, s, (key) => BODY_NOUNS.has(key), MAX_MODIFIERS, to);
    const verb = tokens[h + 1];
    const speaks = verb?.word && !verb.capitalized && !NOT_A_VERB.has(lexKey(verb)) && (opens || SPEECH_VERBS.has(verb.key));
    if (h >= 0 && speaks) {
      found = tokens.slice(s, h + 1).map((t) => t.text).join(' ');
    }
  }
  return found;
}

/**
 * Whether a name the name finder could not place says "its" of itself ("Olam said its partnerships …") or is
 * described with "which" ("Olam, which grows …"): a body, not a person. (Not a lone word alone: "Wait", "Dawson".)
 */
function speaksOfItself(tokens: readonly Token[], m: NameMention): boolean {
  if (m.kind !== 'unknown') return false;
  const k = tokenAt(tokens, m.end);
  const [next, after] = [tokens[k], tokens[k + 1]];
  if (!next || !after) return false;
  return (SPEECH_VERBS.has(lexKey(next)) && lexKey(after) === 'its') || (next.text === ',' && lexKey(after) === 'which');
}
