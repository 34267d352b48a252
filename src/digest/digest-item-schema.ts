// DigestItem as stored in a claimed delivery (JSON), checked with zod when read back: a recovered slot must
// re-post exactly the digest it claimed, so the stored copy is the source of truth and must be well-formed.
import { z } from 'zod';
import type { DigestItem } from '../engine/types.ts';

const span = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

const quote = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  // Digests claimed before quotes had roles were stored without one.
  role: z.string().nullable().default(null),
  verb: z.string().nullable(),
  spans: z.array(span),
});

const articleListing = z.object({
  id: z.string().min(1),
  title: z.string(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  wordCount: z.number().int().min(0),
  readingMinutes: z.number().min(0),
});

export const digestItemSchema = z.object({
  article: articleListing,
  summary: z.array(z.string()),
  bestQuote: quote.nullable(),
});

const digestItemsSchema = z.array(digestItemSchema);

export function parseDigestItems(json: string): DigestItem[] {
  return digestItemsSchema.parse(JSON.parse(json));
}
