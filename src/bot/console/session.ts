// The local console: slash commands typed or piped on stdin run through the same handlers and the
// same dispatch path as on Discord, and what the bot would post is printed as text.
import { createInterface } from 'node:readline';
import { ApplicationCommandOptionType } from 'discord.js';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { CommandContext, OptionReader, Reply } from '../../../commands/types.ts';
import { commands, findButtonOwner, findCommand } from '../../../commands/index.ts';
import { renderAsText } from '../../render/console-text.ts';
import type { MessagePayload } from '../../render/payload.ts';
import { respond, runButton } from '../dispatch.ts';
import type { Services } from '../services.ts';
import { parseConsoleLine, type ConsoleGrammar } from './parse-line.ts';

export const CONSOLE_USER = { id: '000000000000000001', name: 'console', canManageGuild: true } as const;
export const CONSOLE_GUILD = '000000000000000002';
export const CONSOLE_CHANNEL = '000000000000000003';

export interface ConsoleIO {
  readonly input: Readable;
  readonly output: Writable;
}

const grammar: ConsoleGrammar = {
  subcommandsOf(name) {
    const command = findCommand(name);
    return (command?.data.options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand).map((o) => o.name);
  },
  optionsOf(name, subcommand) {
    const top = findCommand(name)?.data.options ?? [];
    const scope = subcommand ? top.find((o) => o.name === subcommand && o.type === ApplicationCommandOptionType.Subcommand) : undefined;
    const options = scope && 'options' in scope ? (scope.options ?? []) : top;
    return options.map((o) => o.name);
  },
};

function readerOf(options: ReadonlyMap<string, string>, subcommand: string | null): OptionReader {
  const value = (name: string): string | null => options.get(name) ?? null;
  return {
    string: value,
    integer: (name) => {
      const raw = value(name);
      return raw === null || !/^-?\d+$/.test(raw) ? null : Number(raw);
    },
    // Accept "#123", "<#123>" or a bare id, as a person might type it.
    channel: (name) => value(name)?.replace(/^<?#?|>$/g, '') ?? null,
    subcommand: () => subcommand,
  };
}

/** Runs until `/quit` or the end of input. */
export async function runConsole(io: ConsoleIO, services: Services, logger: Logger, signal?: AbortSignal): Promise<void> {
  const print = (text: string): void => void io.output.write(`${text}\n`);
  const show = (payload: MessagePayload, ephemeral: boolean): void => print(`${renderAsText(payload)}${ephemeral ? '\n(only you can see this)' : ''}\n`);
  let lastButtons: MessagePayload['components'] = [];
  const lines = createInterface({ input: io.input, terminal: false, signal });
  print('briefbot console — type /help, or /quit to leave.');
  try {
    await readLines();
  } catch (err) {
    // stop() aborts the read; anything else is a real failure.
    if ((err as Error).name !== 'AbortError') throw err;
  } finally {
    lines.close();
  }

  async function readLines(): Promise<void> {
  for await (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed === '/quit' || trimmed === '/exit') break;
    const log = logger.child({ console: true });
    if (trimmed === '/next' || trimmed === '/previous' || trimmed === '/prev') {
      const label = trimmed === '/next' ? 'Next' : 'Previous';
      const button = lastButtons?.flatMap((row) => row.components).find((b) => b.label.includes(label) && !b.disabled);
      const owner = button ? findButtonOwner(button.custom_id) : undefined;
      if (!owner?.command.buttons) {
        print(`There is no ${label} page.`);
        continue;
      }
      const { buttons } = owner.command;
      const answer = await runButton(() => buttons.handle({ user: CONSOLE_USER, guildId: CONSOLE_GUILD, channelId: CONSOLE_CHANNEL, services, log, args: owner.args }), log);
      if (answer.kind === 'update') lastButtons = answer.payload.components;
      show(answer.payload, answer.kind === 'reply' && answer.ephemeral);
      continue;
    }
    const parsed = parseConsoleLine(trimmed, grammar);
    const command = parsed ? findCommand(parsed.name) : undefined;
    if (!parsed || !command) {
      print(`Unknown command ${trimmed.split(/\s/)[0]}. Commands: ${commands.map((c) => `/${c.data.name}`).join(', ')}, /quit.`);
      continue;
    }
    const ctx: CommandContext = { options: readerOf(parsed.options, parsed.subcommand), user: CONSOLE_USER, guildId: CONSOLE_GUILD, channelId: CONSOLE_CHANNEL, services, log };
    await respond(() => command.execute(ctx), {
      defer: () => Promise.resolve(),
      send: (reply: Reply) => {
        lastButtons = reply.payload.components;
        show(reply.payload, reply.ephemeral);
        return Promise.resolve();
      },
    }, log, { ephemeral: command.ephemeral });
  }
  }
}
