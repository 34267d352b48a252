// The engine's vocabulary: every module of the core speaks in these types, none of them knows Discord.

/** One article of the corpus, as parsed from a file. `body` is the text every span indexes. */
export interface Article {
  /** Stable, unique slug of the headline (e.g. `xi-jinping-pledges-to-deepen-china-vietnam-ties`). */
  readonly id: string;
  readonly title: string;
  /** Paragraphs joined by a blank line ("\n\n"), web leftovers removed, `\"` unescaped. */
  readonly body: string;
  readonly source: string | null;
  readonly url: string | null;
  /** ISO-8601 date-time, or null when the file gives none. */
  readonly publishedAt: string | null;
  /** When it entered the corpus (the file's modification time): orders articles that give no publishedAt. */
  readonly addedAt: string;
  /** The file it came from (path as given to the loader), or null for articles built in memory. */
  readonly file: string | null;
  /** sha256 (hex) of the normalized title and body: changes exactly when the content does. */
  readonly contentHash: string;
}

/** A half-open character range `[start, end)` into an article's body. */
export type Span = readonly [start: number, end: number];

/** A sentence of a body with its position. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph it belongs to (0-based). */
  readonly paragraph: number;
}

export interface Quote {
  /** The quoted words, without the quotation marks; pieces of a broken quote joined by a space. */
  readonly text: string;
  /** Fullest name the article gives for the speaker, or null when unknown (never a guess). */
  readonly speaker: string | null;
  /**
   * Who the speaker is, as the article puts it next to their name ("the mayor of Springfield", "of the Sierra
   * Club"), or null when it does not say.
   */
  readonly role: string | null;
  /** The speech verb as written ("said", "stated", "told"), or null. */
  readonly verb: string | null;
  /** One span per piece, each covering the quoted words (inside the quotation marks). */
  readonly spans: readonly Span[];
}

export interface Entities {
  readonly people: readonly string[];
  readonly organizations: readonly string[];
  readonly places: readonly string[];
}

export type SummaryLength = 'short' | 'standard' | 'full';

/** How long a summary should be: a named length or an exact sentence count. */
export type SummarySize = { readonly length: SummaryLength } | { readonly sentences: number };

export interface Briefing {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly summary: readonly string[];
  readonly quotes: readonly Quote[];
  readonly entities: Entities;
  readonly wordCount: number;
  readonly readingMinutes: number;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
}

/** A quote found by search, with the article it comes from. */
export interface QuoteHit {
  readonly quote: Quote;
  readonly articleId: string;
  readonly articleTitle: string;
  readonly score: number;
}

/** A line of the article list: what browsing needs, without the body. */
export interface ArticleListing {
  readonly id: string;
  readonly title: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
  readonly wordCount: number;
  readonly readingMinutes: number;
}

export interface ArticleHit {
  readonly article: ArticleListing;
  readonly score: number;
}

/** One article of a digest: what a channel has not seen yet. */
export interface DigestItem {
  readonly article: ArticleListing;
  readonly summary: readonly string[];
  readonly bestQuote: Quote | null;
}
