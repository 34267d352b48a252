// The gateway side of the local Discord server: sharding, RESUME, heartbeats, tokens, compression and
// Discord's close codes for protocol errors.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { constants, createInflate } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connectClient, onInteraction, useDiscordFixtures } from './discordjs-client.ts';
import { snowflake } from './server.ts';

const fixtures = useDiscordFixtures();

describe('gateway sessions', () => {
  it('splits guilds across shards by (guild_id >> 22) % shards and routes interactions to the owning shard', async () => {
    const now = Date.now();
    const [even, odd] = [snowflake(now + 10), snowflake(now + 11)]; // consecutive ms: different shard of 2
    const { discord, client } = await fixtures.start(
      { shardCount: 2, guilds: [{ id: even, name: 'A' }, { id: odd, name: 'B' }] },
      { shards: 'auto' }, // the shard count then comes from GET /gateway/bot
    );
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`shard ${i.guild?.shardId}`);
    });

    await discord.waitForReady({ shards: 2 });
    const replies = await Promise.all([even, odd].map((guildId) => discord.sendCommand({ name: 'where', guildId }).original()));

    expect(discord.sessions.map((s) => [s.shardId, s.shardCount]).sort()).toEqual([[0, 2], [1, 2]]);
    const expected = [even, odd].map((id) => `shard ${Number((BigInt(id) >> 22n) % 2n)}`);
    expect(replies.map((m) => m.content)).toEqual(expected);
    expect(new Set(expected).size).toBe(2);
  });

  it('answers RESUME after a reconnect request and replays what was dispatched meanwhile', async () => {
    const { discord, client } = await fixtures.start();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply('still here');
    });

    discord.reconnectShard(0);
    await expect.poll(() => discord.sessions[0]?.connected).toBe(false);
    const ix = discord.sendCommand({ name: 'brief' }); // dispatched while the client is away

    expect((await ix.original()).content).toBe('still here');
    expect(discord.sessions).toMatchObject([{ resumes: 1, connected: true }]);
    expect(discord.gatewayPayloads.map((p) => p.op)).toEqual([2, 6]);
  });

  it('refuses a wrong token on REST (401) so login fails, when a valid token is configured', async () => {
    const discord = await fixtures.startServer({ validToken: 'right-token' });

    await expect(connectClient(discord, { token: 'wrong-token' })).rejects.toThrow(/token/i);
    expect(discord.requests({ route: '/gateway/bot' }).map((r) => r.status)).toEqual([401]);
  });

  it('speaks zlib-stream to clients that ask for it', async () => {
    const discord = await fixtures.startServer();
    const socket = new WebSocket(`${discord.gatewayUrl}/?v=10&encoding=json&compress=zlib-stream`);
    fixtures.defer(() => Promise.resolve(socket.close()));
    const inflate = createInflate();

    const frame = await new Promise<Buffer>((resolve) => socket.once('message', (data: Buffer) => resolve(data)));
    const text = await new Promise<string>((resolve) => {
      inflate.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8')));
      inflate.write(frame, () => inflate.flush(constants.Z_SYNC_FLUSH));
    });

    expect(frame.subarray(-4)).toEqual(Buffer.from([0x00, 0x00, 0xff, 0xff]));
    expect(JSON.parse(text)).toMatchObject({ op: 10, d: { heartbeat_interval: 41250 } });
  });

  it('acknowledges heartbeats, so discord.js measures a ping and never drops the connection as a zombie', async () => {
    const { discord, client } = await fixtures.start({ heartbeatIntervalMs: 40 });

    await sleep(300);

    expect(client.ws.ping).toBeGreaterThanOrEqual(0);
    expect(discord.sessions).toMatchObject([{ connected: true, resumes: 0 }]);
  });

  it('closes with Discord\'s codes on protocol errors', async () => {
    const discord = await fixtures.startServer();
    const closeCodeAfter = async (query: string, ...payloads: object[]): Promise<number> => {
      const socket = new WebSocket(`${discord.gatewayUrl}/?${query}`);
      fixtures.defer(() => socket.terminate());
      await once(socket, 'message'); // HELLO, or nothing if the query is refused
      for (const payload of payloads) socket.send(JSON.stringify(payload));
      const [code] = (await once(socket, 'close')) as [number];
      return code;
    };
    const identify = (shard: [number, number]) => ({ op: 2, d: { token: discord.token, intents: 1, properties: {}, shard } });

    expect(await closeCodeAfter('v=10&encoding=json', { op: 99, d: null })).toBe(4001);
    expect(await closeCodeAfter('v=10&encoding=json', { op: 3, d: { status: 'online' } })).toBe(4003);
    expect(await closeCodeAfter('v=10&encoding=json', identify([0, 1]), identify([0, 1]))).toBe(4005);
    expect(await closeCodeAfter('v=10&encoding=json', identify([2, 2]))).toBe(4010);
  });
});
