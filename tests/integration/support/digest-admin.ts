// Driving /digest as a server admin would, and reading back what the digest core recorded.
import { afterEach, expect, vi } from 'vitest';
import { openDatabase } from '../../../src/storage/database.ts';
import { createDigestStore } from '../../../src/digest/store.ts';
import type { Clock, Delivery } from '../../../src/digest/types.ts';
import type { OptionValue, RecordedMessage } from '../../discord-server/server.ts';
import { EPHEMERAL, MANAGE_GUILD, type BotFixture } from './bot-fixture.ts';

export interface DigestCall {
  readonly options?: Readonly<Record<string, OptionValue>>;
  /** Default: Manage Server, as an admin has. */
  readonly permissions?: bigint;
}

/** Runs `/digest <subcommand>` and returns the (always ephemeral) answer. */
export async function digest(bot: BotFixture, subcommand: string, call: DigestCall = {}): Promise<RecordedMessage> {
  const ix = bot.discord.sendCommand({
    name: 'digest',
    subcommand,
    options: call.options ?? {},
    channelId: bot.channels.general,
    permissions: call.permissions ?? MANAGE_GUILD,
  });
  // Deferred first: wait for the edit that replaces the "thinking…" placeholder.
  const answer = await ix.original({ where: (m) => !m.loading });
  expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
  return answer;
}

/** Subscribes a channel and returns the new subscription's id, read from the confirmation. */
export async function subscribe(bot: BotFixture, options: Readonly<Record<string, OptionValue>>): Promise<{ id: string; answer: RecordedMessage }> {
  const answer = await digest(bot, 'subscribe', { options });
  const id = /^Digest (\w+) scheduled$/.exec(answer.embeds[0]?.title ?? '')?.[1];
  if (id === undefined) throw new Error(`no subscription in the answer: ${JSON.stringify({ content: answer.content, embeds: answer.embeds })}`);
  return { id, answer };
}

/** Everything an answer shows, as one string to search. */
export const shown = (message: RecordedMessage): string => JSON.stringify({ content: message.content, embeds: message.embeds });

/** A subscription's deliveries (newest first), read through a second connection as an operator would. */
export function deliveries(dataDir: string, subscriptionId: string): Delivery[] {
  const db = openDatabase(dataDir);
  try {
    return createDigestStore(db).deliveries.history(subscriptionId);
  } finally {
    db.close();
  }
}

/** The wall clock, read when asked: under `useFakeDate` it is vitest's fake Date, the clock node-cron fires by. */
export const dateClock: Clock = { now: () => new Date() };

/**
 * Fakes only `Date`, starting at `at` and moving with real time: node-cron then fires by it while every timer,
 * socket and the discord.js client keep running for real. Restored after the test.
 */
export function useFakeDate(): (at: Date) => void {
  afterEach(() => {
    vi.useRealTimers();
  });
  return (at) => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: at });
  };
}
