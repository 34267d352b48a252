// Repairs text whose UTF-8 was read as Windows-1252 somewhere upstream ("FranÃ§ois" for "François", "â€™" for "’"),
// common in scraped news: a name written so is no name to the entity finder, and a reader stumbles on it. Each run of
// characters that spells the bytes of one UTF-8 character is replaced by that character; a second pass undoes text
// that was misread twice. Text that does not decode as UTF-8 is left as it is.

/** The Windows-1252 characters of bytes 0x80–0x9F, by code point (the others stand for their own byte). */
const CP1252_BYTES = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);
const CONTINUATION = '\\u0080-\\u00bf\\u0152\\u0153\\u0160\\u0161\\u0178\\u017d\\u017e\\u0192\\u02c6\\u02dc\\u2013\\u2014'
  + '\\u2018-\\u201a\\u201c-\\u201e\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203a\\u20ac\\u2122';
/**
 * A lead byte, then as many continuation bytes as it announces. Only the leads that misread text is made of: Â and Ã
 * (Latin-1 letters and signs), Ä and Å (other Latin letters), â (quotation marks, dashes, €), ð (emoji). Others, such
 * as É, stand for themselves far more often: "CAFÉ…" is no misread "Ʌ".
 */
const MISREAD = new RegExp(`(?:[\\u00c2-\\u00c5]|A[\\u0302\\u0303\\u0308\\u030a])[${CONTINUATION}]`
  + `|(?:\\u00e2|a\\u0302)[${CONTINUATION}]{2}|\\u00f0[${CONTINUATION}]{3}`, 'g');
/** Cheap test first: almost every article has none of these lead characters (some text writes Ã as A and a tilde). */
const LEAD = /[\u00c2-\u00c5\u00e2\u00f0]|[Aa][\u0302\u0303\u0308\u030a]/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  return CP1252_BYTES.get(code) ?? code;
}

/**
 * What a misread English news text decodes to: Latin letters, punctuation, symbols and spaces. Anything else is more
 * likely real text that happens to look misread: "café’”" would otherwise become a Chinese character.
 */
const PLAUSIBLE = /^[\p{Script=Latin}\p{P}\p{S}\p{Zs}]$/u;

function repairRun(run: string): string {
  const bytes = Uint8Array.from(run.normalize('NFC'), byteOf);
  try {
    const decoded = UTF8.decode(bytes);
    return PLAUSIBLE.test(decoded) ? decoded : run;
  } catch {
    return run;
  }
}

/** `text` with misread UTF-8 repaired (see above); the same string when there is none. */
export function repairMojibake(text: string): string {
  let out = text;
  for (let pass = 0; pass < 2 && LEAD.test(out); pass++) {
    const repaired = out.replace(MISREAD, repairRun);
    if (repaired === out) break;
    out = repaired;
  }
  return out;
}
