// Makes any embed legal on its own: each part within its own limit, all parts within the 6,000-character total.
// Renderers budget their embeds up front; this is the safety net that guarantees the limits whatever the input.
import {
  EMBED_AUTHOR_NAME_LIMIT,
  EMBED_DESCRIPTION_LIMIT,
  EMBED_FIELD_COUNT_LIMIT,
  EMBED_FIELD_NAME_LIMIT,
  EMBED_FIELD_VALUE_LIMIT,
  EMBED_FOOTER_TEXT_LIMIT,
  EMBED_TITLE_LIMIT,
  EMBED_TOTAL_LIMIT,
} from './limits.ts';
import type { Embed } from './payload.ts';
import { toWellFormed, truncate } from './text.ts';

/** The characters Discord counts toward the per-message embed total. */
export function embedTextLength(embed: Embed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/**
 * Returns an embed that satisfies every per-embed limit, shortening the longest texts first when over the total.
 * Lone surrogates are repaired too: JSON cannot carry them faithfully.
 */
export function fitEmbed(embed: Embed): Embed {
  const limited: Embed = embed.fields === undefined ? embed : { ...embed, fields: embed.fields.slice(0, EMBED_FIELD_COUNT_LIMIT) };
  const clamped = mapTexts(limited, (text, limit) => truncate(toWellFormed(text), limit));
  if (embedTextLength(clamped) <= EMBED_TOTAL_LIMIT) return clamped;
  const cap = waterLevel(textsOf(clamped).map((t) => t.length), EMBED_TOTAL_LIMIT);
  return mapTexts(clamped, (text) => truncate(text, cap));
}

/** The embed with every text replaced by `change(text, Discord's limit for that text)`. */
function mapTexts(embed: Embed, change: (text: string, limit: number) => string): Embed {
  const mapped: Embed = { ...embed };
  if (embed.title !== undefined) mapped.title = change(embed.title, EMBED_TITLE_LIMIT);
  if (embed.description !== undefined) mapped.description = change(embed.description, EMBED_DESCRIPTION_LIMIT);
  if (embed.footer !== undefined) mapped.footer = { text: change(embed.footer.text, EMBED_FOOTER_TEXT_LIMIT) };
  if (embed.author !== undefined) mapped.author = { name: change(embed.author.name, EMBED_AUTHOR_NAME_LIMIT) };
  if (embed.fields !== undefined) {
    mapped.fields = embed.fields.map((field) => ({
      ...field,
      name: change(field.name, EMBED_FIELD_NAME_LIMIT),
      value: change(field.value, EMBED_FIELD_VALUE_LIMIT),
    }));
  }
  return mapped;
}

function textsOf(embed: Embed): string[] {
  const texts = [embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '', embed.author?.name ?? ''];
  for (const field of embed.fields ?? []) texts.push(field.name, field.value);
  return texts;
}

/**
 * The largest cap c such that the lengths, each clipped to c, sum to at most `budget` ("water-filling"):
 * short texts stay whole, only the longest ones are shortened, and all of them by the same rule.
 */
export function waterLevel(lengths: readonly number[], budget: number): number {
  const clippedSum = (cap: number): number => lengths.reduce((sum, n) => sum + Math.min(n, cap), 0);
  let low = 1;
  let high = Math.max(1, ...lengths);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (clippedSum(mid) <= budget) low = mid;
    else high = mid - 1;
  }
  return low;
}
