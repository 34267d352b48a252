// The in-memory corpus: articles keyed by file, with stable unique ids, and change events for indexes to follow.
import type { Article } from '../types.ts';
import type { ParsedArticle } from './formats.ts';
import { contentHash, slugify, uniqueId } from './identity.ts';

export type CorpusChange =
  | { readonly type: 'added'; readonly article: Article }
  | { readonly type: 'changed'; readonly article: Article; readonly previous: Article }
  | { readonly type: 'removed'; readonly article: Article };

export type CorpusListener = (change: CorpusChange) => void;

export class Corpus {
  private readonly byId = new Map<string, Article>();
  private readonly idByFile = new Map<string, string>();
  private readonly listeners = new Set<CorpusListener>();
  private newestFirst: Article[] | null = null;

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id);
  }

  byFile(file: string): Article | undefined {
    const id = this.idByFile.get(file);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Every article, newest first (publishedAt, else the time it was added), ties broken by id. */
  list(): readonly Article[] {
    this.newestFirst ??= [...this.byId.values()].sort(
      (a, b) => (b.publishedAt ?? b.addedAt).localeCompare(a.publishedAt ?? a.addedAt) || a.id.localeCompare(b.id),
    );
    return this.newestFirst;
  }

  onChange(listener: CorpusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds or replaces the article read from `file`. The id survives edits that keep the headline,
   * so links and digests keep pointing at the same article.
   */
  put(file: string | null, parsed: ParsedArticle, addedAt: Date): Article {
    const key = file ?? `memory:${parsed.title}`;
    const previous = this.byFile(key);
    const hash = contentHash(parsed.title, parsed.body);
    if (previous && previous.contentHash === hash) return previous;
    const slug = slugify(parsed.title);
    const keepId = previous && slugify(previous.title) === slug;
    const id = keepId ? previous.id : uniqueId(slug, (candidate) => this.byId.has(candidate) && candidate !== previous?.id);
    const article: Article = { id, ...parsed, addedAt: (previous?.addedAt ?? addedAt.toISOString()), file, contentHash: hash };
    if (previous) this.byId.delete(previous.id);
    this.byId.set(id, article);
    this.idByFile.set(key, id);
    this.newestFirst = null;
    this.emit(previous ? { type: 'changed', article, previous } : { type: 'added', article });
    return article;
  }

  remove(file: string): Article | undefined {
    const article = this.byFile(file);
    if (!article) return undefined;
    this.byId.delete(article.id);
    this.idByFile.delete(file);
    this.newestFirst = null;
    this.emit({ type: 'removed', article });
    return article;
  }

  private emit(change: CorpusChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
