// Builds INTERACTION_CREATE payloads the way Discord does: who, where, with which permissions, the
// command's options typed from its registered definition, and `resolved` data for mentions.
import { randomBytes } from 'node:crypto';
import type { APIApplicationCommand, APIApplicationCommandOption, APIUser } from 'discord.js';
import { isRecord, type JsonRecord } from './http-io.ts';
import { channelPayload, integrationOwners, memberPayload, rolePayload } from './payloads.ts';
import { DEFAULT_MEMBER_PERMISSIONS, toPermissionBits } from './permissions.ts';
import { snowflake } from './snowflake.ts';
import type { ChannelRecord, DiscordState, GuildRecord } from './state.ts';
import type { CommandOptionInput, InteractionContextInput, OptionValue, SendCommandInput, UserSpec } from './types.ts';

const OptionType = { Subcommand: 1, Group: 2, String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Role: 8, Mentionable: 9, Number: 10 } as const;
const ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

export interface InteractionContext {
  readonly guild: GuildRecord | null;
  readonly channel: ChannelRecord;
  readonly user: APIUser;
  readonly permissions: bigint;
  readonly locale: string;
}

export function resolveContext(state: DiscordState, input: InteractionContextInput, defaultUser: UserSpec): InteractionContext {
  const user = state.user(input.user ?? defaultUser);
  const permissions = toPermissionBits(input.permissions, DEFAULT_MEMBER_PERMISSIONS);
  const locale = input.locale ?? 'en-US';
  if (input.dm === true) {
    const channel = input.channelId === undefined ? state.dmChannel(user.id) : state.channel(input.channelId);
    return { guild: null, channel, user, permissions, locale };
  }
  const channelGuildId = input.channelId === undefined ? undefined : state.channel(input.channelId).guildId;
  const guildId = input.guildId ?? channelGuildId ?? state.guilds.keys().next().value;
  if (guildId === undefined || guildId === null) throw new Error('no guild to send the interaction from');
  const guild = state.guild(guildId);
  const channel = input.channelId === undefined ? state.firstTextChannel(guild) : state.channel(input.channelId);
  if (channel.guildId !== guild.id) throw new Error(`channel ${channel.id} is not in guild ${guild.id}`);
  guild.memberIds.add(user.id);
  return { guild, channel, user, permissions, locale };
}

/** The fields every interaction carries (who, where, token, permissions). */
export function interactionBase(state: DiscordState, context: InteractionContext, type: number): JsonRecord {
  const { guild, channel, user } = context;
  const where: JsonRecord =
    guild === null
      ? { user, context: 1 }
      : {
          guild_id: guild.id,
          guild: { id: guild.id, locale: guild.locale, features: [] },
          guild_locale: guild.locale,
          member: { ...memberPayload(state, guild, user), permissions: context.permissions.toString() },
          context: 0,
        };
  return {
    id: snowflake(),
    application_id: state.applicationId,
    type,
    token: `fake.${randomBytes(24).toString('base64url')}`,
    version: 1,
    locale: context.locale,
    entitlements: [],
    authorizing_integration_owners: integrationOwners(guild?.id ?? null),
    app_permissions: state.botPermissionsIn(channel).toString(),
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    channel: channelPayload(channel, state),
    channel_id: channel.id,
    ...where,
  };
}

/** The registered command with this name: the guild's own first, then the global one. */
export function findCommand(state: DiscordState, name: string, guildId: string | null): APIApplicationCommand | undefined {
  const scopes = guildId === null ? ['global'] : [guildId, 'global'];
  for (const scope of scopes) {
    const command = state.commandsIn(scope).find((c) => c.name === name && Number(c.type ?? 1) === 1);
    if (command !== undefined) return command;
  }
  return undefined;
}

function optionList(options: SendCommandInput['options']): CommandOptionInput[] {
  if (options === undefined) return [];
  if (Array.isArray(options)) return [...(options as readonly CommandOptionInput[])];
  return Object.entries(options as Readonly<Record<string, OptionValue>>).map(([name, value]) => ({ name, value }));
}

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

/** The leaf options a command (or its subcommand) declares. */
function declaredLeaves(command: APIApplicationCommand | undefined, input: SendCommandInput): readonly APIApplicationCommandOption[] {
  let options: readonly APIApplicationCommandOption[] = command?.options ?? [];
  for (const name of [input.subcommandGroup, input.subcommand]) {
    if (name === undefined) continue;
    const nested = options.find((o) => o.name === name);
    options = nested !== undefined && 'options' in nested && Array.isArray(nested.options) ? nested.options : [];
  }
  return options;
}

function resolvedFor(state: DiscordState, context: InteractionContext, leaves: readonly JsonRecord[]): JsonRecord | undefined {
  const resolved: Record<string, JsonRecord> = {};
  const put = (kind: string, id: string, value: JsonRecord): void => {
    resolved[kind] = { ...(resolved[kind] ?? {}), [id]: value };
  };
  for (const leaf of leaves) {
    const id = String(leaf.value);
    const type = leaf.type;
    if (type === OptionType.Channel && state.channels.has(id)) {
      put('channels', id, { ...channelPayload(state.channel(id), state), permissions: context.permissions.toString() });
    }
    if ((type === OptionType.User || type === OptionType.Mentionable) && state.users.has(id)) {
      const user = state.user({ id });
      put('users', id, { ...user });
      if (context.guild !== null) {
        const { user: _user, ...member } = memberPayload(state, context.guild, user);
        put('members', id, { ...member, permissions: context.permissions.toString() });
      }
    }
    const role = context.guild?.roles.find((r) => r.id === id);
    if ((type === OptionType.Role || type === OptionType.Mentionable) && role !== undefined) put('roles', id, rolePayload(role));
  }
  return Object.keys(resolved).length === 0 ? undefined : resolved;
}

/** `data` of an APPLICATION_COMMAND (or, with `focused`, an AUTOCOMPLETE) interaction. */
export function commandData(
  state: DiscordState,
  context: InteractionContext,
  input: SendCommandInput,
  focused?: string,
): JsonRecord {
  const command = findCommand(state, input.name, context.guild?.id ?? null);
  const declared = declaredLeaves(command, input);
  const leaves = optionList(input.options).map((option): JsonRecord => {
    const type = option.type ?? declared.find((d) => d.name === option.name)?.type ?? inferType(option.value);
    const value = option.name === focused ? String(option.value) : option.value;
    return { name: option.name, type, value, ...(option.name === focused ? { focused: true } : {}) };
  });
  if (focused !== undefined && !leaves.some((leaf) => leaf.focused === true)) {
    const type = declared.find((d) => d.name === focused)?.type ?? OptionType.String;
    leaves.push({ name: focused, type, value: '', focused: true });
  }
  let options: JsonRecord[] = leaves;
  if (input.subcommand !== undefined) options = [{ name: input.subcommand, type: OptionType.Subcommand, options }];
  if (input.subcommandGroup !== undefined) options = [{ name: input.subcommandGroup, type: OptionType.Group, options }];
  const resolved = resolvedFor(state, context, leaves);
  return {
    id: command?.id ?? snowflake(),
    name: input.name,
    type: 1,
    ...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
    options,
    ...(resolved === undefined ? {} : { resolved }),
  };
}

/** Finds a component by custom_id anywhere in a message's component tree (rows, containers, sections). */
export function findComponent(tree: unknown, customId: string): JsonRecord | undefined {
  if (Array.isArray(tree)) {
    for (const item of tree) {
      const found = findComponent(item, customId);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!isRecord(tree)) return undefined;
  if (tree.custom_id === customId) return tree;
  return findComponent(tree.components, customId) ?? findComponent(tree.accessory, customId);
}
