// Slots that pass while the bot is down: at start-up the latest one is delivered once if it is recent enough
// (DIGEST_CATCHUP_HOURS), the older ones are recorded as skipped, and a later restart delivers nothing again.
import { describe, expect, it } from 'vitest';
import { useBot, type BotFixture } from './support/bot-fixture.ts';
import { deliveries, subscribe } from './support/digest-admin.ts';

const start = useBot();

/** What each start-up reported about digests, in order. */
const startReports = (bot: BotFixture) => bot.logs.filter((l) => l.msg === 'digests scheduled').map(({ caughtUp, skipped }) => ({ caughtUp, skipped }));
const slotsOf = (bot: BotFixture, id: string) => deliveries(bot.dataDir, id).map((d) => `${d.slot.toISOString()} ${d.status}`);

describe('slots missed while the bot was down', () => {
  it('delivers the latest missed slot once at start-up and records the older ones as skipped', async () => {
    const bot = await start(); // the clock says Mon 23 Nov 2026, 11:00 in Paris
    const { id } = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00', timezone: 'Europe/Paris' });

    bot.clock.set('2026-11-26T08:30:00Z'); // back on Thu at 09:30 Paris time: Tue, Wed and Thu 08:00 went by
    await bot.restart();

    const [caughtUp, ...more] = await bot.discord.waitForMessages(bot.channels.news, 1);
    expect(more).toEqual([]);
    expect(caughtUp?.content).toContain('Thu 26 Nov 2026');
    expect(caughtUp?.embeds).toHaveLength(2);
    expect(slotsOf(bot, id)).toEqual(['2026-11-26T07:00:00.000Z posted', '2026-11-25T07:00:00.000Z skipped', '2026-11-24T07:00:00.000Z skipped']);

    bot.clock.advance(10 * 60_000);
    await bot.restart();
    expect(startReports(bot)).toEqual([{ caughtUp: 0, skipped: 0 }, { caughtUp: 1, skipped: 2 }, { caughtUp: 0, skipped: 0 }]);
    expect(bot.discord.messages(bot.channels.news)).toHaveLength(1);
    expect(slotsOf(bot, id)).toHaveLength(3);
  });

  it('posts nothing for a missed slot older than DIGEST_CATCHUP_HOURS, only records it as skipped', async () => {
    const bot = await start({ env: { DIGEST_CATCHUP_HOURS: '2' } });
    const { id } = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00', timezone: 'Europe/Paris' });

    bot.clock.set('2026-11-24T10:00:00Z'); // three hours after Tuesday's 08:00 Paris slot
    await bot.restart();

    expect(startReports(bot).at(-1)).toEqual({ caughtUp: 0, skipped: 1 });
    expect(slotsOf(bot, id)).toEqual(['2026-11-24T07:00:00.000Z skipped']);
    expect(bot.discord.messages(bot.channels.news)).toEqual([]);
    expect(bot.discord.requests({ method: 'POST', route: `/channels/${bot.channels.news}/messages` })).toEqual([]);
  });
});
