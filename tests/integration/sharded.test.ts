// `npm run start:sharded`: one process per shard; each runs the digests of the guilds it holds only,
// so a digest due in two guilds on two shards is posted once in each, never twice.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { createDigestStore } from '../../src/digest/store.ts';
import { shardOfGuild, snowflake, startDiscordServer } from '../discord-server/server.ts';
import { useCleanup } from '../helpers/cleanup.ts';

const cleanup = useCleanup();

/** A guild id that Discord's formula puts on `shard` of `count`. */
function guildOnShard(shard: number, count: number): string {
  for (;;) {
    const id = snowflake();
    if (shardOfGuild(id, count) === shard) return id;
  }
}

describe('sharded start', () => {
  it('delivers a due digest once per guild, from the shard that holds it', async () => {
    const guilds = [guildOnShard(0, 2), guildOnShard(1, 2)];
    const channels = [snowflake(), snowflake()];
    const discord = await startDiscordServer({
      shardCount: 2,
      guilds: guilds.map((id, i) => ({ id, name: `Guild ${i}`, channels: [{ id: channels[i], name: 'news' }] })),
    });
    cleanup.defer(() => discord.close());
    const dataDir = cleanup.tempDir('briefbot-sharded-');

    // A daily slot ten minutes ago in UTC: each shard's start-up catch-up owes it once.
    const due = new Date(Date.now() - 10 * 60_000);
    const db = openDatabase(dataDir);
    const store = createDigestStore(db);
    guilds.forEach((guildId, i) => {
      store.subscriptions.create({
        guildId,
        channelId: channels[i] ?? '',
        scheduleText: 'daily',
        cron: `${due.getUTCMinutes()} ${due.getUTCHours()} * * *`,
        timeZone: 'UTC',
        maxArticles: 2,
        createdBy: snowflake(),
        createdAt: new Date(Date.now() - 86_400_000),
      });
    });
    db.close();

    const manager = spawn(process.execPath, ['--import', 'tsx', 'src/sharded.ts'], {
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, SEEDS_DIR: 'seeds', DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    // The shards inherit the manager's stdout: their JSON log lines arrive here.
    let output = '';
    manager.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => manager.on('exit', resolve));
    cleanup.defer(async () => {
      manager.kill('SIGTERM');
      await exited;
    });

    await discord.waitForReady({ shards: 2, timeoutMs: 30_000 });
    for (const channel of channels) await discord.waitForMessages(channel ?? '', 1, { timeoutMs: 20_000 });
    // Give a wrong shard time to post a duplicate, if it were going to.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(channels.map((c) => discord.messages(c ?? '').length)).toEqual([1, 1]);
    expect(new Set(discord.sessions.map((s) => s.shardId))).toEqual(new Set([0, 1]));
    // The store would stop a duplicate anyway; what proves ownership is that each shard took on one guild only.
    const reports = output
      .split('\n')
      .filter((l) => l.includes('"digests scheduled"'))
      .map((l) => JSON.parse(l) as { scheduled: number; caughtUp: number });
    expect(reports.map(({ scheduled, caughtUp }) => ({ scheduled, caughtUp }))).toEqual([
      { scheduled: 1, caughtUp: 1 },
      { scheduled: 1, caughtUp: 1 },
    ]);
  }, 60_000);
});
