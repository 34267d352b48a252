// Can the bot post a digest in this channel? Asked before subscribing, so an admin hears it at once.
// Problems name the channel as #name: user errors are escaped, so a <#id> link would show as raw text.
import { ChannelType, PermissionFlagsBits, type Client } from 'discord.js';
import type { ChannelAccess } from '../services.ts';

const NEEDED = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
] as const;

export async function discordChannelAccess(client: Client, guildId: string, channelId: string): Promise<ChannelAccess> {
  const guild = client.guilds.cache.get(guildId);
  const channel = guild?.channels.cache.get(channelId) ?? (await guild?.channels.fetch(channelId).catch(() => null));
  if (!guild || !channel) return { ok: false, problem: 'I cannot find that channel in this server.' };
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) {
    return { ok: false, problem: `#${channel.name} is not a text channel; digests need a text or announcement channel.` };
  }
  const me = guild.members.me ?? (client.user ? await guild.members.fetch(client.user.id).catch(() => null) : null);
  const permissions = me ? channel.permissionsFor(me) : null;
  const missing = NEEDED.filter(([flag]) => !permissions?.has(flag)).map(([, name]) => name);
  if (missing.length > 0) return { ok: false, problem: `I am missing ${missing.join(', ')} in #${channel.name}. Give me those permissions there, then try again.` };
  return { ok: true };
}
