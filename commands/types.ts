// The one shape every slash command has: its definition for Discord, its handler, and its help.
// Handlers never touch a discord.js interaction: they read options through OptionReader and return a
// Reply, so the Discord transport and the console run exactly the same code.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Logger } from 'pino';
import type { AutocompleteChoice, MessagePayload } from '../src/render/payload.ts';
import type { Services } from '../src/bot/services.ts';

export interface OptionReader {
  string(name: string): string | null;
  integer(name: string): number | null;
  /** The id of a channel option. */
  channel(name: string): string | null;
  subcommand(): string | null;
}

export interface Invoker {
  readonly id: string;
  readonly name: string;
  /** Whether the member has Manage Server right now (checked at run time, not only at registration). */
  readonly canManageGuild: boolean;
}

export interface CommandContext {
  readonly options: OptionReader;
  readonly user: Invoker;
  readonly guildId: string | null;
  readonly channelId: string | null;
  readonly services: Services;
  readonly log: Logger;
}

export interface AutocompleteContext extends CommandContext {
  readonly focused: { readonly name: string; readonly value: string };
}

export interface ButtonContext extends Omit<CommandContext, 'options'> {
  /** The custom id after the command's prefix and a colon. */
  readonly args: readonly string[];
}

export interface Reply {
  readonly payload: MessagePayload;
  readonly ephemeral: boolean;
}

/** A button's answer: edit the message it sits on, or reply beside it. */
export type ButtonReply = { readonly kind: 'update'; readonly payload: MessagePayload } | ({ readonly kind: 'reply' } & Reply);

export interface Command {
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly help: { readonly summary: string; readonly examples: readonly string[] };
  /** Chosen before the work starts, so a deferral (when work is slow) already has the right visibility. */
  readonly ephemeral: boolean;
  /** Acknowledge at once with a deferral: the handler waits on the network or the disk. */
  readonly deferImmediately?: boolean;
  execute(ctx: CommandContext): Promise<Reply> | Reply;
  autocomplete?(ctx: AutocompleteContext): readonly AutocompleteChoice[] | Promise<readonly AutocompleteChoice[]>;
  /** Buttons whose custom id starts with `${prefix}:` are this command's. */
  readonly buttons?: { readonly prefix: string; handle(ctx: ButtonContext): ButtonReply | Promise<ButtonReply> };
}
