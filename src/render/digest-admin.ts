// What /digest answers admins: a new subscription with its next runs, the list, and each action's result.
import type { RunTime } from '../digest/schedule.ts';
import type { DigestRunResult, Subscription } from '../digest/types.ts';
import { fitEmbed } from './embed-fit.ts';
import { plural } from './format.ts';
import { EMBED_FIELD_COUNT_LIMIT } from './limits.ts';
import { BRAND_COLOR, noMentions, type EmbedField, type MessagePayload } from './payload.ts';
import { inlineText } from './safe-text.ts';

/** Channel ids come from Discord as digits; only then is `<#id>` emitted (channel links never ping). */
const channelLink = (id: string): string => (/^\d{1,20}$/.test(id) ? `<#${id}>` : `#${inlineText(id, 100)}`);

const describe = (s: Subscription): string =>
  `${channelLink(s.channelId)} · ${inlineText(s.scheduleText, 100)} (${inlineText(s.timeZone, 60)}) · up to ${plural(s.maxArticles, 'article')}`;

export function renderSubscribed(s: Subscription, description: string, nextRuns: readonly RunTime[]): MessagePayload {
  const runs = nextRuns.map((r) => `• ${inlineText(r.text, 120)}`).join('\n');
  const embed = {
    title: `Digest ${s.id} scheduled`,
    description: `${describe(s)}\n${inlineText(description, 300)}\n\n**Next runs**\n${runs || 'none in the next years'}`,
    color: BRAND_COLOR,
    footer: { text: `Manage it with /digest preview, send, pause, resume or remove id:${s.id}` },
  };
  return { embeds: [fitEmbed(embed)], allowed_mentions: noMentions() };
}

export function renderSubscriptionList(items: readonly { subscription: Subscription; next: RunTime | null }[]): MessagePayload {
  if (items.length === 0) return { content: 'This server has no digests yet. Start one with /digest subscribe.', allowed_mentions: noMentions() };
  const fields: EmbedField[] = items.slice(0, EMBED_FIELD_COUNT_LIMIT).map(({ subscription: s, next }) => ({
    name: `${s.id}${s.paused ? ' · paused' : ''}`,
    // Each part is already safe (describe escapes what admins typed); fitEmbed enforces the field limit.
    value: [
      describe(s),
      s.paused ? `Paused: ${inlineText(s.pauseReason ?? 'by an admin', 300)}` : `Next: ${inlineText(next?.text ?? 'not scheduled', 200)}`,
      `Last: ${inlineText(s.lastResult ?? 'not run yet', 300)}`,
    ].join('\n'),
    inline: false,
  }));
  const more = items.length > fields.length ? ` (showing ${fields.length})` : '';
  return { embeds: [fitEmbed({ title: `Digests in this server: ${items.length}${more}`, color: BRAND_COLOR, fields })], allowed_mentions: noMentions() };
}

export function renderRunResult(id: string, result: DigestRunResult): MessagePayload {
  const text = ((): string => {
    switch (result.status) {
      case 'posted':
        return `Digest ${id} posted: ${plural(result.articleIds.length, 'article')} in ${plural(result.messageIds.length, 'message')}.`;
      case 'nothing-new':
        return `Digest ${id}: nothing new since the last one, so nothing was posted.`;
      case 'already-done':
        return `Digest ${id} was already sent this minute.`;
      case 'failed':
        return `Digest ${id} could not be posted: ${inlineText(result.error, 500)}${result.paused ? ' It is now paused after repeated failures; fix the channel, then /digest resume.' : ''}`;
      case 'not-found':
        return `Digest ${id} no longer exists.`;
      case 'not-owned':
        return `Digest ${id} is handled by another shard of the bot; try again in a moment.`;
    }
  })();
  return { content: text, allowed_mentions: noMentions() };
}

export function renderSubscriptionChanged(s: Subscription, action: 'paused' | 'resumed' | 'removed'): MessagePayload {
  return { content: `Digest ${s.id} for ${channelLink(s.channelId)} ${action}.`, allowed_mentions: noMentions() };
}
