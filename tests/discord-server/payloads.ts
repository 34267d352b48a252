// Turns the server's state into the JSON Discord sends: users, members, roles, channels, guilds, messages.
// Shapes follow what discord.js reads when it builds its cache (checked against its sources).
import type { APIMessage, APIUser } from 'discord.js';
import { DM_CHANNEL_TYPE, type ChannelRecord, type DiscordState, type GuildRecord, type RoleRecord } from './state.ts';
import type { RecordedMessage } from './types.ts';

export type Payload = Record<string, unknown>;

const INTERACTION_RESPONSE_MESSAGE_TYPE = 20;
const DEFAULT_MESSAGE_TYPE = 0;

export function rolePayload(role: RoleRecord): Payload {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: role.position,
    permissions: role.permissions.toString(),
    managed: role.managed,
    mentionable: false,
    flags: 0,
  };
}

export function memberPayload(state: DiscordState, guild: GuildRecord, user: APIUser): Payload {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: state.roleIdsOf(guild, user.id),
    joined_at: guild.createdAt,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
}

export function channelPayload(channel: ChannelRecord, state: DiscordState): Payload {
  if (channel.type === DM_CHANNEL_TYPE) {
    const recipient = channel.recipientId === null ? undefined : state.users.get(channel.recipientId);
    return { id: channel.id, type: DM_CHANNEL_TYPE, last_message_id: null, flags: 0, recipients: recipient ? [recipient] : [] };
  }
  return {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position: channel.position,
    parent_id: channel.parentId,
    topic: channel.topic,
    nsfw: false,
    flags: 0,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: channel.overwrites.map((o) => ({
      id: o.id,
      type: o.type,
      allow: o.allow.toString(),
      deny: o.deny.toString(),
    })),
  };
}

/** The full GUILD_CREATE payload, with the bot among the members so permission checks work. */
export function guildCreatePayload(state: DiscordState, guild: GuildRecord): Payload {
  const members = [...guild.memberIds].flatMap((id) => {
    const user = state.users.get(id);
    return user === undefined ? [] : [memberPayload(state, guild, user)];
  });
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    application_id: null,
    afk_channel_id: null,
    afk_timeout: 300,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    widget_enabled: false,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale,
    vanity_url_code: null,
    max_members: 500000,
    max_video_channel_users: 25,
    features: [],
    roles: guild.roles.map(rolePayload),
    emojis: [],
    stickers: [],
    joined_at: guild.createdAt,
    large: false,
    unavailable: false,
    member_count: members.length,
    members,
    channels: guild.channelIds.map((id) => channelPayload(state.channel(id), state)),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** For a guild-installed app: the guild's id, or "0" when used from a DM with the bot. */
export function integrationOwners(guildId: string | null): Record<string, string> {
  return { '0': guildId ?? '0' };
}

/** The message as the API returns it. */
export function messagePayload(state: DiscordState, message: RecordedMessage): APIMessage {
  const origin = state.messageOrigins.get(message.id);
  const payload: Payload = {
    id: message.id,
    channel_id: message.channelId,
    ...(message.guildId === null ? {} : { guild_id: message.guildId }),
    author: state.botUser,
    content: message.content,
    timestamp: new Date(message.createdAt).toISOString(),
    edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: message.attachments.map((file, index) => ({
      id: `${message.id.slice(0, -2)}${String(index).padStart(2, '0')}`,
      filename: file.filename,
      size: file.size,
      url: `https://cdn.example.invalid/attachments/${message.channelId}/${message.id}/${file.filename}`,
      proxy_url: `https://media.example.invalid/attachments/${message.channelId}/${message.id}/${file.filename}`,
      ...(file.contentType === null ? {} : { content_type: file.contentType }),
    })),
    embeds: message.embeds,
    components: message.components,
    pinned: false,
    type: origin !== undefined && message.source === 'interaction' ? INTERACTION_RESPONSE_MESSAGE_TYPE : DEFAULT_MESSAGE_TYPE,
    flags: message.flags,
    ...(message.nonce === null ? {} : { nonce: message.nonce }),
  };
  if (origin !== undefined) {
    payload.webhook_id = state.applicationId;
    payload.application_id = state.applicationId;
    payload.interaction_metadata = {
      id: origin.id,
      type: origin.type,
      user: origin.user,
      authorizing_integration_owners: integrationOwners(message.guildId),
    };
  }
  // The object above is built field by field after discord-api-types' APIMessage.
  return payload as unknown as APIMessage;
}
