import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/engine/corpus/mojibake.ts';
import { parseArticleText } from '../../../src/engine/corpus/formats.ts';

// The Windows-1252 characters of bytes 0x80–0x9F; bytes it leaves undefined read as the Latin-1 control character.
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** What a reader that takes UTF-8 for Windows-1252 shows. */
const misread = (text: string): string => [...new TextEncoder().encode(text)]
  .map((b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b))).join('');

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Windows-1252, once or twice over', () => {
    expect(repairMojibake('French President FranÃ§ois Hollande')).toBe('French President François Hollande');
    expect(repairMojibake('itâ€™s â€œfineâ€\u009d')).toBe('it’s “fine”');
    expect(repairMojibake(misread(misread('Guantánamo')))).toBe('Guantánamo');
    // Text normalized after it was misread writes "Ã" as "A" and a combining tilde.
    expect(repairMojibake(misread('Peña Nieto').normalize('NFD'))).toBe('Peña Nieto');
  });

  it('leaves text alone that only looks misread: "‘café’”", "“Ö”", "CAFÉ…", Cyrillic', () => {
    for (const text of ['He called it ‘café’”', 'the “Ö” sign', 'CAFÉ…', 'Ð¼Ð¾Ñ', 'Plain café, naïve Zürich — “fine”']) {
      expect(repairMojibake(text)).toBe(text);
    }
  });

  it('property: leaves text of accented letters, quotation marks and dashes as it is', () => {
    const chars = fc.constantFrom(...'aeÉÁÖÜéàçñüößÈÍÓÚ’“”‘—–…€™ .,'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      expect(repairMojibake(text)).toBe(text);
    }));
  });

  it('property: undoes the misreading of any text of Latin letters, punctuation and spaces', () => {
    const latin = fc.constantFrom(...'aeioué àçñüöß ÉÁ’“”—–…€ 123.,'.split(''));
    fc.assert(fc.property(fc.array(latin, { maxLength: 40 }).map((cs) => cs.join('')), (text) => {
      expect(repairMojibake(misread(text))).toBe(text);
    }));
  });

  it('is applied to every article as it is read: "FranÃ§ois" in a file is "François" in the briefing', () => {
    const parsed = parseArticleText('a.json', JSON.stringify({ title: 'Hollande in SÃ£o Paulo', body: 'FranÃ§ois Hollande spoke.' }));
    expect(parsed.ok && [parsed.article.title, parsed.article.body]).toEqual(['Hollande in São Paulo', 'François Hollande spoke.']);
  });
});
