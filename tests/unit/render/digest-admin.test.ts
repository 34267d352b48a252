import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../../src/digest/types.ts';
import { renderRunResult, renderSubscribed, renderSubscriptionChanged, renderSubscriptionList } from '../../../src/render/digest-admin.ts';
import { assertWithinDiscordLimits } from './limits-checker.ts';

const subscription = (over: Partial<Subscription> = {}): Subscription => ({
  id: 'k7m2qx',
  guildId: '100000000000000001',
  channelId: '100000000000000002',
  scheduleText: 'daily 08:00',
  cron: '0 8 * * *',
  timeZone: 'Europe/Paris',
  maxArticles: 5,
  paused: false,
  pauseReason: null,
  consecutiveFailures: 0,
  lastResult: null,
  lastRunAt: null,
  createdBy: '100000000000000003',
  createdAt: new Date('2026-11-23T10:00:00Z'),
  ...over,
});

describe('digest admin replies', () => {
  it('name the channel as a link, the schedule, and the next runs', () => {
    const payload = renderSubscribed(subscription(), 'every day at 08:00', [{ at: new Date(), text: 'Tue 24 Nov 2026, 08:00 Europe/Paris' }]);
    const description = payload.embeds?.[0]?.description ?? '';
    expect(description).toContain('<#100000000000000002>');
    expect(description).toContain('Tue 24 Nov 2026, 08:00 Europe/Paris');
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('show why a paused subscription stopped', () => {
    const payload = renderSubscriptionList([{ subscription: subscription({ paused: true, pauseReason: 'paused after 3 failures: Missing Permissions' }), next: null }]);
    expect(JSON.stringify(payload.embeds)).toContain('Missing Permissions');
  });

  it('stay within Discord’s limits whatever admins typed and however many subscriptions there are', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 3000 }), fc.integer({ min: 0, max: 40 }), (schedule, reason, count) => {
        const items = Array.from({ length: count }, (_, i) => ({
          subscription: subscription({ id: `id${i}`, scheduleText: schedule, paused: i % 2 === 0, pauseReason: reason, lastResult: reason }),
          next: { at: new Date(), text: schedule },
        }));
        assertWithinDiscordLimits(renderSubscriptionList(items));
        assertWithinDiscordLimits(renderSubscribed(subscription({ scheduleText: schedule }), reason, [{ at: new Date(), text: schedule }]));
        assertWithinDiscordLimits(renderRunResult('id', { status: 'failed', slot: new Date(), error: reason, paused: true }));
        assertWithinDiscordLimits(renderSubscriptionChanged(subscription({ channelId: schedule }), 'removed'));
      }),
    );
  });
});
