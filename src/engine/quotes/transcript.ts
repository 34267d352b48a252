// Transcripts quoted paragraph by paragraph: `"RAMOS: Secretary Clinton, did you lie to them?` then `"CLINTON: I
// feel …`. The label in capitals before the colon says who speaks; it is no part of what they say, and a new label
// starts a new quote.
import type { QuotePiece } from './scan.ts';

/** A label in capitals and a colon at the start of a quote: "RAMOS: ", "JAKE TAPPER: ", "SEN. CRUZ: ". */
const LABEL = /^(\p{Lu}[\p{Lu}.'’ -]*\p{Lu}\.?):[ \t]+(?=\S)/u;
const MAX_LABEL_LENGTH = 40;

export interface LabelledPiece {
  /** The label as written ("RAMOS"). */
  readonly label: string;
  /** The piece without its label. */
  readonly piece: QuotePiece;
}

/** The label a transcript line opens with, and the line without it; null when the piece has none. */
export function transcriptLabel(body: string, piece: QuotePiece): LabelledPiece | null {
  const found = LABEL.exec(body.slice(piece.start, Math.min(piece.end, piece.start + MAX_LABEL_LENGTH + 4)));
  const label = found?.[1];
  if (!found || !label || label.length > MAX_LABEL_LENGTH) return null;
  const start = piece.start + found[0].length;
  return start < piece.end ? { label, piece: { ...piece, start } } : null;
}
