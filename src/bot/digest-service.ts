// What /digest needs from the digest core, with every "no" turned into a UserError that says why.
// Discord-free: the transport is given to the scheduler, not known here.
import type { BriefingEngine } from '../engine/engine.ts';
import type { DigestScheduler } from '../digest/scheduler.ts';
import type { DigestStore } from '../digest/store.ts';
import { subscribe, upcomingRuns, type DigestSettings, type SubscribeRequest } from '../digest/subscribe.ts';
import type { RunTime } from '../digest/schedule.ts';
import type { Clock, DigestContentSource, DigestRunResult, Subscription } from '../digest/types.ts';
import { suggestTimeZones } from '../digest/timezones.ts';
import { UserError } from '../errors.ts';
import type { MessagePayload } from '../render/payload.ts';

export interface SubscriptionStatus {
  readonly subscription: Subscription;
  readonly next: RunTime | null;
}

export interface DigestService {
  subscribe(request: SubscribeRequest): { subscription: Subscription; nextRuns: readonly RunTime[]; description: string };
  list(guildId: string): SubscriptionStatus[];
  get(guildId: string, id: string): SubscriptionStatus;
  preview(guildId: string, id: string): MessagePayload[];
  sendNow(guildId: string, id: string): Promise<DigestRunResult>;
  pause(guildId: string, id: string): Subscription;
  resume(guildId: string, id: string): Subscription;
  remove(guildId: string, id: string): Subscription;
  /** Autocomplete: this guild's subscriptions whose id, channel or schedule contains the typed text. */
  suggest(guildId: string, typed: string): { name: string; value: string }[];
  suggestTimeZones(typed: string): string[];
}

/** The digest content: articles of the corpus a channel has not had yet, newest first. */
export function engineContent(engine: BriefingEngine): DigestContentSource {
  return {
    unseen(_channelId, seen, max) {
      const items = [];
      for (const article of engine.list()) {
        if (items.length >= max) break;
        if (!seen.has(article.id)) items.push(engine.digestItem(article));
      }
      return items;
    },
  };
}

export function createDigestService(deps: { store: DigestStore; scheduler: DigestScheduler<MessagePayload>; settings: DigestSettings; clock: Clock }): DigestService {
  const { store, scheduler, clock } = deps;
  const status = (subscription: Subscription): SubscriptionStatus => ({
    subscription,
    next: subscription.paused ? null : (upcomingRuns(subscription, clock.now(), 1)[0] ?? null),
  });
  const find = (guildId: string, id: string): Subscription => {
    const subscription = store.subscriptions.get(id.trim());
    // Another server's subscription is as unknown as a missing one: ids must not leak across servers.
    if (!subscription || subscription.guildId !== guildId) throw new UserError(`No digest subscription ${id} in this server. See them with /digest list.`);
    return subscription;
  };
  const changed = (id: string): Subscription => {
    scheduler.refresh(id);
    return store.subscriptions.require(id);
  };
  return {
    subscribe(request) {
      const result = subscribe(store, request, deps.settings, clock.now());
      if (!result.ok) throw new UserError(result.error);
      scheduler.refresh(result.subscription.id);
      return { subscription: result.subscription, nextRuns: result.schedule.nextRuns, description: result.schedule.description };
    },
    list: (guildId) => store.subscriptions.list(guildId).map(status),
    get: (guildId, id) => status(find(guildId, id)),
    preview: (guildId, id) => scheduler.preview(find(guildId, id).id) ?? [],
    sendNow: (guildId, id) => scheduler.runNow(find(guildId, id).id),
    pause(guildId, id) {
      const subscription = find(guildId, id);
      if (subscription.paused) throw new UserError(`Digest ${subscription.id} is already paused.`);
      store.subscriptions.pause(subscription.id, 'paused by an admin');
      return changed(subscription.id);
    },
    resume(guildId, id) {
      const subscription = find(guildId, id);
      if (!subscription.paused) throw new UserError(`Digest ${subscription.id} is not paused.`);
      store.subscriptions.resume(subscription.id);
      return changed(subscription.id);
    },
    remove(guildId, id) {
      const subscription = find(guildId, id);
      store.subscriptions.remove(subscription.id);
      scheduler.refresh(subscription.id);
      return subscription;
    },
    suggest(guildId, typed) {
      const subs = typed.trim() === '' ? store.subscriptions.list(guildId) : store.subscriptions.search(guildId, typed);
      return subs.slice(0, 25).map((s) => ({ name: `${s.id} · ${s.scheduleText} (${s.timeZone})${s.paused ? ' · paused' : ''}`.slice(0, 100), value: s.id }));
    },
    suggestTimeZones: (typed) => suggestTimeZones(typed).slice(0, 25),
  };
}
