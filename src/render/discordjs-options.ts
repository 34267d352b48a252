// discord.js reads `allowedMentions` (camelCase) from message options and ignores a raw `allowed_mentions` key,
// so handing a raw payload to discord.js as-is would fall back to the client default. This adapter closes that gap
// without importing discord.js: the result matches discord.js's MessageCreateOptions / InteractionReplyOptions.
import type { ActionRow, Embed, MessagePayload } from './payload.ts';

export interface DiscordJsMessageOptions {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  allowedMentions: { parse: never[] };
  flags?: number;
}

export function toDiscordJsOptions(payload: MessagePayload): DiscordJsMessageOptions {
  const options: DiscordJsMessageOptions = { allowedMentions: { parse: [] } };
  if (payload.content !== undefined) options.content = payload.content;
  if (payload.embeds !== undefined) options.embeds = payload.embeds;
  if (payload.components !== undefined) options.components = payload.components;
  if (payload.flags !== undefined) options.flags = payload.flags;
  return options;
}
