// Names that stand for an object just written, or for a relative the words before them name: "the campaign of his
// wife, Hillary Clinton, as she …", "brought in a new campaign manager, Bob Dees, late last month", "brother of
// Hollywood legend Ron Howard". No later "he" or "she" refers to them.
import { possessiveLength } from '../entities/text-checks.ts';
import { lexKey } from '../entities/tokens.ts';
import type { Token } from '../entities/tokens.ts';
import { FUNCTION_WORDS } from '../entities/lexicon.ts';
import { ARTICLES } from '../entities/name-kinds.ts';
import { KIN_AND_FRIENDS } from './person-descriptions.ts';
import { BEFORE_OBJECT, isPastTense, PAST_TENSE, ROLE_HEADS, SPEECH_VERBS } from './lexicon.ts';

/**
 * A name for an object just written: "the campaign of his wife, Hillary Clinton, as she …", "painting her chief
 * political rival, Donald Trump, as …", or a relative without the comma ("who lost her daughter Jessica Ghawi").
 */
export function kinOfAnObject(tokens: readonly Token[], t: number, next: Token | undefined): boolean {
  if (tokens[t - 1]?.text === ',' && next?.text === ',' && roleOfAnObject(tokens, t)) return true;
  if (tokens[t - 1]?.text === ',') {
    // Past the object's describing words ("chief political rival") to its owner and what takes it as object.
    let k = t - 2;
    while (k > t - 3 - MAX_DESCRIBING && tokens[k]?.word && !tokens[k]?.capitalized && !FUNCTION_WORDS.has(tokens[k]?.key ?? '')) k--;
    // (The owner may be named: "under Mr. Bush's father, George Bush,".)
    const owner = tokens[k];
    const named = !!owner?.capitalized && possessiveLength(owner.text) > 0;
    let l = k - 1;
    while (named && tokens[l]?.capitalized) l--;
    const link = tokens[l];
    // A relative, or any noun set off by a second comma: not "unlike many of her donor friends, Ebeling lives".
    if (!KIN_AND_FRIENDS.has(tokens[t - 2]?.key ?? '') && next?.text !== ',') return false;
    if (k === t - 2 || !owner?.word || !(named || OWNERS.has(lexKey(owner))) || !link?.word || link.capitalized) return false;
    const key = lexKey(link);
    return BEFORE_OBJECT.has(key) || ((PAST_TENSE.test(link.text) || LOST.has(key) || PARTICIPLE.test(link.text)) && !SPEECH_VERBS.has(key));
  }
  const [kin, owner, link] = [tokens[t - 1], tokens[t - 2], tokens[t - 3]];
  if (!kin?.word || !KIN_AND_FRIENDS.has(lexKey(kin)) || !owner?.word || !link?.word || link.capitalized) return false;
  return OWNERS.has(lexKey(owner)) && (PAST_TENSE.test(link.text) || LOST.has(lexKey(link)));
}
const PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** Past tenses, not in -ed, whose object a relative often is: "lost her son", "left his wife". */
const LOST: ReadonlySet<string> = new Set(['lost', 'left', 'met', 'saw', 'took', 'brought', 'buried']);
export const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/**
 * Whether the role before the name at tokens[t] and its comma is an object, with an article: "brought in a new campaign
 * manager, Bob Dees, late last month" (the caller has seen the second comma); not a phrase that leads the sentence,
 * "Asked about fraud in the primaries, Michael Briggs, Sanders's spokesman, said".
 */
function roleOfAnObject(tokens: readonly Token[], t: number): boolean {
  if (!ROLE_HEADS.has(tokens[t - 2]?.key ?? '')) return false;
  for (let k = t - 3; k >= Math.max(1, t - 3 - MAX_DESCRIBING); k--) {
    const word = tokens[k];
    if (!word?.word || word.capitalized) return false;
    if (!ARTICLES.has(word.key)) continue;
    const link = tokens[k - 1] as Token;
    const key = lexKey(link);
    return link.word && !link.capitalized && (BEFORE_OBJECT.has(key) || (isPastTense(link) && !SPEECH_VERBS.has(key)));
  }
  return false;
}

/** "brother of Hollywood legend Ron Howard": a relative's name, past up to MAX_DESCRIBING words that describe it. */
export function relativeNamed(tokens: readonly Token[], t: number): boolean {
  for (let k = t - 1; k >= Math.max(1, t - 1 - MAX_DESCRIBING); k--) {
    const word = tokens[k];
    if (!word?.word) return false;
    if (lexKey(word) === 'of') return k < t - 1 && KIN_AND_FRIENDS.has(lexKey(tokens[k - 1] as Token));
  }
  return false;
}
const MAX_DESCRIBING = 3;
