// discord.js interactions → the transport-agnostic command path. The only file that knows how a
// Discord interaction replies, defers, edits and updates.
import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import type { Logger } from 'pino';
import type { CommandContext, Invoker, OptionReader } from '../../../commands/types.ts';
import { findButtonOwner, findCommand } from '../../../commands/index.ts';
import type { MessagePayload } from '../../render/payload.ts';
import { respond, runButton, type Responder } from '../dispatch.ts';
import type { Services } from '../services.ts';

export function toDiscordOptions(payload: MessagePayload): Omit<InteractionReplyOptions, 'flags'> {
  return {
    content: payload.content,
    embeds: payload.embeds ?? [],
    components: payload.components ?? [],
    allowedMentions: { parse: [] },
  };
}

export async function handleInteraction(interaction: Interaction, services: Services, logger: Logger): Promise<void> {
  const log = logger.child({ interaction: interaction.id, user: interaction.user.id, guild: interaction.guildId ?? undefined });
  try {
    if (interaction.isChatInputCommand()) await onCommand(interaction, services, log.child({ command: interaction.commandName }));
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction, services, log.child({ autocomplete: interaction.commandName }));
    else if (interaction.isButton()) await onButton(interaction, services, log.child({ button: interaction.customId.split(':')[0] }));
  } catch (err) {
    // The dispatch path never throws; this is the last net so nothing reaches the process.
    log.error({ err }, 'unhandled interaction failure');
  }
}

function invoker(interaction: Interaction): Invoker {
  return {
    id: interaction.user.id,
    name: interaction.user.username,
    canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
  };
}

function optionReader(interaction: ChatInputCommandInteraction | AutocompleteInteraction): OptionReader {
  const { options } = interaction;
  return {
    string: (name) => {
      const value = options.get(name)?.value;
      return typeof value === 'string' ? value : null;
    },
    integer: (name) => {
      const value = options.get(name)?.value;
      return typeof value === 'number' ? value : null;
    },
    channel: (name) => {
      const value = options.get(name)?.value;
      return typeof value === 'string' ? value : null;
    },
    subcommand: () => options.getSubcommand(false),
  };
}

function contextOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction, services: Services, log: Logger): CommandContext {
  return { options: optionReader(interaction), user: invoker(interaction), guildId: interaction.guildId, channelId: interaction.channelId, services, log };
}

async function onCommand(interaction: ChatInputCommandInteraction, services: Services, log: Logger): Promise<void> {
  const command = findCommand(interaction.commandName);
  if (!command) {
    log.warn('unknown command (registered commands are out of date: run npm run deploy)');
    await interaction.reply({ content: 'This command is no longer available.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  let deferredPublic = false;
  const responder: Responder = {
    async defer(ephemeral) {
      deferredPublic = !ephemeral;
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async send({ payload, ephemeral }) {
      if (!interaction.deferred && !interaction.replied) {
        await interaction.reply({ ...toDiscordOptions(payload), flags: ephemeral ? MessageFlags.Ephemeral : undefined });
      } else if (ephemeral && deferredPublic) {
        // A public "thinking…" cannot turn private: remove it and answer privately instead.
        await interaction.deleteReply();
        await interaction.followUp({ ...toDiscordOptions(payload), flags: MessageFlags.Ephemeral });
      } else {
        await interaction.editReply(toDiscordOptions(payload));
      }
    },
  };
  const started = performance.now();
  await respond(() => command.execute(contextOf(interaction, services, log)), responder, log, { ephemeral: command.ephemeral, deferImmediately: command.deferImmediately });
  log.info({ ms: Math.round(performance.now() - started) }, 'command answered');
}

async function onAutocomplete(interaction: AutocompleteInteraction, services: Services, log: Logger): Promise<void> {
  const command = findCommand(interaction.commandName);
  let choices: readonly { name: string; value: string }[] = [];
  try {
    const focused = interaction.options.getFocused(true);
    if (command?.autocomplete) choices = await command.autocomplete({ ...contextOf(interaction, services, log), focused: { name: focused.name, value: String(focused.value) } });
  } catch (err) {
    log.error({ err }, 'autocomplete failed');
  }
  await interaction.respond([...choices]);
}

async function onButton(interaction: ButtonInteraction, services: Services, log: Logger): Promise<void> {
  const owner = findButtonOwner(interaction.customId);
  if (!owner?.command.buttons) {
    // A button from an older version of the bot: acknowledge it rather than let Discord say it failed.
    await interaction.reply({ content: 'These buttons no longer work. Run the command again.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const { buttons } = owner.command;
  const ctx = { user: invoker(interaction), guildId: interaction.guildId, channelId: interaction.channelId, services, log, args: owner.args };
  const answer = await runButton(() => buttons.handle(ctx), log);
  if (answer.kind === 'update') await interaction.update(toDiscordOptions(answer.payload));
  else await interaction.reply({ ...toDiscordOptions(answer.payload), flags: answer.ephemeral ? MessageFlags.Ephemeral : undefined });
}
