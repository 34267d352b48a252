// `npm start`: the bot on Discord, or — with no DISCORD_TOKEN — the local console.
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config/env.ts';
import { createLogger } from './logging/logger.ts';
import { createApp } from './bot/app.ts';

function readConfig(): Config {
  try {
    loadDotEnv();
    return loadConfig();
  } catch (err) {
    process.stderr.write(`${err instanceof ConfigError ? err.message : String(err)}\nSee .env.example for every variable.\n`);
    process.exit(1);
  }
}

const config = readConfig();
const consoleMode = !config.discord.token;
// In console mode stdout is the conversation, so logs go to stderr.
const logger = createLogger({ level: config.logLevel, pretty: !config.production, destination: consoleMode ? 2 : 1 });
if (consoleMode) process.stderr.write('No DISCORD_TOKEN set: opening the local console (type /help; /quit to leave).\n');

let app: ReturnType<typeof createApp>;
try {
  app = createApp({ config, logger });
} catch (err) {
  // e.g. DATA_DIR not writable, or a database written by a newer version.
  logger.fatal({ err }, 'could not start');
  process.exit(1);
}

const shutdown = (signal: string): void => {
  logger.info({ signal }, 'shutting down');
  app.stop().then(
    () => process.exit(0),
    (err: unknown) => {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
// Nothing crashes the process silently: log, then let the supervisor restart us cleanly.
process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
process.on('uncaughtException', (err) => {
  logger.fatal({ err }, 'uncaught exception');
  shutdown('uncaughtException');
});

try {
  await app.start();
  await app.done;
  await app.stop();
} catch (err) {
  logger.fatal({ err }, 'could not start');
  await app.stop().catch(() => undefined);
  process.exitCode = 1;
}
