// A speaker does not call themselves by their given name while speaking as "I": "That's why I'm voting Labour, that's
// why I support Ed." is somebody else's, whatever the caption run into it says of Ed Miliband.
import { escapeRegExp } from '../entities/text-checks.ts';

const FIRST_PERSON = /\b(?:I|me|my|I['’](?:m|ve|d|ll))\b/;
/** Words with which a speaker gives their own name: "I'm Ed", "my name is Ed", "call me Ed", "this is Ed". */
const INTRODUCING = /(?:\bI['’]m|\bI am|\bname is|\bname's|\bcall me|\bthis is|\bit['’]s)\s+$/i;

/** Whether `quoted` speaks as "I" of a person by the given name of `speaker` (a name of two words or more). */
export function namesItsSpeaker(quoted: string, speaker: string): boolean {
  const space = speaker.indexOf(' ');
  if (space < 0 || !NAME.test(speaker) || !FIRST_PERSON.test(quoted)) return false;
  const given = speaker.slice(0, space);
  // (Alone: "a hater of Donald Trump" is how some speak of themselves; nor in quotation marks: "calling me ‘Little Marco.’")
  const word = new RegExp(`(?<![\\p{L}'’‘"“-]|\\p{Lu}\\p{L}+ )${escapeRegExp(given)}(?![\\p{L}'’-]| \\p{Lu})`, 'gu');
  for (const m of quoted.matchAll(word)) if (!INTRODUCING.test(quoted.slice(Math.max(0, m.index - 16), m.index))) return true;
  return false;
}
/** A person's name, not a description ("the senator", "The royal"). */
const NAME = /^(?!(?:The|A|An|His|Her|Their|Its|One)\s)\p{Lu}/u;
