// Digest fan-out: 1,000 subscriptions due in the same minute, one per channel, delivered by the real app
// (createApp, the discord.js transport, node-cron firing at the slot) through the local Discord server enforcing
// Discord's limits: 50 requests/s per bot, 5 messages per 5 s per channel. The floor is N / 50 seconds.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../../src/bot/app.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createDigestStore } from '../../src/digest/store.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { snowflake, startDiscordServer, type GuildSpec } from '../discord-server/server.ts';

export interface DigestFanoutFigures {
  /** From the slot (the minute boundary) to the last digest landing. */
  digestFanoutSeconds: number;
  /** N / 50: what Discord's global limit allows at best. */
  digestFanoutFloorSeconds: number;
  /** 429s the server answered (global and per-channel). */
  digest429s: number;
  /** Messages beyond one per (channel, nonce): a subscription and slot posted twice. */
  digestDuplicates: number;
  /** Subscriptions whose channel got no digest. */
  digestLost: number;
}

const GLOBAL_PER_SECOND = 50;
const CHANNELS_PER_GUILD = 100;
const MINUTE = 60_000;
/** Start-up (1,000 jobs, 10 guilds) must be done before the slot; this is a wide margin for it. */
const SETUP_MARGIN_MS = 10_000;
/** Give up waiting this long after the floor: what has not landed by then is counted as lost. */
const GRACE_MS = 60_000;

export async function digestFanoutFigures(count = 1_000): Promise<DigestFanoutFigures> {
  const guilds: GuildSpec[] = [];
  const channelIds: string[] = [];
  for (let g = 0; g * CHANNELS_PER_GUILD < count; g++) {
    const ids = Array.from({ length: Math.min(CHANNELS_PER_GUILD, count - g * CHANNELS_PER_GUILD) }, () => snowflake());
    channelIds.push(...ids);
    guilds.push({ id: snowflake(), name: `Guild ${g}`, channels: ids.map((id, i) => ({ id, name: `news-${i}` })) });
  }
  const discord = await startDiscordServer({
    guilds,
    globalRateLimit: { perSecond: GLOBAL_PER_SECOND },
    channelMessageLimit: { count: 5, windowMs: 5_000 },
  });
  const seedsDir = mkdtempSync(join(tmpdir(), 'briefbot-fanout-seeds-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-fanout-data-'));
  try {
    for (const seed of ['000_74c523f694d52965.txt', '002_9206196dad91dbd5.txt']) copyFileSync(join('seeds', seed), join(seedsDir, seed));
    const slot = new Date(Math.ceil((Date.now() + SETUP_MARGIN_MS) / MINUTE) * MINUTE);
    subscribeAll(dataDir, guilds, slot);

    const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, SEEDS_DIR: seedsDir, DATA_DIR: dataDir });
    const app = createApp({ config, logger: silentLogger(), transport: 'discord' });
    try {
      await app.start();
      await discord.waitForReady({ timeoutMs: 30_000 });
      if (Date.now() >= slot.getTime()) throw new Error('start-up took longer than the margin before the slot');
      const deadline = slot.getTime() + (count / GLOBAL_PER_SECOND) * 1000 + GRACE_MS;
      const landed = () => channelIds.filter((id) => discord.messages(id).length > 0).length;
      while (landed() < count && Date.now() < deadline) await sleep(50);
    } finally {
      await app.stop(); // waits for runs still in flight, so late duplicates are counted too
    }

    let last = 0;
    let duplicates = 0;
    let lost = 0;
    for (const id of channelIds) {
      const messages = discord.messages(id);
      if (messages.length === 0) lost++;
      duplicates += messages.length - new Set(messages.map((m) => m.nonce)).size;
      for (const m of messages) last = Math.max(last, m.createdAt);
    }
    return {
      digestFanoutSeconds: last === 0 ? Number.NaN : (last - slot.getTime()) / 1000,
      digestFanoutFloorSeconds: count / GLOBAL_PER_SECOND,
      digest429s: discord.rateLimitHits.length,
      digestDuplicates: duplicates,
      digestLost: lost,
    };
  } finally {
    await discord.close();
    rmSync(seedsDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One daily subscription per channel, all at the slot's minute (UTC), written straight into the store. */
function subscribeAll(dataDir: string, guilds: readonly GuildSpec[], slot: Date): void {
  const db = openDatabase(dataDir);
  try {
    const store = createDigestStore(db);
    const cron = `${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`;
    const createdAt = new Date();
    db.transaction(() => {
      for (const guild of guilds) {
        for (const channel of guild.channels ?? []) {
          store.subscriptions.create({
            guildId: guild.id ?? '', channelId: channel.id ?? '', scheduleText: 'daily', cron, timeZone: 'UTC', maxArticles: 5, createdBy: 'bench', createdAt,
          });
        }
      }
    })();
  } finally {
    db.close();
  }
}

// `tsx tests/bench/digest-fanout.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await digestFanoutFigures())}\n`);
}
