// The console mode shows payloads as plain text: what a Discord user would read, without Discord.
import { unescapeMarkdown } from './escape.ts';
import type { ActionRow, Embed, MessagePayload } from './payload.ts';
import { isBlank } from './text.ts';

/** Content, then each embed (title underlined, fields as "name: value", footer), then buttons as "[ Next ]". */
export function renderAsText(payload: MessagePayload): string {
  const blocks: string[] = [];
  if (payload.content !== undefined && payload.content !== '') blocks.push(plain(payload.content));
  for (const embed of payload.embeds ?? []) blocks.push(embedText(embed));
  const buttons = (payload.components ?? []).map(rowText).filter((row) => row !== '');
  if (buttons.length > 0) blocks.push(buttons.join('\n'));
  return blocks.join('\n\n');
}

/** Several messages (a digest), separated by a blank line. */
export function renderMessagesAsText(payloads: readonly MessagePayload[]): string {
  return payloads.map(renderAsText).join('\n\n');
}

function embedText(embed: Embed): string {
  const lines: string[] = [];
  if (embed.title !== undefined) {
    const title = plain(embed.title);
    lines.push(title, '='.repeat(Math.max(1, [...title].length)));
  }
  if (embed.url !== undefined) lines.push(embed.url);
  if (embed.author !== undefined) lines.push(`by ${embed.author.name}`);
  if (embed.description !== undefined) lines.push(plain(embed.description));
  if ((embed.fields ?? []).length > 0) lines.push('');
  for (const field of embed.fields ?? []) {
    const value = plain(field.value).replace(/\n/gu, '\n  ');
    // A blank name continues the field above it (e.g. the second key quote), so it reads as part of that list.
    lines.push(isBlank(field.name) ? `  ${value}` : `${plain(field.name)}: ${value}`);
  }
  const footer = [embed.footer?.text ?? '', embed.timestamp?.slice(0, 10) ?? ''].filter((part) => part !== '');
  if (footer.length > 0) lines.push('', footer.join(' · '));
  return lines.join('\n');
}

function rowText(row: ActionRow): string {
  return row.components.map((b) => `[ ${b.label}${b.disabled === true ? ' (disabled)' : ''} ]`).join(' ');
}

/** Markdown as read: "[text](url)" becomes "text <url>", our bold/italic stars vanish, escapes are undone. */
function plain(markdown: string): string {
  const linked = markdown.replace(/(?<!\\)\[((?:\\.|[^\\\]])*)\]\((https?:\/\/[^\s)]+)\)/gu, '$1 <$2>');
  // Any star not escaped is ours (article text has all of its stars escaped), so it is formatting.
  const unstarred = linked.replace(/(\\.)|\*/gu, (_match, escaped: string | undefined) => escaped ?? '');
  return unescapeMarkdown(unstarred);
}
