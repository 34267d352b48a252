// More of the local Discord server's behaviour, driven through the real discord.js client: DMs, components,
// message and command validation, permissions, unknown routes, retries and per-channel buckets.
import { setTimeout as sleep } from 'node:timers/promises';
import { DiscordAPIError, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { onInteraction, sendableChannel, useDiscordFixtures } from './discordjs-client.ts';
import { snowflake } from './server.ts';

const GUILD = snowflake();
const NEWS = snowflake();
const OTHER = snowflake();

const fixtures = useDiscordFixtures({
  guilds: [{ id: GUILD, name: 'Newsroom', channels: [{ id: NEWS, name: 'news' }, { id: OTHER, name: 'other' }] }],
});

describe('slash command interactions', () => {
  it('lets the first follow-up after a deferral replace the "thinking" placeholder, as Discord does', async () => {
    const { discord, client } = await fixtures.start();
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.followUp('done');
    });

    const ix = discord.sendCommand({ name: 'brief' });
    await ix.waitForFollowUps(1);

    expect((await ix.original()).content).toBe('done');
    expect(discord.messages(discord.guilds[0]!.channels[0]!.id)).toHaveLength(1);
  });

  it('delivers a command from a DM with a user instead of a member, and records the reply in the DM channel', async () => {
    const { discord, client } = await fixtures.start();
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply(`in guild: ${i.inGuild()}, user: ${i.user.username}`);
    });

    const ix = discord.sendCommand({ name: 'brief', dm: true, user: { username: 'dana' } });
    const reply = await ix.original();

    expect(reply.content).toBe('in guild: false, user: dana');
    expect(reply.guildId).toBeNull();
    expect(ix.payload).toMatchObject({ user: { username: 'dana' }, context: 1 });
    expect(ix.payload).not.toHaveProperty('member');
  });

  it('answers with_response callbacks with the created message', async () => {
    const { discord, client } = await fixtures.start();
    const seen: string[] = [];
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'hello', withResponse: true });
      seen.push(response.resource?.message?.content ?? 'no message');
    });

    const ix = discord.sendCommand({ name: 'brief' });
    await ix.original();

    await expect.poll(() => seen).toEqual(['hello']);
    expect(ix.callback?.withResponse).toBe(true);
  });

  it('delivers select menu choices and refuses to click a component the message does not have', async () => {
    const { discord, client } = await fixtures.start();
    const menu = { type: 3, custom_id: 'size', options: ['short', 'full'].map((v) => ({ label: v, value: v })) };
    onInteraction(client, async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: 'pick', components: [{ type: 1, components: [menu] }] });
      if (i.isStringSelectMenu()) await i.update({ content: `size ${i.values.join()}`, components: [] });
    });
    const picker = await discord.sendCommand({ name: 'brief' }).original();

    const choice = discord.selectMenu({ message: picker, customId: 'size', values: ['full'] });

    expect((await choice.original({ where: (m) => m.edits > 0 })).content).toBe('size full');
    expect(() => discord.clickButton({ message: picker, customId: 'size' })).toThrow(/no component/);
  });

  it('fetches @original, edits a follow-up by id and deletes @original through the interaction webhook', async () => {
    const { discord, client } = await fixtures.start();
    const fetched: string[] = [];
    onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('original');
      fetched.push((await i.fetchReply()).content);
      const followUp = await i.followUp('draft');
      await i.editReply({ message: followUp.id, content: 'final' });
      await i.deleteReply();
    });

    const ix = discord.sendCommand({ name: 'brief' });
    const [followUp] = await ix.waitForFollowUps(1);
    await expect.poll(() => discord.messages(NEWS).map((m) => m.content)).toEqual(['final']);

    expect(fetched).toEqual(['original']);
    expect(followUp?.edits).toBe(1);
    expect(discord.messages(NEWS, { includeDeleted: true }).map((m) => [m.content, m.deleted])).toEqual([['original', true], ['final', false]]);
  });

  it('refuses follow-ups once the interaction token has expired (50027)', async () => {
    const { discord, client } = await fixtures.start({ interactionTokenTtlMs: 50 });
    const { errors } = onInteraction(client, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await sleep(100);
      await i.editReply('too late');
    });

    discord.sendCommand({ name: 'brief' });

    await expect.poll(() => errors.length).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(50027);
  });
});

describe('application commands', () => {
  it('rejects a definition Discord would reject (upper-case name, required option after optional) with 50035', async () => {
    const { discord, client } = await fixtures.start();
    const bad = [
      { name: 'Brief', description: 'x' },
      { name: 'ok', description: 'x', options: [{ type: 3, name: 'a', description: 'a' }, { type: 3, name: 'b', description: 'b', required: true }] },
    ];

    const error = await client.application.commands.set(bad).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).message).toMatch(/0\.name\[APPLICATION_COMMAND_INVALID_NAME\]/);
    expect((error as DiscordAPIError).message).toMatch(/1\.options\[1\]\[APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID\]/);
    expect(discord.commands()).toEqual([]);
  });
});

describe('channel messages', () => {
  it('records attachments sent as multipart with payload_json, and allowed_mentions', async () => {
    const { discord, client } = await fixtures.start();
    const channel = await sendableChannel(client, NEWS);

    await channel.send({ content: 'see file', files: [{ attachment: Buffer.from('hello'), name: 'brief.txt' }], allowedMentions: { users: [] } });

    const [message] = discord.messages(NEWS);
    expect(message?.content).toBe('see file');
    expect(message?.attachments).toMatchObject([{ filename: 'brief.txt', size: 5 }]);
    expect(message?.allowedMentions).toEqual({ users: [] });
  });

  it('rejects messages over Discord limits with 50035 and records nothing', async () => {
    const { discord, client } = await fixtures.start();
    const channel = await sendableChannel(client, NEWS);
    const attempts = [
      { content: 'x'.repeat(2001) },
      { embeds: [{ description: 'x'.repeat(4097) }] },
      { embeds: [{ fields: [{ name: 'Quote', value: '' }] }] },
      { embeds: [1, 2].map(() => ({ description: 'x'.repeat(3001) })) },
    ];

    for (const attempt of attempts) {
      const error = await channel.send(attempt).catch((e: unknown) => e);
      expect((error as DiscordAPIError).code).toBe(50035);
    }
    expect(discord.messages(NEWS)).toEqual([]);
  });

  it('answers 403 50013 in a forbidden channel and 404 10003 for a deleted one', async () => {
    const { discord, client } = await fixtures.start();
    const news = await sendableChannel(client, NEWS);
    const other = await sendableChannel(client, OTHER);
    discord.forbidChannel(NEWS);
    discord.deleteChannel(OTHER);

    expect(((await news.send('x').catch((e: unknown) => e)) as DiscordAPIError).code).toBe(50013);
    expect(((await other.send('x').catch((e: unknown) => e)) as DiscordAPIError).code).toBe(10003);
    await expect.poll(() => client.channels.cache.has(OTHER)).toBe(false);
    const me = client.guilds.cache.get(GUILD)!.members.me!;
    expect(client.guilds.cache.get(GUILD)?.channels.cache.get(NEWS)?.permissionsFor(me).has(PermissionFlagsBits.SendMessages)).toBe(false);
  });

  it('answers an unknown route with 404 code 0 and lists it as unhandled', async () => {
    const { discord } = await fixtures.start();

    const response = await fetch(`${discord.apiUrl}/v10/channels/${NEWS}/pins/nope`, { headers: { Authorization: `Bot ${discord.token}` } });

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ code: 0, message: '404: Not Found' });
    expect(discord.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /channels/${NEWS}/pins/nope`]);
  });
});

describe('rate limits', () => {
  it('lets discord.js retry a forced 500 transparently', async () => {
    const { discord, client } = await fixtures.start();
    const channel = await sendableChannel(client, NEWS);
    discord.failNext({ route: `/channels/${NEWS}/messages`, status: 500 });

    await channel.send('after an outage');

    expect(discord.messages(NEWS)).toHaveLength(1);
    expect(discord.requests({ method: 'POST' }).map((r) => r.status)).toEqual([500, 200]);
  });

  it('sends per-channel bucket headers that discord.js respects: no 429, sends spaced by the window', async () => {
    const { discord, client } = await fixtures.start({ channelMessageLimit: { count: 2, windowMs: 300 } });
    const channel = await sendableChannel(client, NEWS);

    const started = Date.now();
    for (const n of [1, 2, 3, 4, 5]) await channel.send(`message ${n}`);

    expect(discord.rateLimitHits).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(discord.messages(NEWS)).toHaveLength(5);
  });
});
