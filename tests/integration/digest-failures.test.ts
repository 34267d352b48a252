// A channel that answers 403: each run fails without retrying (retrying cannot fix permissions), three failed
// runs in a row pause the subscription with the reason, and the server's other subscription keeps posting.
import { describe, expect, it } from 'vitest';
import { useBot, type BotFixture } from './support/bot-fixture.ts';
import { deliveries, digest, shown, subscribe } from './support/digest-admin.ts';

const start = useBot();
const MINUTE = 60_000;

/** What the bot posted in a channel on its own (interaction replies excluded). */
const digestsIn = (bot: BotFixture, channelId: string) => bot.discord.messages(channelId).filter((m) => m.source === 'channel');

describe('a channel answering 403', () => {
  it('fails three runs, pauses that subscription with the reason, and leaves the other one posting', async () => {
    const bot = await start();
    const news = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00' });
    const general = await subscribe(bot, { channel: bot.channels.general, schedule: 'daily 08:00', max_articles: 1 });
    bot.discord.forbidChannel(bot.channels.news);
    const send = async (id: string): Promise<string> => {
      bot.clock.advance(MINUTE); // each run gets its own slot
      return (await digest(bot, 'send', { options: { id } })).content;
    };

    const first = await send(news.id);
    expect(first).toContain(`Digest ${news.id} could not be posted`);
    expect(first).toContain('HTTP 403');
    expect(first).not.toContain('paused');
    expect(await send(general.id)).toBe(`Digest ${general.id} posted: 1 article in 1 message.`);
    expect(await send(news.id)).not.toContain('paused');
    expect(await send(news.id)).toContain('It is now paused after repeated failures');

    const list = await digest(bot, 'list');
    const field = (id: string) => list.embeds[0]?.fields?.find((f) => f.name.startsWith(id));
    expect(field(news.id)?.name).toBe(`${news.id} · paused`);
    expect(field(news.id)?.value).toMatch(/Paused: Paused after 3 failed deliveries in a row; last error: .*HTTP 403/);
    expect(field(news.id)?.value).not.toContain('Next:');
    expect(field(general.id)?.value).toContain('Next: ');

    // The paused one is left alone; the other keeps going with the article it has not posted yet.
    expect(await send(general.id)).toBe(`Digest ${general.id} posted: 1 article in 1 message.`);
    const posted = digestsIn(bot, bot.channels.general).map((m) => m.embeds[0]?.title);
    expect(posted).toHaveLength(2);
    expect(new Set(posted).size).toBe(2);
    expect(digestsIn(bot, bot.channels.news)).toEqual([]);
    // Permanent errors are not retried: one 403 per run.
    expect(bot.discord.requests({ method: 'POST', route: `/channels/${bot.channels.news}/messages` }).map((r) => r.status)).toEqual([403, 403, 403]);
    expect(deliveries(bot.dataDir, news.id).map((d) => d.status)).toEqual(['failed', 'failed', 'failed']);
  });

  it('counts only failures in a row: a good run in between starts the count again', async () => {
    const bot = await start();
    const news = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00', max_articles: 1 });
    const send = async (): Promise<string> => {
      bot.clock.advance(MINUTE);
      return (await digest(bot, 'send', { options: { id: news.id } })).content;
    };

    bot.discord.failNext({ method: 'POST', route: `/channels/${bot.channels.news}/messages`, status: 403, times: 2 });
    expect(await send()).toContain('could not be posted');
    expect(await send()).toContain('could not be posted');
    expect(await send()).toContain('posted: 1 article');
    bot.discord.failNext({ method: 'POST', route: `/channels/${bot.channels.news}/messages`, status: 403, times: 2 });
    for (const answer of [await send(), await send()]) {
      expect(answer).toContain('could not be posted');
      expect(answer).not.toContain('paused');
    }

    expect(shown(await digest(bot, 'list'))).not.toContain('Paused:');
  });
});
