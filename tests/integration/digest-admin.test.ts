// /digest as admins and members use it, through the real discord.js client: what is refused and why, and
// list, preview, send, pause, resume, remove and autocomplete on a live subscription.
import { describe, expect, it } from 'vitest';
import { MANAGE_GUILD, useBot } from './support/bot-fixture.ts';
import { digest, shown, subscribe } from './support/digest-admin.ts';

const start = useBot();

describe('/digest subscribe refuses, privately and saying why', () => {
  it('a bad cron, an unknown time zone, a schedule more frequent than the minimum and a channel the bot cannot post in', async () => {
    const bot = await start({ env: { DIGEST_MIN_INTERVAL_MINUTES: '120' } });
    const attempt = (options: Record<string, string>) => digest(bot, 'subscribe', { options: { channel: bot.channels.news, schedule: 'daily 08:00', ...options } });

    const badCron = await attempt({ schedule: '61 8 * * *' });
    expect(badCron.content).toMatch(/Bad cron expression "61 8 .*": "61" is not a valid minute/);
    const badZone = await attempt({ timezone: 'Mars/Paris' });
    expect(badZone.content).toContain('Unknown time zone "Mars/Paris"');
    expect(badZone.content).toContain('Did you mean Europe/Paris');
    const tooOften = await attempt({ schedule: 'hourly' });
    expect(tooOften.content).toContain('would post every 60 minutes; digests can run at most once every 120 minutes');
    const locked = await attempt({ channel: bot.channels.locked });
    expect(locked.content).toContain('I am missing Send Messages, Embed Links in #locked.');

    expect((await digest(bot, 'list')).content).toContain('no digests yet');
    expect(bot.discord.messages(bot.channels.news)).toHaveLength(0);
  });

  it('any /digest from a member without Manage Server, checked when it runs', async () => {
    const bot = await start();
    const member = { permissions: 0n };
    const refused = await digest(bot, 'subscribe', { ...member, options: { channel: bot.channels.news, schedule: 'daily 08:00' } });
    expect(refused.content).toContain('Only members with Manage Server can manage digests.');
    const { id } = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00' });
    for (const sub of ['send', 'remove']) {
      expect((await digest(bot, sub, { ...member, options: { id } })).content).toContain('Only members with Manage Server');
    }
    expect((await digest(bot, 'list', member)).content).toContain('Only members with Manage Server');
    expect(bot.discord.messages(bot.channels.news)).toHaveLength(0);
    expect(shown(await digest(bot, 'list'))).toContain(id);
  });
});

describe('managing a subscription', () => {
  it('lists, previews privately, sends, pauses, resumes and removes it', async () => {
    const bot = await start();
    const { id } = await subscribe(bot, { channel: bot.channels.news, schedule: 'weekdays 09:00', timezone: 'America/New_York', max_articles: 1 });

    const listed = shown(await digest(bot, 'list'));
    expect(listed).toContain(id);
    expect(listed).toContain(`<#${bot.channels.news}>`);
    expect(listed).toContain('Next: ');
    expect(listed).toContain('Last: not run yet');

    const preview = await digest(bot, 'preview', { options: { id } });
    expect(preview.embeds).toHaveLength(1);
    expect(bot.discord.messages(bot.channels.news)).toHaveLength(0);

    expect((await digest(bot, 'send', { options: { id } })).content).toBe(`Digest ${id} posted: 1 article in 1 message.`);
    const [posted] = bot.discord.messages(bot.channels.news);
    expect(posted?.embeds.map((e) => e.title)).toEqual(preview.embeds.map((e) => e.title));
    expect(shown(await digest(bot, 'list'))).toContain('Last: posted 1 article');

    expect((await digest(bot, 'pause', { options: { id } })).content).toContain('paused');
    expect((await digest(bot, 'pause', { options: { id } })).content).toContain('already paused');
    expect(shown(await digest(bot, 'list'))).toContain('Paused: paused by an admin');
    expect((await digest(bot, 'resume', { options: { id } })).content).toContain('resumed');
    expect(shown(await digest(bot, 'list'))).toContain('Next: ');
    expect((await digest(bot, 'remove', { options: { id } })).content).toContain('removed');
    expect((await digest(bot, 'send', { options: { id } })).content).toContain(`No digest subscription ${id} in this server`);
    expect((await digest(bot, 'list')).content).toContain('no digests yet');
    expect(bot.discord.messages(bot.channels.news)).toHaveLength(1);
  });

  it('says so when a preview has nothing new, and keeps another server’s ids unknown', async () => {
    const bot = await start();
    const { id } = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00' });
    await digest(bot, 'send', { options: { id } });
    expect((await digest(bot, 'preview', { options: { id } })).content).toBe(`Digest ${id}: nothing new to send right now.`);

    const other = bot.discord.addGuild({ name: 'Elsewhere' });
    const channelId = other.channels[0]?.id ?? '';
    const stranger = await bot.discord.sendCommand({ name: 'digest', subcommand: 'pause', options: { id }, guildId: other.id, channelId, permissions: MANAGE_GUILD }).original({ where: (m) => !m.loading });
    expect(stranger.content).toContain(`No digest subscription ${id} in this server`);
  });

  it('autocompletes subscription ids for admins only, and time zones from any part of the name', async () => {
    const bot = await start();
    const news = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00', timezone: 'Europe/Paris' });
    const general = await subscribe(bot, { channel: bot.channels.general, schedule: 'weekly mon 07:30' });
    const complete = (options: Record<string, string>, focused: string, permissions = MANAGE_GUILD) =>
      bot.discord.sendAutocomplete({ name: 'digest', subcommand: focused === 'id' ? 'send' : 'subscribe', options, focused, permissions }).choices();

    const all = await complete({ id: '' }, 'id');
    expect(all.map((c) => c.value).sort()).toEqual([news.id, general.id].sort());
    expect(all.find((c) => c.value === news.id)?.name).toContain('daily 08:00 (Europe/Paris)');
    expect((await complete({ id: 'weekly' }, 'id')).map((c) => c.value)).toEqual([general.id]);
    expect(await complete({ id: '' }, 'id', 0n)).toEqual([]);

    const zones = await complete({ channel: bot.channels.news, schedule: 'daily 08:00', timezone: 'york' }, 'timezone');
    expect(zones.map((c) => c.value)).toContain('America/New_York');
    expect(zones.length).toBeLessThanOrEqual(25);
    expect((await complete({ timezone: '' }, 'timezone')).map((c) => c.value)).toContain('Europe/Paris');
  });
});
