// "A spokesperson for Merivale, which runs the Ivy, said … . '…,' the spokesperson said": a spokesperson the story has
// already said whose they are is that one. The speaker is given as the story first wrote them, "A spokesperson for
// Merivale", since their own name is never told; if the story named two bodies' spokespeople, the description stays.
import { NAME_WORDS } from './lexicon.ts';

/** "the spokesman", "The spokeswoman", "the spokesperson". */
const THE_SPOKESPERSON = /^the spokes(?:man|woman|person)$/i;
const SPOKES = String.raw`spokes(?:man|woman|person)`;
/** "A spokesperson for Merivale", "Cameron’s spokesman", "A Bayer spokesman". */
const OWNED = new RegExp(String.raw`\b[Aa]n? ${SPOKES} for (?:the )?(${NAME_WORDS})|\b(${NAME_WORDS})['’]s? ${SPOKES}`
  + String.raw`|\b[Aa]n? (${NAME_WORDS}) ${SPOKES}`, 'gu');
/** How far back, in characters, the story may have said whose spokesperson it is. */
const REACH = 1200;

/** Whose spokesperson "the spokesperson" of a quote at offset `before` is, as the story wrote it; or null. */
export function ownedSpokesperson(body: string, description: string, before: number): string | null {
  if (!THE_SPOKESPERSON.test(description)) return null;
  const from = Math.max(0, before - REACH);
  let found: string | null = null;
  let owner: string | null = null;
  for (const m of body.slice(from, before).matchAll(OWNED)) {
    const name = lastSentence(m[1] ?? m[2] ?? m[3] ?? '');
    if (owner !== null && owner !== name) return null;
    owner = name;
    found = lastSentence(m[0]);
  }
  return found;
}

/** A name's run may cross a sentence's stop: "… Barack Obama. Cameron’s spokesman" is Cameron's. */
const lastSentence = (text: string): string => text.split(SENTENCE_STOP).at(-1) ?? text;
const SENTENCE_STOP = /(?<=\p{L}{3})\.\s+/u;
