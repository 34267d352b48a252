// A digest end to end: an admin subscribes #news for 08:00 Paris time, the real scheduler fires at the slot,
// the digest lands in the channel through discord.js, and a later run with nothing new posts nothing.
import { describe, expect, it, vi } from 'vitest';
import { nextRuns } from '../../src/digest/cron-walk.ts';
import { formatRunTime } from '../../src/digest/zoned-time.ts';
import { useBot } from './support/bot-fixture.ts';
import { dateClock, deliveries, digest, shown, subscribe, useFakeDate } from './support/digest-admin.ts';

const start = useBot();
const fakeDate = useFakeDate();

const SEED_TITLES = [
  'Xi Jinping Pledges to Deepen China-Vietnam Ties for Shared Future',
  'Vietnam Pledges Strengthened Ties and Strategic Partnership with China',
];
/** Time between subscribing and the slot: room for the subscribe round trip on a loaded machine. */
const LEAD_MS = 4_000;

/** The next 08:00 in Paris at least a day ahead of the real clock, so the fake clock only ever jumps forward. */
function nextParisEight(): Date {
  const [slot] = nextRuns('0 8 * * *', 'Europe/Paris', new Date(Date.now() + 86_400_000), 1);
  if (!slot) throw new Error('no 08:00 in Paris ahead');
  return slot;
}

describe('/digest subscribe, then the slot', () => {
  it('names the next three runs in the zone, posts both seed articles at 08:00 Paris time, then nothing when nothing is new', async () => {
    const slot = nextParisEight();
    fakeDate(new Date(slot.getTime() - 60_000));
    const bot = await start({ appClock: dateClock });
    vi.setSystemTime(slot.getTime() - LEAD_MS);

    const { id, answer } = await subscribe(bot, { channel: bot.channels.news, schedule: 'daily 08:00', timezone: 'Europe/Paris' });
    const runs = [0, 1, 2].map((day) => formatRunTime(new Date(slot.getTime() + day * 86_400_000), 'Europe/Paris'));
    expect(runs[0]).toMatch(/08:00 Europe\/Paris/);
    for (const run of runs) expect(shown(answer)).toContain(run);
    expect(bot.discord.messages(bot.channels.news)).toHaveLength(0);

    const [posted, ...more] = await bot.discord.waitForMessages(bot.channels.news, 1, { timeoutMs: LEAD_MS + 5_000 });
    expect(more).toEqual([]);
    expect(Date.now()).toBeGreaterThanOrEqual(slot.getTime());
    expect(posted?.embeds.map((e) => e.title).sort()).toEqual([...SEED_TITLES].sort());
    expect(posted?.allowedMentions).toEqual({ parse: [] });
    expect(posted?.nonce).toMatch(new RegExp(`^${id}-`));
    await vi.waitFor(() => expect(deliveries(bot.dataDir, id)[0]).toMatchObject({ slot, status: 'posted' }));

    // A minute later, a run has nothing new for #news: it says so and posts nothing.
    vi.setSystemTime(slot.getTime() + 60_000);
    const sent = await digest(bot, 'send', { options: { id } });
    expect(sent.content).toContain('nothing new');
    const list = await digest(bot, 'list');
    expect(shown(list)).toContain('Last: nothing new');
    expect(bot.discord.messages(bot.channels.news)).toHaveLength(1);
    expect(bot.discord.unhandled).toEqual([]);
  });
});
