// The world the fake Discord serves: users, guilds, channels, messages and registered commands.
// Plain data with small lookups; protocol code (REST, gateway) reads and mutates it.
import type { APIApplicationCommand, APIUser } from 'discord.js';
import { apiErrors } from './http-io.ts';
import {
  DEFAULT_BOT_PERMISSIONS,
  DEFAULT_EVERYONE_PERMISSIONS,
  permissionsInChannel,
  type Overwrite,
} from './permissions.ts';
import { snowflake } from './snowflake.ts';
import type { ChannelKind, GuildSpec, RecordedMessage, UserSpec } from './types.ts';

const CHANNEL_TYPES: Readonly<Record<ChannelKind, number>> = { text: 0, voice: 2, category: 4, announcement: 5, forum: 15 };
export const DM_CHANNEL_TYPE = 1;

export interface ChannelRecord {
  readonly id: string;
  readonly guildId: string | null;
  readonly name: string;
  readonly type: number;
  readonly parentId: string | null;
  readonly topic: string | null;
  readonly position: number;
  readonly overwrites: Overwrite[];
  /** Set by forbidChannel: posting answers 403 50013. */
  forbidden: boolean;
  /** For DM channels: the other user. */
  readonly recipientId: string | null;
}

export interface RoleRecord {
  readonly id: string;
  readonly name: string;
  readonly permissions: bigint;
  readonly position: number;
  readonly managed: boolean;
}

export interface GuildRecord {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly locale: string;
  readonly roles: RoleRecord[];
  readonly botRoleId: string;
  readonly memberIds: Set<string>;
  readonly channelIds: string[];
  readonly createdAt: string;
}

/** What a message that answers an interaction needs to say about it (`interaction_metadata`). */
export interface InteractionOrigin {
  readonly id: string;
  readonly type: number;
  readonly user: APIUser;
}

export class DiscordState {
  readonly users = new Map<string, APIUser>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new Map<string, RecordedMessage>();
  readonly messageOrigins = new Map<string, InteractionOrigin>();
  private readonly channelMessages = new Map<string, RecordedMessage[]>();
  private readonly nonces = new Map<string, { readonly messageId: string; readonly at: number }>();
  /** Registered commands by scope: `global` or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  readonly botUser: APIUser;

  constructor(
    readonly applicationId: string,
    botUser: UserSpec,
  ) {
    this.botUser = this.user({ id: applicationId, username: 'briefbot', ...botUser, bot: true });
  }

  /** The user with this spec's id (created on first sight), so repeated interactions share one user. */
  user(spec: UserSpec = {}): APIUser {
    const id = spec.id ?? snowflake();
    const known = this.users.get(id);
    if (known !== undefined && spec.username === undefined && spec.globalName === undefined) return known;
    const username = spec.username ?? known?.username ?? `user${id.slice(-4)}`;
    const user: APIUser = {
      id,
      username,
      discriminator: '0',
      global_name: spec.globalName === undefined ? (known?.global_name ?? null) : spec.globalName,
      avatar: null,
      ...(spec.bot === true ? { bot: true } : {}),
    };
    this.users.set(id, user);
    return user;
  }

  addGuild(spec: GuildSpec): GuildRecord {
    const id = spec.id ?? snowflake();
    const owner = this.user(spec.ownerId === undefined ? { username: 'owner' } : { id: spec.ownerId });
    const guild: GuildRecord = {
      id,
      name: spec.name,
      ownerId: owner.id,
      locale: spec.locale ?? 'en-US',
      roles: [
        { id, name: '@everyone', permissions: spec.everyonePermissions ?? DEFAULT_EVERYONE_PERMISSIONS, position: 0, managed: false },
      ],
      botRoleId: snowflake(),
      memberIds: new Set([this.botUser.id, owner.id]),
      channelIds: [],
      createdAt: new Date().toISOString(),
    };
    guild.roles.push({
      id: guild.botRoleId,
      name: this.botUser.username,
      permissions: spec.botPermissions ?? DEFAULT_BOT_PERMISSIONS,
      position: 1,
      managed: true,
    });
    for (const member of spec.members ?? []) guild.memberIds.add(this.user(member).id);
    const channels = spec.channels ?? [{ name: 'general' }];
    channels.forEach((channel, position) => {
      const record: ChannelRecord = {
        id: channel.id ?? snowflake(),
        guildId: id,
        name: channel.name,
        type: CHANNEL_TYPES[channel.type ?? 'text'],
        parentId: channel.parentId ?? null,
        topic: channel.topic ?? null,
        position,
        overwrites: [],
        forbidden: false,
        recipientId: null,
      };
      this.channels.set(record.id, record);
      guild.channelIds.push(record.id);
    });
    this.guilds.set(id, guild);
    return guild;
  }

  guild(id: string): GuildRecord {
    const guild = this.guilds.get(id);
    if (guild === undefined) throw apiErrors.unknownGuild();
    return guild;
  }

  channel(id: string): ChannelRecord {
    const channel = this.channels.get(id);
    if (channel === undefined) throw apiErrors.unknownChannel();
    return channel;
  }

  /** The DM channel between the bot and this user, created on first use. */
  dmChannel(userId: string): ChannelRecord {
    for (const channel of this.channels.values()) {
      if (channel.type === DM_CHANNEL_TYPE && channel.recipientId === userId) return channel;
    }
    const channel: ChannelRecord = {
      id: snowflake(),
      guildId: null,
      name: '',
      type: DM_CHANNEL_TYPE,
      parentId: null,
      topic: null,
      position: 0,
      overwrites: [],
      forbidden: false,
      recipientId: userId,
    };
    this.channels.set(channel.id, channel);
    return channel;
  }

  firstTextChannel(guild: GuildRecord): ChannelRecord {
    const id = guild.channelIds.find((channelId) => [0, 5].includes(this.channel(channelId).type));
    if (id === undefined) throw new Error(`guild ${guild.id} has no text channel`);
    return this.channel(id);
  }

  deleteChannel(id: string): ChannelRecord {
    const channel = this.channel(id);
    this.channels.delete(id);
    if (channel.guildId !== null) {
      const ids = this.guild(channel.guildId).channelIds;
      ids.splice(ids.indexOf(id), 1);
    }
    return channel;
  }

  roleIdsOf(guild: GuildRecord, userId: string): string[] {
    return userId === this.botUser.id ? [guild.botRoleId] : [];
  }

  /** The bot's permissions in a channel (everything in DMs a bot can do there). */
  botPermissionsIn(channel: ChannelRecord): bigint {
    if (channel.guildId === null) return DEFAULT_BOT_PERMISSIONS;
    const guild = this.guild(channel.guildId);
    const roleIds = this.roleIdsOf(guild, this.botUser.id);
    const base = guild.roles
      .filter((role) => role.id === guild.id || roleIds.includes(role.id))
      .reduce((bits, role) => bits | role.permissions, 0n);
    return permissionsInChannel(base, channel.overwrites, roleIds, this.botUser.id, guild.id);
  }

  addMessage(message: RecordedMessage, origin?: InteractionOrigin): RecordedMessage {
    this.messages.set(message.id, message);
    if (origin !== undefined) this.messageOrigins.set(message.id, origin);
    const list = this.channelMessages.get(message.channelId) ?? [];
    list.push(message);
    this.channelMessages.set(message.channelId, list);
    return message;
  }

  messagesIn(channelId: string): readonly RecordedMessage[] {
    return this.channelMessages.get(channelId) ?? [];
  }

  message(channelId: string, messageId: string): RecordedMessage {
    const message = this.messages.get(messageId);
    if (message === undefined || message.deleted || message.channelId !== channelId) throw apiErrors.unknownMessage();
    return message;
  }

  /** The message an earlier request created with this nonce, if it is recent enough to count as a retry. */
  messageForNonce(channelId: string, nonce: string | number, windowMs: number, now: number): RecordedMessage | undefined {
    const seen = this.nonces.get(`${channelId}:${String(nonce)}`);
    if (seen === undefined || now - seen.at > windowMs) return undefined;
    return this.messages.get(seen.messageId);
  }

  rememberNonce(channelId: string, nonce: string | number, messageId: string, now: number): void {
    this.nonces.set(`${channelId}:${String(nonce)}`, { messageId, at: now });
  }

  commandsIn(scope: string): readonly APIApplicationCommand[] {
    return this.commands.get(scope) ?? [];
  }
}
