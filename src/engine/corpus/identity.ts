// Stable identities for articles: a readable id from the headline, and a hash of the content.
import { createHash } from 'node:crypto';

const MAX_SLUG_LENGTH = 80;

/** "Xi Jinping Pledges to Deepen China-Vietnam Ties" → "xi-jinping-pledges-to-deepen-china-vietnam-ties". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug || 'article';
  // Cut at a word boundary so the id still reads as words.
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

/** The first id not taken among slug, slug-2, slug-3, … */
export function uniqueId(slug: string, taken: (id: string) => boolean): string {
  if (!taken(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

export function contentHash(title: string, body: string): string {
  return createHash('sha256').update(title).update('\n\n').update(body).digest('hex');
}
