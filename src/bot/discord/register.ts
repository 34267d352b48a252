// Registers every command with one bulk overwrite: guild commands while developing, global otherwise.
import { Routes, type REST } from 'discord.js';
import { commandDefinitions } from '../../../commands/index.ts';

export interface Registration {
  readonly applicationId: string;
  readonly guildId: string | undefined;
}

export function registrationRoute({ applicationId, guildId }: Registration): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
}

export async function registerCommands(rest: REST, target: Registration): Promise<number> {
  const result = (await rest.put(registrationRoute(target), { body: commandDefinitions() })) as unknown[];
  return result.length;
}
