// One digest run for one (subscription, slot): claim the slot, post the claimed items with deterministic
// nonces, record each message as it lands, then settle the delivery and mark the articles seen.
// Every outcome is recorded on the subscription; three failed runs in a row pause it.
import type { Logger } from 'pino';
import type { DigestItem } from '../engine/types.ts';
import { KeyedLock } from './keyed-lock.ts';
import { digestNonce } from './nonce.ts';
import { withRetry } from './retry.ts';
import type { RetryPolicy, Sleep } from './retry.ts';
import type { DigestStore } from './store.ts';
import { DigestPostError } from './types.ts';
import type { Clock, ComposeDigest, Delivery, DigestContentSource, DigestRunResult, DigestTransport, RunReason, Subscription } from './types.ts';
import { formatLocalDate } from './zoned-time.ts';

export const MAX_CONSECUTIVE_FAILURES = 3;

export interface DigestRunnerDeps<M> {
  readonly store: DigestStore;
  readonly transport: DigestTransport<M>;
  readonly content: DigestContentSource;
  readonly compose: ComposeDigest<M>;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly sleep: Sleep;
  readonly retry: RetryPolicy;
}

export interface DigestRunner<M> {
  /** Runs one slot; resolves with what happened. Rejects only when the store or content source itself fails. */
  run(subscription: Subscription, slot: Date, reason: RunReason): Promise<DigestRunResult>;
  /** The messages a run would post now, without posting or marking anything. */
  preview(subscription: Subscription): M[];
}

export function createDigestRunner<M>(deps: DigestRunnerDeps<M>): DigestRunner<M> {
  const channelLock = new KeyedLock();
  const { store, clock } = deps;

  async function run(subscription: Subscription, slot: Date, reason: RunReason): Promise<DigestRunResult> {
    const log = deps.logger.child({ subscriptionId: subscription.id, slot: slot.toISOString(), reason });
    return channelLock.run(subscription.channelId, async () => {
      const claim = store.deliveries.claim(subscription.id, slot, clock.now(), () => unseenItems(subscription));
      switch (claim.kind) {
        case 'settled':
          log.info({ previous: claim.delivery.status }, 'digest slot already settled; not posting again');
          return { status: 'already-done', slot, previous: claim.delivery.status };
        case 'nothing-new':
          store.subscriptions.recordOutcome(subscription.id, { at: clock.now(), lastResult: 'nothing new', failed: false });
          log.info('digest: nothing new for this channel');
          return { status: 'nothing-new', slot };
        case 'resume':
          log.warn({ posted: claim.delivery.messageIds.filter(Boolean).length }, 'resuming a digest slot claimed before a restart');
          return deliver(subscription, claim.delivery, log);
        case 'claimed':
          return deliver(subscription, claim.delivery, log);
      }
    });
  }

  async function deliver(subscription: Subscription, delivery: Delivery, log: Logger): Promise<DigestRunResult> {
    const slot = delivery.slot;
    try {
      // Composed from the items stored with the claim, so a resumed run rebuilds the same messages.
      const messages = deps.compose([...delivery.items], { date: formatLocalDate(slot, subscription.timeZone) });
      if (messages.length === 0) throw new Error('the digest renderer produced no message');
      const messageIds = [...delivery.messageIds];
      for (const [index, message] of messages.entries()) {
        if (messageIds[index]) continue; // posted before a crash: never post it twice
        const nonce = digestNonce(subscription.id, slot, index);
        const { messageId } = await withRetry(
          () => deps.transport.post(subscription.channelId, message, nonce),
          deps.retry,
          deps.sleep,
          (err, delayMs, attempt) => log.warn({ err, delayMs, attempt }, 'digest post failed; retrying'),
        );
        store.deliveries.recordMessage(delivery.id, index, messageId);
        messageIds[index] = messageId;
      }
      store.deliveries.markPosted(delivery, subscription.channelId, clock.now());
      const articleIds = delivery.items.map((item) => item.article.id);
      const count = articleIds.length;
      store.subscriptions.recordOutcome(subscription.id, { at: clock.now(), lastResult: `posted ${count} article${count === 1 ? '' : 's'}`, failed: false });
      log.info({ articles: count, messages: messages.length }, 'digest posted');
      return { status: 'posted', slot, messageIds: messageIds.filter((id): id is string => typeof id === 'string'), articleIds };
    } catch (err) {
      return recordFailure(subscription, delivery, err, log);
    }
  }

  function recordFailure(subscription: Subscription, delivery: Delivery, err: unknown, log: Logger): DigestRunResult {
    const error = describePostError(err);
    store.deliveries.markFailed(delivery.id, error, clock.now());
    const updated = store.subscriptions.recordOutcome(subscription.id, { at: clock.now(), lastResult: `failed: ${error}`, failed: true });
    let paused = false;
    if (updated && !updated.paused && updated.consecutiveFailures >= MAX_CONSECUTIVE_FAILURES) {
      paused = store.subscriptions.pause(subscription.id, `Paused after ${updated.consecutiveFailures} failed deliveries in a row; last error: ${error}`);
    }
    log.warn({ err, paused, consecutiveFailures: updated?.consecutiveFailures }, 'digest delivery failed');
    return { status: 'failed', slot: delivery.slot, error, paused };
  }

  function unseenItems(subscription: Subscription): DigestItem[] {
    const seen = store.deliveries.seenArticleIds(subscription.channelId);
    return deps.content.unseen(subscription.channelId, seen, subscription.maxArticles).slice(0, subscription.maxArticles);
  }

  function preview(subscription: Subscription): M[] {
    const items = unseenItems(subscription);
    return items.length === 0 ? [] : deps.compose(items, { date: formatLocalDate(clock.now(), subscription.timeZone) });
  }

  return { run, preview };
}

/** What an admin reads in last_result: "Missing Access (HTTP 403)". */
export function describePostError(err: unknown): string {
  if (err instanceof DigestPostError) return `${err.message} (HTTP ${err.status})`;
  return err instanceof Error ? err.message : String(err);
}
