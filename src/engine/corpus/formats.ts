// Parses one article file's text, by format, into its parts. Pure: no file system, no ids, no logging.
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { cleanBody, paragraphsOf, unescapeQuotes } from './text-cleanup.ts';
import { repairMojibake } from './mojibake.ts';
import { markdownToText } from './markdown.ts';

export interface ParsedArticle {
  readonly title: string;
  readonly body: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly publishedAt: string | null;
}

export type ParseResult = { readonly ok: true; readonly article: ParsedArticle } | { readonly ok: false; readonly reason: string };

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.json'] as const;

export function isArticleFile(name: string): boolean {
  const base = name.split(/[\\/]/).pop() ?? name;
  return !base.startsWith('.') && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(base).toLowerCase());
}

const optionalString = z.string().trim().min(1).optional().catch(undefined);

const jsonArticleSchema = z.object({
  title: optionalString,
  body: z.string({ error: 'needs a "body" string' }).refine((b) => b.trim() !== '', 'has an empty "body"'),
  url: optionalString,
  source: optionalString,
  publishedAt: optionalString,
});

/** A YAML value as text; an empty field (`title:` → null) is absent, not the word "null". */
const frontMatterText = z.preprocess((v) => (v === null || v === undefined || v === '' ? undefined : v), z.coerce.string().optional());

const frontMatterSchema = z
  .object({ title: frontMatterText, source: frontMatterText, url: frontMatterText, published: z.unknown().optional(), publishedAt: z.unknown().optional() })
  .catch({});

/** Seed files open with a slug line such as `Xi_Jinping_Pledges_to_Deepen_Ties`. */
const SEED_SLUG_LINE = /^[\p{L}\p{N}'’-]+(?:_[\p{L}\p{N}'’-]+)+$/u;

export function parseArticleText(fileName: string, content: string): ParseResult {
  const text = content.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  const ext = extname(fileName).toLowerCase();
  if (ext === '.json') return parseJson(text);
  if (ext === '.md' || ext === '.markdown') return parseMarkdown(text);
  return parsePlainOrSeed(text);
}

function parseJson(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, reason: `invalid JSON (${(err as Error).message})` };
  }
  const parsed = jsonArticleSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `not an article: ${parsed.error.issues.map((i) => i.message).join('; ')}` };
  const { title, body, url, source, publishedAt } = parsed.data;
  return finish({ title, body: cleanBody(body), url, source, publishedAt });
}

function parseMarkdown(text: string): ParseResult {
  let rest = text.replace(/\r\n?/g, '\n');
  let meta: z.infer<typeof frontMatterSchema> = {};
  const fm = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(rest);
  if (fm) {
    try {
      meta = frontMatterSchema.parse(parseYaml(fm[1] ?? '') ?? {});
    } catch (err) {
      return { ok: false, reason: `invalid front matter (${(err as Error).message.split('\n')[0]})` };
    }
    rest = rest.slice(fm[0].length);
  }
  let title = meta.title;
  const heading = /^\s*#{1,2}[ \t]+(.+?)[ \t#]*$/m.exec(rest);
  if (heading && rest.slice(0, heading.index).trim() === '') {
    title ??= markdownToText(heading[1] ?? '');
    rest = rest.slice(heading.index + heading[0].length);
  }
  const published = meta.publishedAt ?? meta.published;
  return finish({
    title,
    body: cleanBody(markdownToText(rest)),
    url: meta.url,
    source: meta.source,
    publishedAt: published instanceof Date ? published.toISOString() : typeof published === 'string' ? published : undefined,
  });
}

function parsePlainOrSeed(text: string): ParseResult {
  const paragraphs = paragraphsOf(unescapeQuotes(text));
  let first = paragraphs[0] ?? '';
  if (SEED_SLUG_LINE.test(first)) {
    paragraphs.shift();
    first = paragraphs[0] ?? '';
  }
  // A first paragraph that is one short line is the headline; otherwise the text has none of its own.
  const isHeadline = paragraphs.length > 1 && !first.includes('\n') && first.length <= 200;
  const title = isHeadline ? paragraphs.shift() : undefined;
  return finish({ title, body: cleanBody(paragraphs.join('\n\n')) });
}

interface Draft {
  title: string | undefined;
  body: string;
  url?: string | undefined;
  source?: string | undefined;
  publishedAt?: string | undefined;
}

function finish(draft: Draft): ParseResult {
  if (draft.body.trim() === '') return { ok: false, reason: 'no body text' };
  const body = repairMojibake(draft.body);
  const title = repairMojibake(draft.title?.trim() || titleFromBody(body));
  const date = draft.publishedAt ? new Date(draft.publishedAt) : null;
  return {
    ok: true,
    article: {
      title,
      body,
      url: draft.url ?? null,
      source: draft.source ?? null,
      publishedAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
    },
  };
}

/** A headline for text that has none: its opening words, cut at a word boundary. */
export function titleFromBody(body: string): string {
  const firstLine = body.split('\n')[0] ?? '';
  if (firstLine.length <= 90) return firstLine;
  const cut = firstLine.slice(0, 90);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}
