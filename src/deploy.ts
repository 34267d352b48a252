// `npm run deploy [-- --dry-run]`: registers the slash commands (or prints the JSON it would send).
import { REST } from 'discord.js';
import { commandDefinitions } from '../commands/index.ts';
import { ConfigError, loadConfig, loadDotEnv } from './config/env.ts';
import { registerCommands, registrationRoute } from './bot/discord/register.ts';

async function deploy(argv: readonly string[]): Promise<number> {
  loadDotEnv();
  const config = loadConfig();
  const { token, applicationId, guildId, apiUrl } = config.discord;
  if (argv.includes('--dry-run')) {
    const route = applicationId ? registrationRoute({ applicationId, guildId }) : '/applications/{DISCORD_APPLICATION_ID}/commands';
    process.stdout.write(`${JSON.stringify({ method: 'PUT', route, body: commandDefinitions() }, null, 2)}\n`);
    return 0;
  }
  if (!token || !applicationId) {
    process.stderr.write('npm run deploy needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example); try --dry-run to see the JSON.\n');
    return 2;
  }
  const rest = new REST({ api: apiUrl }).setToken(token);
  const count = await registerCommands(rest, { applicationId, guildId });
  process.stdout.write(`Registered ${count} commands ${guildId ? `in guild ${guildId}` : 'globally (may take up to an hour to appear)'}.\n`);
  return 0;
}

deploy(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `deploy failed: ${(err as Error).message}\n`);
    process.exitCode = err instanceof ConfigError ? 2 : 1;
  },
);
