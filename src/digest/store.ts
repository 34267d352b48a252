// The digest store: subscriptions and their deliveries, over one SQLite database.
import type { SqliteDatabase } from '../storage/database.ts';
import { DeliveryStore } from './delivery-store.ts';
import { SubscriptionStore } from './subscription-store.ts';

export interface DigestStore {
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryStore;
}

export function createDigestStore(db: SqliteDatabase, options: { newSubscriptionId?: () => string } = {}): DigestStore {
  return {
    subscriptions: new SubscriptionStore(db, options.newSubscriptionId),
    deliveries: new DeliveryStore(db),
  };
}

export { DeliveryStore, SubscriptionStore };
export type { ClaimResult } from './delivery-store.ts';
export type { NewSubscription, RunOutcome } from './subscription-store.ts';
