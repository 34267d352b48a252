// The briefing engine's front door: a corpus kept indexed, briefings on demand, and search.
import { Corpus } from './corpus/corpus.ts';
import { BoundedCache } from './bounded-cache.ts';
import { analyze, keyQuotes, type ArticleFacts } from './analysis.ts';
import { summarize } from './summarize.ts';
import { extractEntities } from './entities.ts';
import { ArticleIndex } from './search/article-index.ts';
import { QuoteIndex, type QuoteQuery } from './search/quote-index.ts';
import { resolveArticle, type ArticleResolution } from './resolve.ts';
import type { Article, ArticleHit, ArticleListing, Briefing, DigestItem, QuoteHit, SummarySize } from './types.ts';

export type { ArticleResolution };

/** Briefings kept ready; a Discord server tends to ask about the same few articles. */
const BRIEFING_CACHE_SIZE = 256;

export class BriefingEngine {
  private readonly facts = new Map<string, ArticleFacts>();
  private readonly articles = new ArticleIndex();
  private readonly quotes = new QuoteIndex();
  private readonly briefings = new BoundedCache<Briefing>(BRIEFING_CACHE_SIZE);
  private readonly digestItems = new BoundedCache<DigestItem>(BRIEFING_CACHE_SIZE);
  private primed: { readonly body: string; readonly facts: ArticleFacts } | null = null;

  constructor(readonly corpus: Corpus = new Corpus()) {
    for (const article of corpus.list()) this.index(article);
    corpus.onChange((change) => {
      if (change.type === 'changed') this.unindex(change.previous);
      if (change.type === 'removed') this.unindex(change.article);
      else this.index(change.article);
    });
  }

  get(id: string): Article | undefined {
    return this.corpus.get(id);
  }

  /** Newest first. */
  list(): readonly Article[] {
    return this.corpus.list();
  }

  brief(article: Article, size: SummarySize = { length: 'standard' }): Briefing {
    const key = `${article.id}\u0000${article.contentHash}\u0000${JSON.stringify(size)}`;
    return this.briefings.get(key, () => this.compose(article, size));
  }

  private compose(article: Article, size: SummarySize): Briefing {
    const facts = this.factsOf(article);
    return {
      id: article.id,
      title: article.title,
      body: article.body,
      summary: summarize(article, size),
      quotes: facts.quotes,
      // (A full name the quotes have found speaking is a person's: the lists read the quotes' speakers.)
      entities: extractEntities(article.body, article.title, new Set(facts.quotes.flatMap((q) => q.speaker ?? []))),
      wordCount: facts.wordCount,
      readingMinutes: facts.readingMinutes,
      source: article.source,
      url: article.url,
      publishedAt: article.publishedAt,
    };
  }

  listing(article: Article): ArticleListing {
    const { wordCount, readingMinutes } = this.factsOf(article);
    const { id, title, source, url, publishedAt } = article;
    return { id, title, source, url, publishedAt, wordCount, readingMinutes };
  }

  /** Ranked by relevance; an empty query lists the corpus newest first. */
  searchArticles(query: string, options: { typing?: boolean; titlesOnly?: boolean } = {}): ArticleHit[] {
    if (query.trim() === '') return this.corpus.list().map((a) => ({ article: this.listing(a), score: 0 }));
    return this.articles.search(query, options).flatMap(({ id, score }) => {
      const article = this.corpus.get(id);
      return article ? [{ article: this.listing(article), score }] : [];
    });
  }

  /** What a person meant by an id or a few words: one article, several candidates, or none. */
  resolve(text: string): ArticleResolution {
    return resolveArticle(text, {
      byId: (id) => this.corpus.get(id),
      titleMatches: (q) => this.articles.search(q, { titlesOnly: true }),
      fullTextMatches: (q) => this.articles.search(q),
    });
  }

  searchQuotes(query: QuoteQuery): QuoteHit[] {
    return this.quotes.search(query).map(({ record, score }) => ({ quote: record.quote, articleId: record.articleId, articleTitle: record.articleTitle, score }));
  }

  speakers(part = '', limit = 25): string[] {
    return this.quotes.speakers(part, limit);
  }

  randomQuote(random: () => number = Math.random): QuoteHit | null {
    const all = this.quotes.all().filter((r) => r.quote.speaker !== null);
    const pick = all[Math.floor(random() * all.length)];
    return pick ? { quote: pick.quote, articleId: pick.articleId, articleTitle: pick.articleTitle, score: 0 } : null;
  }

  get quoteCount(): number {
    return this.quotes.size;
  }

  /**
   * An article as a digest shows it: a one-to-two-sentence summary and its best quote. Cached by content: every
   * channel due at one slot asks for the same few newest articles, and summarizing them once per channel made
   * claiming a thousand digests block the event loop for a third of a second.
   */
  digestItem(article: Article): DigestItem {
    return this.digestItems.get(`${article.id}\u0000${article.contentHash}`, () => {
      const [bestQuote] = keyQuotes(this.factsOf(article).quotes, 1);
      return { article: this.listing(article), summary: summarize(article, { length: 'short' }), bestQuote: bestQuote ?? null };
    });
  }

  private factsOf(article: Article): ArticleFacts {
    const known = this.facts.get(article.id);
    if (known) return known;
    const computed = analyze(article);
    this.facts.set(article.id, computed);
    return computed;
  }

  /**
   * Facts computed elsewhere (by a loading helper thread) for the article with this body, about to be put into the
   * corpus: indexing it uses them instead of analyzing it again. (The body is the very string the corpus will hold, so
   * the comparison is by reference: no second pass over the text.)
   */
  prime(body: string, facts: ArticleFacts): void {
    this.primed = { body, facts };
  }

  private index(article: Article): void {
    const primed = this.primed?.body === article.body ? this.primed.facts : null;
    this.primed = null;
    const facts = primed ?? analyze(article);
    this.facts.set(article.id, facts);
    this.articles.add(article);
    this.quotes.setArticleQuotes(article, facts.quotes);
  }

  private unindex(article: Article): void {
    this.facts.delete(article.id);
    this.articles.remove(article.id);
    this.quotes.removeArticle(article.id);
  }
}
