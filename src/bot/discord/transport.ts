// The Discord edge: a discord.js client (Guilds intent only, nobody pinged by default) whose
// interactions go through the shared dispatch path, and the REST client that posts digests.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, ShardClientUtil } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config/env.ts';
import type { Transport } from '../app.ts';
import { discordChannelAccess } from './channel-access.ts';
import { discordDigestTransport } from './digest-transport.ts';
import { handleInteraction } from './interactions.ts';

/** How long stop() lets replies in flight finish before the client is destroyed. */
const DRAIN_MS = 5_000;

export function createDiscordClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { api: config.discord.apiUrl },
  });
}

export function createDiscordTransport(config: Config, logger: Logger): Transport {
  const client = createDiscordClient(config);
  const inFlight = new Set<Promise<void>>();
  let draining = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    digests: discordDigestTransport(client.rest),
    channelAccess: (guildId, channelId) => discordChannelAccess(client, guildId, channelId),
    // Sharded: a guild belongs to exactly one shard, by Discord's own formula.
    ownsGuild: (guildId) => !client.shard || client.shard.ids.includes(ShardClientUtil.shardIdForGuildId(guildId, client.shard.count)),
    async start(services) {
      client.on(Events.InteractionCreate, (interaction) => {
        if (draining) return;
        const handled = handleInteraction(interaction, services, logger);
        inFlight.add(handled);
        void handled.finally(() => inFlight.delete(handled));
      });
      client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
      client.on(Events.Warn, (message) => logger.warn(message));
      client.on(Events.ShardError, (err, shardId) => logger.error({ err, shardId }, 'gateway connection error'));
      // discord.js gives up on a session it cannot resume or re-identify: end, so a supervisor restarts us.
      client.on(Events.Invalidated, () => {
        logger.fatal('Discord invalidated the session; stopping');
        finish();
      });
      const ready = once(client, Events.ClientReady);
      await client.login(config.discord.token);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'connected to Discord');
    },
    done,
    async drain() {
      draining = true;
      let timer: NodeJS.Timeout | undefined;
      const drained = Promise.allSettled([...inFlight]);
      await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
      clearTimeout(timer);
    },
    async stop() {
      await client.destroy();
      finish();
    },
  };
}
