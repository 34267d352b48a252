import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { splitSentences } from '../../../src/engine/text/sentences.ts';

const texts = (body: string): string[] => splitSentences(body).map((s) => s.text);

describe('splitSentences: abbreviations, initials and numbers', () => {
  it('does not split after titles such as Mr., Mrs., Dr., Gen., Sen., Rep. and St.', () => {
    expect(texts('Mr. Smith met Mrs. Lee and Dr. Jones. Gen. Ray and Sen. Fox came. Rep. Hall went to St. Louis. Done.')).toEqual([
      'Mr. Smith met Mrs. Lee and Dr. Jones.',
      'Gen. Ray and Sen. Fox came.',
      'Rep. Hall went to St. Louis.',
      'Done.',
    ]);
  });

  it('keeps month abbreviations and No. together with the number that follows', () => {
    expect(texts('It opened on Jan. 5 and closed Feb. 12. No. 5 won. He said no. Then he left.')).toEqual([
      'It opened on Jan. 5 and closed Feb. 12.',
      'No. 5 won.',
      'He said no.',
      'Then he left.',
    ]);
  });

  it('does not split inside company suffixes unless a new sentence clearly starts', () => {
    expect(texts('Apple Inc. said so. He works for Acme Corp. The firm grew. Smith & Co. Ltd. agreed.')).toEqual([
      'Apple Inc. said so.',
      'He works for Acme Corp.',
      'The firm grew.',
      'Smith & Co. Ltd. agreed.',
    ]);
  });

  it('does not split after vs., v., e.g., i.e. or etc. inside a sentence', () => {
    expect(texts('Smith vs. Jones, Roe v. Wade, e.g. today, i.e. now, etc. and more. They sold pears, etc. The end.')).toEqual([
      'Smith vs. Jones, Roe v. Wade, e.g. today, i.e. now, etc. and more.',
      'They sold pears, etc.',
      'The end.',
    ]);
  });

  it('splits after U.S., U.K. and U.N. only when a new sentence starts', () => {
    expect(texts('He lives in the U.S. The U.S. Army agreed. She left the U.K. and the U.N. for good.')).toEqual([
      'He lives in the U.S.',
      'The U.S. Army agreed.',
      'She left the U.K. and the U.N. for good.',
    ]);
  });

  it('does not split after a.m. or p.m. followed by a name, but does before a new sentence', () => {
    expect(texts('At 10 a.m. Monday it began. It ended at 5 p.m. The crowd left.')).toEqual([
      'At 10 a.m. Monday it began.',
      'It ended at 5 p.m.',
      'The crowd left.',
    ]);
  });

  it('keeps initials with the name: J. K. Rowling, George W. Bush', () => {
    expect(texts('J. K. Rowling met George W. Bush. It was odd.')).toEqual(['J. K. Rowling met George W. Bush.', 'It was odd.']);
  });

  it('does not split inside numbers: $1.5 million, 3.14, 10.30am', () => {
    expect(texts('It cost $1.5 million, or 3.14 times more, at 10.30am. Then it ended.')).toEqual([
      'It cost $1.5 million, or 3.14 times more, at 10.30am.',
      'Then it ended.',
    ]);
  });

  it('splits after a year or a number that ends a sentence', () => {
    expect(texts('He was born in 1950. He died in 2010.')).toEqual(['He was born in 1950.', 'He died in 2010.']);
  });
});

describe('splitSentences: punctuation and quotations', () => {
  it('splits after a closing quote when the next sentence starts', () => {
    expect(texts('"We will win." She left.')).toEqual(['"We will win."', 'She left.']);
  });

  it('does not split a quoted question followed by its lowercase attribution', () => {
    expect(texts('"Will we win?" he asked. Nobody knew.')).toEqual(['"Will we win?" he asked.', 'Nobody knew.']);
  });

  it('does not split a quoted question followed by a named speaker and a speech verb', () => {
    expect(texts('"Will we win?" Smith asked. Nobody knew.')).toEqual(['"Will we win?" Smith asked.', 'Nobody knew.']);
  });

  it('ends a sentence after the quote mark for ." and .” and .\'', () => {
    for (const [open, close] of [['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’']]) {
      expect(texts(`He said it was ${open}over.${close} Then he left.`)).toEqual([`He said it was ${open}over.${close}`, 'Then he left.']);
    }
  });

  it('starts the next sentence at a detached opening quote', () => {
    expect(texts("He defended her. ' It was remarkable,' she said.")).toEqual(['He defended her.', "' It was remarkable,' she said."]);
  });

  it('splits after ?! and ellipses followed by a capital, not before a lowercase word', () => {
    expect(texts('Really?! Yes. Wait... What? I thought… maybe not. Hmm . . . Then what?')).toEqual([
      'Really?!',
      'Yes.',
      'Wait...',
      'What?',
      'I thought… maybe not.',
      'Hmm . . .',
      'Then what?',
    ]);
  });

  it('always ends a sentence at a paragraph break, blank line or single newline', () => {
    const body = 'First para has no period\n\nSecond one. Two sentences\nThird paragraph';
    expect(splitSentences(body).map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'First para has no period'],
      [1, 'Second one.'],
      [1, 'Two sentences'],
      [2, 'Third paragraph'],
    ]);
  });

  it('does not count empty paragraphs', () => {
    expect(splitSentences('\n\nOne.\n\n   \n\nTwo.\n').map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('splits a caption glued to the next sentence by a lost line break', () => {
    expect(texts('Bowe now tweets for $20 He was once the champion.')).toEqual(['Bowe now tweets for $20', 'He was once the champion.']);
  });

  it('splits where a page lost the space after a sentence, but not inside a word, a number or an acronym', () => {
    expect(texts('Figures go back to 2011.Mr Schmidt said so (Unicef).Many agree. Welcome to the club!Bayern won.'))
      .toEqual(['Figures go back to 2011.', 'Mr Schmidt said so (Unicef).', 'Many agree.', 'Welcome to the club!',
        'Bayern won.']);
    expect(texts('Mr.Smith saw example.com, 3.14, section 1.A and the U.S.A. in version 2.0 today.'))
      .toEqual(['Mr.Smith saw example.com, 3.14, section 1.A and the U.S.A. in version 2.0 today.']);
    // (A number's period glued to an acronym is one too: no decimal has capitals after it.)
    expect(texts('The fee is meant to be £35.NHS Improvement said so.'))
      .toEqual(['The fee is meant to be £35.', 'NHS Improvement said so.']);
  });

  it('does not split at a capitalized pronoun inside a title', () => {
    expect(texts('She read Where We Go From Here last week.')).toEqual(['She read Where We Go From Here last week.']);
  });

  it('returns exact offsets into the body', () => {
    const body = '  Mr. Smith left.   "Why?" he asked.\n\n Done. ';
    for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
    expect(texts(body)).toEqual(['Mr. Smith left.', '"Why?" he asked.', 'Done.']);
  });

  it('returns nothing for an empty or blank body', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n \t ')).toEqual([]);
  });
});

// Bodies built from pieces that exercise every rule: abbreviations, quotes, numbers, breaks.
const piece = fc.constantFrom(
  'Mr.', 'Dr.', 'U.S.', 'Inc.', 'J.', 'a.m.', 'No.', 'Jan.', 'e.g.', 'etc.', '3.14', '$1.5', 'He', 'She', 'the', 'The', 'word',
  'Word', 'said', 'asked', '.', '?', '!', '?!', '...', '…', '"', "'", '“', '”', '‘', '’', '(', ')', '. . .', 'iPhone', '5',
);
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00a0', '');
const body = fc
  .array(fc.tuple(piece, separator), { maxLength: 60 })
  .map((parts) => parts.map(([p, s]) => p + s).join(''));
const anyBody = fc.oneof(body, fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }));

describe('splitSentences: properties', () => {
  it('returns trimmed, non-empty sentences whose offsets slice the body exactly', () => {
    fc.assert(
      fc.property(anyBody, (b) => {
        for (const s of splitSentences(b)) {
          expect(b.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('returns sentences in order, without overlap, with paragraphs counted from 0 in steps of at most 1', () => {
    fc.assert(
      fc.property(anyBody, (b) => {
        const sentences = splitSentences(b);
        sentences.forEach((s, i) => {
          const prev = sentences[i - 1];
          if (!prev) return expect(s.paragraph).toBe(0);
          expect(s.start).toBeGreaterThanOrEqual(prev.end);
          expect(s.paragraph - prev.paragraph).toBeGreaterThanOrEqual(0);
          expect(s.paragraph - prev.paragraph).toBeLessThanOrEqual(1);
          // A newline between two sentences is a paragraph break, and only a newline is.
          expect(s.paragraph > prev.paragraph).toBe(b.slice(prev.end, s.start).includes('\n'));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('covers every non-whitespace character of the body', () => {
    fc.assert(
      fc.property(anyBody, (b) => {
        const covered = new Uint8Array(b.length);
        for (const s of splitSentences(b)) covered.fill(1, s.start, s.end);
        for (let i = 0; i < b.length; i++) if (!/\s/.test(b[i] ?? '')) expect(covered[i]).toBe(1);
      }),
      { numRuns: 500 },
    );
  });

  it('never puts a newline inside a sentence', () => {
    fc.assert(fc.property(anyBody, (b) => splitSentences(b).every((s) => !s.text.includes('\n'))), { numRuns: 300 });
  });
});
