import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCatchUp } from '../../../src/digest/catch-up.ts';
import { createDigestStore } from '../../../src/digest/store.ts';
import type { Subscription } from '../../../src/digest/types.ts';
import { openInMemoryDatabase } from '../../../src/storage/database.ts';
import { newSubscription } from './support/fakes.ts';

const HOUR = 3_600_000;

function subscription(overrides: Parameters<typeof newSubscription>[0] = {}): Subscription {
  return createDigestStore(openInMemoryDatabase()).subscriptions.create(newSubscription(overrides));
}

describe('planCatchUp', () => {
  const daily = subscription({ cron: '0 8 * * *', timeZone: 'Europe/Paris', createdAt: new Date('2026-11-01T00:00:00Z') });

  it('delivers the latest missed slot when it is within the catch-up window, and skips the older ones', () => {
    // Last delivery on the 21st; back up on the 24th at 10:00 Paris, two hours after that day's slot.
    const plan = planCatchUp(daily, new Date('2026-11-21T07:00:00Z'), new Date('2026-11-24T09:00:00Z'), 6);
    expect(plan.deliver?.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(plan.skip.map((d) => d.toISOString())).toEqual(['2026-11-22T07:00:00.000Z', '2026-11-23T07:00:00.000Z']);
  });

  it('delivers nothing when the latest slot is older than the window', () => {
    const plan = planCatchUp(daily, new Date('2026-11-23T07:00:00Z'), new Date('2026-11-24T14:00:01Z'), 6);
    expect(plan.deliver).toBeNull();
    expect(plan.skip.map((d) => d.toISOString())).toEqual(['2026-11-24T07:00:00.000Z']);
  });

  it('ignores slots before the subscription existed', () => {
    const fresh = subscription({ createdAt: new Date('2026-11-24T07:30:00Z') });
    expect(planCatchUp(fresh, null, new Date('2026-11-24T09:00:00Z'), 6)).toEqual({ deliver: null, skip: [] });
  });

  it('never plans a slot twice, in the future, or already handled', () => {
    const hourly = subscription({ cron: '0 * * * *', timeZone: 'UTC', createdAt: new Date('2026-01-01T00:00:00Z') });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 24 }), (downHours, lastAgoHours, window) => {
        const now = new Date(Date.UTC(2026, 5, 1, 12, 17));
        const last = new Date(Math.floor((now.getTime() - (downHours + lastAgoHours) * HOUR) / HOUR) * HOUR);
        const plan = planCatchUp(hourly, last, now, window);
        const all = [...plan.skip, ...(plan.deliver ? [plan.deliver] : [])].map((d) => d.getTime());
        expect(new Set(all).size).toBe(all.length);
        for (const t of all) {
          expect(t).toBeGreaterThan(last.getTime());
          expect(t).toBeLessThanOrEqual(now.getTime());
        }
        if (plan.deliver) {
          expect(now.getTime() - plan.deliver.getTime()).toBeLessThanOrEqual(window * HOUR);
          for (const t of plan.skip) expect(t.getTime()).toBeLessThan(plan.deliver.getTime());
        }
      }),
    );
  });
});
