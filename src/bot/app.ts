// The one factory that assembles briefbot: engine, storage, digests and a transport (Discord or the
// console). Tests, the console and production all build the app here, with their own clock and I/O.
import type { Logger } from 'pino';
import type { Config } from '../config/env.ts';
import { engineForDirectory } from '../engine/open.ts';
import { openDatabase, type SqliteDatabase } from '../storage/database.ts';
import { createDigestStore } from '../digest/store.ts';
import { createDigestScheduler } from '../digest/scheduler.ts';
import { systemClock, type Clock, type DigestTransport } from '../digest/types.ts';
import { renderDigest } from '../render/digest.ts';
import type { MessagePayload } from '../render/payload.ts';
import { helpEntries } from '../../commands/index.ts';
import { createDigestService, engineContent } from './digest-service.ts';
import type { ChannelAccess, Services } from './services.ts';
import { createDiscordTransport } from './discord/transport.ts';
import { createConsoleTransport, type ConsoleIO } from './console/transport.ts';

export interface AppOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock?: Clock;
  /** Default: Discord when a token is configured, else the console on stdin/stdout. */
  readonly transport?: 'discord' | 'console';
  readonly console?: ConsoleIO;
  /** Sharding: which guilds this process runs digests for (default: all the transport sees). */
  readonly ownsGuild?: (guildId: string) => boolean;
}

/** The edge an app talks to the world through. */
export interface Transport {
  readonly digests: DigestTransport<MessagePayload>;
  channelAccess(guildId: string, channelId: string): Promise<ChannelAccess>;
  ownsGuild(guildId: string): boolean;
  start(services: Services): Promise<void>;
  /** Resolves when the transport has ended by itself (console: end of input; Discord: session lost for good). */
  readonly done: Promise<void>;
  /** Stops taking interactions and waits (bounded) for those in flight. */
  drain(): Promise<void>;
  /** Disconnects; called after the digest scheduler has stopped, since digests post through the transport. */
  stop(): Promise<void>;
}

export interface App {
  start(): Promise<void>;
  /** Idempotent: the second call returns the first call's promise. */
  stop(): Promise<void>;
  /** Resolves when the app should exit (the console's input ended or /quit). */
  readonly done: Promise<void>;
  readonly services: Services;
}

export function createApp(options: AppOptions): App {
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const kind = options.transport ?? (config.discord.token ? 'discord' : 'console');
  // The corpus loads in start(), with helper threads for a large one; nothing answers before it has.
  const opened = engineForDirectory(config.seedsDir, logger.child({ component: 'corpus' }), { watch: true });
  const db: SqliteDatabase = openDatabase(config.dataDir);
  const store = createDigestStore(db);
  const transport: Transport =
    kind === 'discord' ? createDiscordTransport(config, logger) : createConsoleTransport(options.console ?? { input: process.stdin, output: process.stdout }, logger);
  const scheduler = createDigestScheduler<MessagePayload>({
    store,
    transport: transport.digests,
    content: engineContent(opened.engine),
    compose: (items, header) => renderDigest(items, header),
    logger,
    clock,
    ownsGuild: options.ownsGuild ?? ((guildId) => transport.ownsGuild(guildId)),
    catchupHours: config.digest.catchupHours,
  });
  const services: Services = {
    engine: opened.engine,
    config,
    clock,
    digests: createDigestService({ store, scheduler, clock, settings: { defaultTimeZone: config.defaultTimeZone, minIntervalMinutes: config.digest.minIntervalMinutes } }),
    channelAccess: (guildId, channelId) => transport.channelAccess(guildId, channelId),
    help: helpEntries,
  };

  let stopping: Promise<void> | null = null;
  return {
    services,
    done: transport.done,
    async start() {
      const { skipped, byHelpers, takenBack } = await opened.load();
      logger.info({ articles: opened.engine.corpus.size, skipped, byHelpers, takenBack, dir: config.seedsDir }, 'corpus loaded');
      await transport.start(services);
      const report = await scheduler.start();
      logger.info({ scheduled: report.scheduled, recovered: report.recovered.length, caughtUp: report.caughtUp.length, skipped: report.skipped }, 'digests scheduled');
    },
    stop() {
      stopping ??= (async () => {
        logger.info('stopping');
        // Order matters: no new interactions, then finish replies and runs in flight, then disconnect, then the store.
        await transport.drain().catch((err: unknown) => logger.error({ err }, 'interactions did not drain cleanly'));
        await scheduler.stop().catch((err: unknown) => logger.error({ err }, 'digest scheduler did not stop cleanly'));
        await transport.stop().catch((err: unknown) => logger.error({ err }, 'transport did not stop cleanly'));
        opened.close();
        db.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}
