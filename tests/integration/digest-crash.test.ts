// Killed mid-run: the bot process is SIGKILLed after Discord stored its digest but before the answer reached it.
// Restarted on the same data directory, it resumes the claimed slot with the same nonce, Discord hands back the
// message it already has, and the channel ends up with exactly one digest for that slot.
import { describe, expect, it } from 'vitest';
import { createDigestStore } from '../../src/digest/store.ts';
import { openDatabase } from '../../src/storage/database.ts';
import { snowflake, startDiscordServer, type DiscordServer } from '../discord-server/server.ts';
import { useBotProcesses } from './support/bot-process.ts';
import { deliveries } from './support/digest-admin.ts';
import { useCleanup } from '../helpers/cleanup.ts';

const startBot = useBotProcesses();
const cleanup = useCleanup();

const GUILD = snowflake();
const NEWS = snowflake();
const MINUTE = 60_000;

async function discordServer(): Promise<DiscordServer> {
  const discord = await startDiscordServer({ guilds: [{ id: GUILD, name: 'Newsroom', channels: [{ id: NEWS, name: 'news' }] }] });
  cleanup.defer(() => discord.close());
  return discord;
}

const dataDir = (): string => cleanup.tempDir('briefbot-crash-');

/** A daily digest for #news whose slot passed a minute ago, so the bot's start-up catch-up runs it at once. */
function subscriptionDueAtStart(dir: string): { id: string; slot: Date } {
  const slot = new Date(Math.floor(Date.now() / MINUTE) * MINUTE - MINUTE);
  const db = openDatabase(dir);
  try {
    const subscription = createDigestStore(db).subscriptions.create({
      guildId: GUILD, channelId: NEWS, scheduleText: 'daily', cron: `${slot.getUTCMinutes()} ${slot.getUTCHours()} * * *`, timeZone: 'UTC',
      maxArticles: 5, createdBy: 'test', createdAt: new Date(slot.getTime() - 60 * MINUTE),
    });
    return { id: subscription.id, slot };
  } finally {
    db.close();
  }
}

describe('a crash in the middle of posting a digest', () => {
  it('leaves exactly one digest in the channel once the restarted bot resumes the slot', async () => {
    const discord = await discordServer();
    const dir = dataDir();
    const { id, slot } = subscriptionDueAtStart(dir);
    const env = { DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, SEEDS_DIR: 'seeds', DATA_DIR: dir };
    const route = `/channels/${NEWS}/messages`;
    const held = discord.holdResponses({ method: 'POST', route });

    const first = startBot(env);
    await discord.waitForMessages(NEWS, 1, { timeoutMs: 20_000 });
    expect(held).toHaveLength(1);
    first.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // Claimed, with its items, and no message id: the process died before hearing back.
    expect(deliveries(dir, id)).toMatchObject([{ slot, status: 'claimed', messageIds: [] }]);

    const second = startBot(env);
    const posted = await second.waitForLog((line) => line.msg === 'digest posted');
    second.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    expect(posted).toMatchObject({ subscriptionId: id, reason: 'recovery' });
    const posts = discord.requests({ method: 'POST', route });
    expect(posts).toHaveLength(2);
    const [firstTry, retry] = posts.map((p) => p.body as { nonce?: string; enforce_nonce?: boolean });
    expect(firstTry?.nonce).toMatch(new RegExp(`^${id}-`));
    expect(retry).toMatchObject({ nonce: firstTry?.nonce, enforce_nonce: true });
    const messages = discord.messages(NEWS);
    expect(messages).toHaveLength(1);
    expect(messages[0]?.embeds).toHaveLength(2);
    expect(deliveries(dir, id)).toMatchObject([{ slot, status: 'posted', messageIds: [messages[0]?.id] }]);
  }, 40_000);
});
