// The local Discord server, proven with the real discord.js client: if these pass, tests written
// against the server exercise the same protocol paths the bot will use against Discord.
// (More behaviour — limits, sharding, resume, compression — is covered in tests/discord-server/*.test.ts.)
import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError, PermissionFlagsBits, RESTEvents, Routes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { onInteraction, sendableChannel, useDiscordFixtures } from '../discord-server/discordjs-client.ts';
import { snowflake } from '../discord-server/server.ts';

const GUILD = snowflake();
const NEWS = snowflake();
const OTHER = snowflake();

const fixtures = useDiscordFixtures({
  guilds: [{ id: GUILD, name: 'Newsroom', channels: [{ id: NEWS, name: 'news' }, { id: OTHER, name: 'other' }] }],
});

describe('discord.js connects to the local server', () => {
  it('logs in, turns ready and caches the guild, its channels and the bot member with its permissions', async () => {
    const { discord, client } = await fixtures.start();
    await discord.waitForReady();

    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('Newsroom');
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual(['news', 'other']);
    const me = guild?.members.me;
    expect(me?.id).toBe(discord.botUser.id);
    expect(guild?.channels.cache.get(NEWS)?.permissionsFor(me!)?.has(PermissionFlagsBits.SendMessages)).toBe(true);
    expect(discord.authorizations).toContain(`Bot ${discord.token}`);
    expect(discord.sessions).toMatchObject([{ shardId: 0, shardCount: 1, connected: true, ready: true }]);
    expect(discord.unhandled).toEqual([]);
  });
});

describe('slash command interactions', () => {
  it('delivers a chat input command whose reply() lands as @original within the deadline', async () => {
    const { discord, client } = await fixtures.start();
    const { errors } = onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: `brief on ${i.options.getString('query', true)} x${i.options.getInteger('count', true)}`, allowedMentions: { parse: [] } });
    });

    const ix = discord.sendCommand({ name: 'brief', options: { query: 'china', count: 3 }, channelId: NEWS });
    const original = await ix.original();

    expect(original.content).toBe('brief on china x3');
    expect(original.allowedMentions).toEqual({ parse: [] });
    expect((await ix.response()).type).toBe(4);
    expect(ix.latencyMs).toBeGreaterThan(0);
    expect(ix.latencyMs).toBeLessThan(3000);
    expect(discord.messages(NEWS)).toEqual([original]);
    expect(errors).toEqual([]);
  });

  it('shows the deferred placeholder until editReply() fills @original', async () => {
    const { discord, client } = await fixtures.start();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await sleep(50);
      await i.editReply({ embeds: [{ title: 'Briefing', description: 'Three things happened.' }] });
    });

    const ix = discord.sendCommand({ name: 'brief' });
    expect((await ix.response()).type).toBe(5);
    const original = await ix.original();

    expect(original.loading).toBe(false);
    expect(original.embeds).toEqual([{ title: 'Briefing', description: 'Three things happened.' }]);
    expect(original.edits).toBe(1);
  });

  it('records followUp() messages apart from @original', async () => {
    const { discord, client } = await fixtures.start();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('part 1');
      await i.followUp({ content: 'part 2', flags: 64 });
    });

    const ix = discord.sendCommand({ name: 'brief' });
    const [followUp] = await ix.waitForFollowUps(1);

    expect((await ix.original()).content).toBe('part 1');
    expect(followUp?.content).toBe('part 2');
    expect(followUp?.source).toBe('follow-up');
    expect(followUp?.flags).toBe(64);
  });

  it('returns the choices of an autocomplete respond()', async () => {
    const { discord, client } = await fixtures.start();
    onInteraction(client, async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond([{ name: `${typed} (2 articles)`, value: typed }]);
    });

    const ac = discord.sendAutocomplete({ name: 'brief', options: { query: 'chi' }, focused: 'query' });

    expect(await ac.choices()).toEqual([{ name: 'chi (2 articles)', value: 'chi' }]);
  });

  it('routes a button click to the message it is on and applies update() to that message', async () => {
    const { discord, client } = await fixtures.start();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) {
        await i.reply({ content: 'page 1', components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'next', label: 'Next' }] }] });
      } else if (i.isButton() && i.customId === 'next') {
        await i.update({ content: `page 2 for ${i.user.username}`, components: [] });
      }
    });
    const command = discord.sendCommand({ name: 'brief' });
    const page = await command.original();

    const click = discord.clickButton({ message: page, customId: 'next', user: { username: 'alice' } });
    const updated = await click.original({ where: (m) => m.edits > 0 });

    expect((await click.response()).type).toBe(7);
    expect(updated.id).toBe(page.id);
    expect(updated.content).toBe('page 2 for alice');
    expect(updated.components).toEqual([]);
    expect(() => discord.clickButton({ message: page, customId: 'next' })).toThrow(/no component "next"/);
  });

  it('answers a callback after the deadline with 10062 and creates no message', async () => {
    const { discord, client } = await fixtures.start({ interactionDeadlineMs: 100 });
    const { errors } = onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await sleep(200);
      await i.reply('too late');
    });

    const ix = discord.sendCommand({ name: 'brief' });
    const rejection = await ix.rejection();

    expect(rejection).toMatchObject({ status: 404, code: 10062 });
    expect(rejection.latencyMs).toBeGreaterThan(100);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
    expect(discord.messages(NEWS)).toEqual([]);
  });

  it('refuses a second callback for the same interaction with 40060', async () => {
    const { discord, client } = await fixtures.start();
    const { errors } = onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('first');
      // discord.js refuses a second reply itself, so go around it to reach the server.
      await client.rest.post(Routes.interactionCallback(i.id, i.token), { body: { type: 4, data: { content: 'second' } }, auth: false });
    });

    const ix = discord.sendCommand({ name: 'brief' });

    expect(await ix.rejection()).toMatchObject({ status: 400, code: 40060 });
    expect((await ix.original()).content).toBe('first');
    await expect.poll(() => errors.length).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(40060);
  });
});

describe('application commands', () => {
  const definitions = [
    { name: 'brief', description: 'Brief an article', options: [{ type: 10, name: 'count', description: 'How many', required: true }] },
    { name: 'quotes', description: 'Quotes of an article' },
  ];

  it('stores a global bulk overwrite with ids, keeps ids on the next overwrite, and types options from it', async () => {
    const { discord, client } = await fixtures.start();
    const first = await client.application.commands.set(definitions);
    const second = await client.application.commands.set(definitions.slice(0, 1));

    expect(discord.commands().map((c) => c.name)).toEqual(['brief']);
    expect(second.first()?.id).toBe(first.find((c) => c.name === 'brief')?.id);
    const ix = discord.sendCommand({ name: 'brief', options: { count: 3 } });
    expect(ix.payload.data).toMatchObject({ id: second.first()?.id, options: [{ name: 'count', type: 10, value: 3 }] });
  });

  it('stores guild commands apart from global ones', async () => {
    const { discord, client } = await fixtures.start();
    await client.guilds.cache.get(GUILD)?.commands.set(definitions);

    expect(discord.commands(GUILD).map((c) => c.name)).toEqual(['brief', 'quotes']);
    expect(discord.commands(GUILD)[0]).toMatchObject({ guild_id: GUILD, application_id: discord.applicationId });
    expect(discord.commands()).toEqual([]);
  });
});

describe('channel messages', () => {
  it('returns the original message for a repeated enforced nonce instead of creating a second one', async () => {
    const { discord, client } = await fixtures.start();
    const channel = await sendableChannel(client, NEWS);

    const first = await channel.send({ content: 'digest', nonce: 'digest-2024-01-01', enforceNonce: true });
    const again = await channel.send({ content: 'digest', nonce: 'digest-2024-01-01', enforceNonce: true });

    expect(again.id).toBe(first.id);
    expect(discord.messages(NEWS)).toHaveLength(1);
    expect(discord.requests({ method: 'POST', route: `/channels/${NEWS}/messages` })).toHaveLength(2);
  });
});

describe('rate limits', () => {
  it('lets discord.js retry a forced 429 transparently: the message lands once', async () => {
    const { discord, client } = await fixtures.start();
    const channel = await sendableChannel(client, NEWS);
    discord.failNext({ method: 'POST', route: /^\/channels\/\d+\/messages$/, status: 429, retryAfterMs: 100 });

    const started = Date.now();
    await channel.send('after a 429');

    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    expect(discord.messages(NEWS).map((m) => m.content)).toEqual(['after a 429']);
    expect(discord.rateLimitHits).toMatchObject([{ scope: 'forced', method: 'POST' }]);
    expect(discord.requests({ method: 'POST' }).map((r) => r.status)).toEqual([429, 200]);
  });

  it('makes a burst over the global limit get 429s that discord.js waits out on every route', async () => {
    const { discord, client } = await fixtures.start({ globalRateLimit: { perSecond: 5 } });
    const channels = [await sendableChannel(client, NEWS), await sendableChannel(client, OTHER)];
    discord.clearRecords();

    // 8 sends on two routes; the window already holds login's GET /gateway/bot, so at most 4 pass at once.
    const clientSaw429 = new Promise<void>((resolve) => {
      client.rest.on(RESTEvents.Response, (_request, response) => {
        if (response.status === 429) resolve();
      });
    });
    const burst = Promise.all(channels.flatMap((channel) => [1, 2, 3, 4].map((n) => channel.send(`burst ${n}`))));
    await clientSaw429;
    await sleep(1); // discord.js reads the 429's headers right after emitting the response
    // A route that never got a 429 must be held back too: the limit is global.
    await client.channels.fetch(OTHER, { force: true });
    await burst;

    const hits = discord.rateLimitHits;
    const firstHit = hits[0]!;
    // Only requests already in flight (one per route) hit the limit; then discord.js holds all routes until the reset.
    expect(hits.length).toBeLessThanOrEqual(channels.length);
    expect(hits.every((h) => h.scope === 'global' && h.method === 'POST')).toBe(true);
    const [fetched] = discord.requests({ method: 'GET', route: `/channels/${OTHER}` });
    expect(fetched?.status).toBe(200);
    expect(fetched!.at).toBeGreaterThanOrEqual(firstHit.at + firstHit.retryAfterMs);
    const blocked = (at: number): boolean => hits.some((h) => at > h.at && at < h.at + h.retryAfterMs);
    expect(discord.requests().filter((r) => r.status !== 429 && blocked(r.at))).toEqual([]);
    expect(discord.messages(NEWS).length + discord.messages(OTHER).length).toBe(8);
  });
});
