// The whole bot, built by createApp exactly as `npm start` builds it, connected through the real
// discord.js client to the local Discord server, with its own seeds, data directory and clock.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { afterEach } from 'vitest';
import { loadConfig } from '../../../src/config/env.ts';
import { createApp, type App } from '../../../src/bot/app.ts';
import type { Clock } from '../../../src/digest/types.ts';
import { registerCommands } from '../../../src/bot/discord/register.ts';
import { startDiscordServer, snowflake, type DiscordServer, type DiscordServerOptions } from '../../discord-server/server.ts';
import { captureLogger, type LogLine } from '../../helpers/capture-logger.ts';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(private current = new Date('2026-11-23T10:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface BotFixture {
  readonly discord: DiscordServer;
  readonly app: App;
  readonly clock: TestClock;
  readonly guildId: string;
  readonly channels: { readonly general: string; readonly news: string; readonly locked: string };
  readonly seedsDir: string;
  readonly dataDir: string;
  readonly logs: LogLine[];
  readonly logText: () => string;
  /** Stops this app and starts a new one on the same server, seeds and data (a restart). */
  restart(): Promise<App>;
}

export interface BotFixtureOptions {
  readonly server?: DiscordServerOptions;
  /** Extra article files: name → content. */
  readonly articles?: Readonly<Record<string, string>>;
  readonly env?: Readonly<Record<string, string>>;
  readonly clock?: TestClock;
  /** What the app reads the time from, when not `clock` (e.g. vitest's fake Date, which node-cron fires by). */
  readonly appClock?: Clock;
  /** Reuse these directories (a restart across fixtures). */
  readonly dataDir?: string;
}

export function useBot(): (options?: BotFixtureOptions) => Promise<BotFixture> {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()?.();
  });
  return async (options = {}) => {
    const guildId = snowflake();
    const channels = { general: snowflake(), news: snowflake(), locked: snowflake() };
    const discord = await startDiscordServer({
      guilds: [{ id: guildId, name: 'Newsroom', channels: [{ id: channels.general, name: 'general' }, { id: channels.news, name: 'news' }, { id: channels.locked, name: 'locked' }] }],
      ...options.server,
    });
    cleanups.push(() => discord.close());
    discord.forbidChannel(channels.locked);
    const seedsDir = mkdtempSync(join(tmpdir(), 'briefbot-seeds-'));
    const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'briefbot-data-'));
    cleanups.push(() => rmSync(seedsDir, { recursive: true, force: true }));
    if (!options.dataDir) cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    for (const seed of ['000_74c523f694d52965.txt', '002_9206196dad91dbd5.txt']) copyFileSync(join('seeds', seed), join(seedsDir, seed));
    for (const [name, content] of Object.entries(options.articles ?? {})) writeFileSync(join(seedsDir, name), content);
    const config = loadConfig({
      DISCORD_TOKEN: discord.token,
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_API_URL: discord.apiUrl,
      SEEDS_DIR: seedsDir,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'debug',
      ...options.env,
    });
    const { logger, lines, text } = captureLogger();
    const clock = options.clock ?? new TestClock();
    await registerCommands(new REST({ api: discord.apiUrl }).setToken(discord.token), { applicationId: discord.applicationId, guildId });
    const boot = async (): Promise<App> => {
      const app = createApp({ config, logger, clock: options.appClock ?? clock, transport: 'discord' });
      cleanups.push(() => app.stop());
      await app.start();
      await discord.waitForReady();
      return app;
    };
    let app = await boot();
    return {
      discord,
      get app() {
        return app;
      },
      clock,
      guildId,
      channels,
      seedsDir,
      dataDir,
      logs: lines,
      logText: text,
      async restart() {
        await app.stop();
        app = await boot();
        return app;
      },
    };
  };
}

/** Discord's permission bit for Manage Server, as a member of an admin role would have. */
export const MANAGE_GUILD = 1n << 5n;
export const EPHEMERAL = 1 << 6;
