// A surname that is also a demonym or a place ("Mark Cuban", "Jim Jordan") is no name to the name finder when it
// stands alone: "Cuban" reads as an adjective, "Jordan" as a country. In an article that names the person in full,
// the lone word is most often that person again ("As evidence, Cuban seemed to rely on …"), and the story goes on
// from it ("“…,” the investor said"). These are the lone surnames the name finder left out, as mentions of their own.
import type { NameMention } from '../entities/names.ts';
import { possessiveLength } from '../entities/text-checks.ts';
import type { Token } from '../entities/tokens.ts';

/**
 * `found` with a mention added for every capitalized word outside any found name, or inside a place, that is the
 * last word of a person's full name found in the article and `isNameAt` there (not "From" opening a sentence, in an
 * article about Al From); in order of position. `keysOf` reads a name's words (the resolver's, which keeps them).
 */
export function withBareSurnames(tokens: readonly Token[], found: readonly NameMention[],
  isNameAt: (word: string, start: number) => boolean, keysOf: (name: string) => readonly string[]): readonly NameMention[] {
  const surnames = new Set<string>();
  for (const m of found) {
    if (m.kind !== 'person') continue;
    const keys = keysOf(m.text);
    if (keys.length > 1) surnames.add(keys[keys.length - 1] as string);
  }
  if (surnames.size === 0) return found;
  const added: NameMention[] = [];
  let f = 0;
  for (const token of tokens) {
    if (!token.capitalized) continue;
    const possessive = possessiveLength(token.text);
    if (!surnames.has(possessive > 0 ? token.key.slice(0, -possessive) : token.key)) continue;
    const text = token.text.slice(0, token.text.length - possessive);
    const end = token.start + text.length;
    while (f < found.length && (found[f] as NameMention).end <= token.start) f++;
    const covering = found[f];
    const place = covering?.kind === 'place' && covering.start === token.start && covering.end === end;
    if ((covering !== undefined && covering.start <= token.start && !place) || !isNameAt(text, token.start)) continue;
    added.push({ text, start: token.start, end, kind: 'unknown', titled: false, gender: null, sentenceInitial: false });
  }
  if (added.length === 0) return found;
  const placesAdded = new Set(added.map((m) => m.start));
  return [...found.filter((m) => !(m.kind === 'place' && placesAdded.has(m.start))), ...added]
    .sort((a, b) => a.start - b.start);
}
