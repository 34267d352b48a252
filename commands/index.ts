// Every slash command, in one list, so the compiler and the deploy script see them all.
import type { Command } from './types.ts';
import { articles } from './articles.ts';
import { brief } from './brief.ts';
import { digest } from './digest.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';

export const commands = [brief, quote, articles, digest, help] as const satisfies readonly Command[];

export type CommandName = (typeof commands)[number]['data']['name'];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.data.name === name);
}

export function findButtonOwner(customId: string): { command: Command; args: string[] } | undefined {
  const [prefix = '', ...args] = customId.split(':');
  const command = commands.find((c: Command) => c.buttons?.prefix === prefix);
  return command ? { command, args } : undefined;
}

/** The JSON that registration sends: one bulk overwrite. */
export function commandDefinitions() {
  return commands.map((c) => c.data);
}

export function helpEntries() {
  return commands.map((c) => ({ name: c.data.name, description: c.help.summary, examples: c.help.examples }));
}
