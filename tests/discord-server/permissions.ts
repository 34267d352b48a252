// Permission bits and the (simplified) way Discord computes a member's permissions in a channel:
// @everyone | their roles, Administrator means everything, then the channel's overwrites.

export const Permission = {
  CreateInstantInvite: 1n << 0n,
  Administrator: 1n << 3n,
  AddReactions: 1n << 6n,
  Stream: 1n << 9n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  UseVAD: 1n << 25n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

export const ALL_PERMISSIONS = (1n << 53n) - 1n;

/** What @everyone gets in a new guild (close to Discord's default set). */
export const DEFAULT_EVERYONE_PERMISSIONS =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.Stream |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.Connect |
  Permission.Speak |
  Permission.UseVAD |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.CreatePublicThreads |
  Permission.SendMessagesInThreads;

/** What a briefing bot is invited with. */
export const DEFAULT_BOT_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.AddReactions |
  Permission.SendMessagesInThreads;

/** What an ordinary member who runs a command has in the channel. */
export const DEFAULT_MEMBER_PERMISSIONS = DEFAULT_EVERYONE_PERMISSIONS;

/** What forbidChannel takes away from the bot in that channel. */
export const FORBIDDEN_CHANNEL_DENY = Permission.SendMessages | Permission.EmbedLinks | Permission.AttachFiles;

export interface Overwrite {
  readonly id: string;
  /** 0 role, 1 member. */
  readonly type: 0 | 1;
  readonly allow: bigint;
  readonly deny: bigint;
}

export function permissionsInChannel(
  base: bigint,
  overwrites: readonly Overwrite[],
  roleIds: readonly string[],
  memberId: string,
  everyoneRoleId: string,
): bigint {
  if ((base & Permission.Administrator) !== 0n) return ALL_PERMISSIONS;
  let permissions = base;
  const apply = (overwrite: Overwrite | undefined): void => {
    if (overwrite === undefined) return;
    permissions = (permissions & ~overwrite.deny) | overwrite.allow;
  };
  apply(overwrites.find((o) => o.type === 0 && o.id === everyoneRoleId));
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const overwrite of overwrites) {
    if (overwrite.type === 0 && overwrite.id !== everyoneRoleId && roleIds.includes(overwrite.id)) {
      roleAllow |= overwrite.allow;
      roleDeny |= overwrite.deny;
    }
  }
  permissions = (permissions & ~roleDeny) | roleAllow;
  apply(overwrites.find((o) => o.type === 1 && o.id === memberId));
  return permissions;
}

export function toPermissionBits(value: bigint | string | undefined, fallback: bigint): bigint {
  if (value === undefined) return fallback;
  return typeof value === 'bigint' ? value : BigInt(value);
}
