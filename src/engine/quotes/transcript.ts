// Transcripts quoted paragraph by paragraph: `"RAMOS: Secretary Clinton, did you lie to them?` then `"CLINTON: I
// feel …`. The label in capitals before the colon says who speaks; it is no part of what they say, and a new label
// starts a new quote. A full name written as usual serves too ("Chris Matthews: Seriously …"), when it opens with a
// given name and the quote opens its paragraph: "Breaking News: …" is no transcript.
import { isGivenName } from '../entities/first-names.ts';
import type { QuotePiece } from './scan.ts';

/** A label in capitals and a colon at the start of a quote: "RAMOS: ", "JAKE TAPPER: ", "SEN. CRUZ: ". */
const LABEL = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?):[ \t]+(?=\S)/u;
/** A full name of two or three words and a colon: "Chris Matthews: ". */
const NAME_LABEL = /^(\p{Lu}\p{Ll}+)(?: \p{Lu}[\p{Ll}'’-]+){1,2}:[ \t]+(?=\S)/u;
const MAX_LABEL_LENGTH = 40;

export interface LabelledPiece {
  /** The label as written ("RAMOS"). */
  readonly label: string;
  /** The piece without its label. */
  readonly piece: QuotePiece;
}

/** The label a transcript line opens with, and the line without it; null when the piece has none. */
export function transcriptLabel(body: string, piece: QuotePiece): LabelledPiece | null {
  const head = body.slice(piece.start, Math.min(piece.end, piece.start + MAX_LABEL_LENGTH + 4));
  const named = NAME_LABEL.exec(head);
  const given = named?.[1]?.toLowerCase() ?? '';
  const isGiven = isGivenName(given);
  // (A line of a transcript opens its paragraph; a chant of "Chris Christie: Bad for New Jersey" does not.)
  const found = named && isGiven && piece.open === piece.paragraphStart ? named : LABEL.exec(head);
  const label = found === named ? found?.[0].replace(/:\s*$/, '') : found?.[1];
  if (!found || !label || label.length > MAX_LABEL_LENGTH) return null;
  const start = piece.start + found[0].length;
  return start < piece.end ? { label, piece: { ...piece, start } } : null;
}

/** Words a transcript labels a line with that name no one: "VIDEO:", "AUDIENCE:", "Q:". */
const NOT_SPEAKERS = new RegExp('^(?:video|audio|audience|crowd|announcer|narrator|voice|caller|unidentified|male|female|'
  + 'question|answer|q|a|moderator|reporters?|protesters?|host|note|update|source|photo|transcript)$', 'i');

/** Whether a transcript's label of one word names no one ("VIDEO"), rather than someone by their surname ("WALLACE"). */
export const labelsNoOne = (label: string): boolean => NOT_SPEAKERS.test(label);
