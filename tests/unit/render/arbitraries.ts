// Hostile inputs for property tests: the text an article, a speaker or a user could bring, at its worst.
import fc from 'fast-check';
import type { ArticleListing, Briefing, DigestItem, Entities, Quote, QuoteHit } from '../../../src/engine/types.ts';

/** Pieces that stress one rule each: mentions, markdown, surrogates (paired and lone), graphemes, boundaries. */
const NASTY_PIECES = [
  '@everyone', '@here', '@EVERYONE', '<@123>', '<@!42>', '<@&45>', '<#67>', '</brief:1>', '<t:1700000000>',
  '*', '**', '_', '__', '~~', '`', '```', '||', '>', '>>> ', '#', '## ', '-', '-# ', '+', '1.', '2)', '[', ']', '(', ')',
  '[link](https://evil.example)', '\\', '\\*', '👍🏽', '👨‍👩‍👧', '🇫🇷', '\uD83D', '\uDE00', 'é', 'e\u0301', 'Z̷̢͔a̸l̴g̵o̶',
  '\u200B', '\u00A0', ' ', '  ', '\n', '\n\n', '\t', '. ', '! ', '? ', '.” ', 'Mr. ', 'U.S. ', 'J. ', ', ', '“', '”',
  'word', 'Xi Jinping', 'tariffs', 'https://example.com/a_b(c)', '…',
];

const pieces = fc.array(fc.constantFrom(...NASTY_PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

/** A few very large texts: one endless word, endless words, endless mentions/markup/emoji. */
const huge = fc.constantFrom(
  'a'.repeat(12_000),
  'word '.repeat(3_000),
  'Sentence number one is here. '.repeat(400),
  '@everyone '.repeat(1_500),
  '*_~`|'.repeat(2_000),
  '😀'.repeat(5_000),
  `${'x'.repeat(5_000)} ${'y'.repeat(5_000)}`,
  '\n\n'.repeat(3_000),
);

/** Any text: random unicode (graphemes and raw code points), mixed nasty pieces, or huge. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 4, arbitrary: pieces },
  { weight: 1, arbitrary: huge },
);

/** Well-formed text only (no lone surrogates), for properties that compare output with input. */
export const wellFormedText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  pieces.map((s) => s.replace(/[\uD800-\uDFFF]/gu, '')),
  huge,
);

const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const texts = (maxLength: number): fc.Arbitrary<string[]> => fc.array(hostileText, { maxLength });
const anyNumber = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.double(), fc.constant(0));
const anyDate = nullable(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), hostileText));
const anyUrl = nullable(fc.oneof(fc.webUrl(), hostileText, fc.constant('javascript:alert(1)')));

export const quote: fc.Arbitrary<Quote> = fc.record({
  text: hostileText,
  speaker: nullable(hostileText),
  role: nullable(hostileText),
  verb: nullable(fc.constantFrom('said', 'told')),
  spans: fc.constant([]),
});

export const entities: fc.Arbitrary<Entities> = fc.record({
  people: texts(40),
  organizations: texts(40),
  places: texts(40),
});

export const briefing: fc.Arbitrary<Briefing> = fc.record({
  id: hostileText,
  title: hostileText,
  body: fc.constant(''),
  summary: texts(8),
  quotes: fc.array(quote, { maxLength: 6 }),
  entities,
  wordCount: anyNumber,
  readingMinutes: anyNumber,
  source: nullable(hostileText),
  url: anyUrl,
  publishedAt: anyDate,
});

export const listing: fc.Arbitrary<ArticleListing> = fc.record({
  id: hostileText,
  title: hostileText,
  source: nullable(hostileText),
  url: anyUrl,
  publishedAt: anyDate,
  wordCount: anyNumber,
  readingMinutes: anyNumber,
});

export const quoteHit: fc.Arbitrary<QuoteHit> = fc.record({
  quote,
  articleId: hostileText,
  articleTitle: hostileText,
  score: fc.double(),
});

export const digestItem: fc.Arbitrary<DigestItem> = fc.record({
  article: listing,
  summary: texts(4),
  bestQuote: nullable(quote),
});
