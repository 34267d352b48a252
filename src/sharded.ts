// `npm run start:sharded`: the bot as several shards (discord.js ShardingManager), one process each.
// Each shard runs the digests of the guilds it holds only (see ownsGuild in the Discord transport).
import { REST, Routes, ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, loadDotEnv } from './config/env.ts';
import { createLogger } from './logging/logger.ts';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, pretty: !config.production });
  const { token, apiUrl } = config.discord;
  if (!token) {
    process.stderr.write('start:sharded needs DISCORD_TOKEN; without one, use npm start for the local console.\n');
    process.exitCode = 2;
    return;
  }
  // Ask the configured API (not a hard-coded discord.com) how many shards Discord recommends.
  const { shards } = (await new REST({ api: apiUrl }).setToken(token).get(Routes.gatewayBot())) as { shards: number };
  const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    token,
    totalShards: Math.max(1, shards),
    execArgv: process.execArgv,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, 'shard launched'));
  const stop = (): void => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  try {
    // Each shard loads the whole corpus before it logs in: no ready deadline (discord.js's default is 30 s).
    await manager.spawn({ timeout: -1 });
  } catch (err) {
    logger.fatal({ err }, 'a shard failed to start; stopping every shard');
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(1);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(err instanceof ConfigError ? `${err.message}\n` : `sharded start failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
