// How two written forms of a name are compared: by their lowercase words ("Mr. Xi's" → ["mr", "xi"]), and by
// whether the shorter one is the surname ("Clinton" of "Hillary Clinton"), the first word ("Xi" of "Xi Jinping"),
// or the first and last words ("Hillary Clinton" of "Hillary Rodham Clinton").

const WORD_BREAK = /[^\p{L}\p{N}'’-]+/u;

/** Lowercase words of a name, without periods or possessives: the keys two forms of a name are compared by. */
export function keysOf(text: string): string[] {
  const out: string[] = [];
  for (const part of text.toLowerCase().split(WORD_BREAK)) {
    const key = part.endsWith("'s") || part.endsWith('’s') ? part.slice(0, -2) : part.replace(/['’-]+$/, '');
    if (key) out.push(key);
  }
  return out;
}

/** Whether `short` names the same person as `full`: a suffix ("Clinton"), the first word ("Xi"), or first and last. */
export function sameName(short: readonly string[], full: readonly string[]): boolean {
  if (short.length === 0 || short.length > full.length) return false;
  const suffix = short.every((k, i) => k === full[full.length - short.length + i]);
  if (suffix) return true;
  if (short.length === 1) return short[0] === full[0] && full.length <= 3;
  return short[0] === full[0] && short[short.length - 1] === full[full.length - 1];
}

