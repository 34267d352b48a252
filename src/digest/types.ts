// The digest core's contracts: what the Discord side (transport), the engine (content) and the renderer (compose)
// plug into. Nothing here knows Discord; a DigestMessage is whatever the renderer builds, opaque to the core.
import type { DigestItem } from '../engine/types.ts';

/** Where "now" comes from, injected so runs, catch-up and next-run times are deterministic under test. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface DigestTransport<M> {
  /**
   * Posts one message. `nonce` (≤ 25 chars) is deterministic per (subscription, slot, message index); the
   * implementation must send it with `enforceNonce: true` so Discord drops a repeat after a crash-and-retry.
   * Throws DigestPostError for failures it understands.
   */
  post(channelId: string, message: M, nonce: string): Promise<{ readonly messageId: string }>;
}

export type DigestPostErrorKind = 'retryable' | 'permanent';

/** A failed post, classified by the transport: retryable (429, 5xx) or permanent (403, 404: channel gone, no access). */
export class DigestPostError extends Error {
  readonly kind: DigestPostErrorKind;
  readonly status: number;
  readonly retryAfterMs: number | undefined;

  constructor(kind: DigestPostErrorKind, status: number, message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'DigestPostError';
    this.kind = kind;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

export interface DigestContentSource {
  /** The articles of the corpus the channel has not been sent yet, newest first, at most `max`. */
  unseen(channelId: string, seen: ReadonlySet<string>, max: number): DigestItem[];
}

export interface DigestHeader {
  /** The slot's date in the subscription's time zone, e.g. "Mon 24 Nov 2026". */
  readonly date: string;
}

/** Builds the messages of one digest; must be deterministic, since a recovered slot is re-composed and re-posted. */
export type ComposeDigest<M> = (items: DigestItem[], header: DigestHeader) => M[];

export type DeliveryStatus = 'claimed' | 'posted' | 'nothing-new' | 'skipped' | 'failed';

export interface Subscription {
  /** Short, human-friendly id (e.g. "k7m2qx") so admins can type it and autocomplete can list it. */
  readonly id: string;
  readonly guildId: string;
  readonly channelId: string;
  /** What the admin typed ("daily 8am"), kept for display. */
  readonly scheduleText: string;
  /** The 5-field cron expression the text resolved to. */
  readonly cron: string;
  readonly timeZone: string;
  readonly maxArticles: number;
  readonly paused: boolean;
  readonly pauseReason: string | null;
  readonly consecutiveFailures: number;
  readonly lastResult: string | null;
  readonly lastRunAt: Date | null;
  readonly createdBy: string;
  readonly createdAt: Date;
}

export interface Delivery {
  readonly id: number;
  readonly subscriptionId: string;
  /** The scheduled minute this delivery is for (seconds and milliseconds zero). */
  readonly slot: Date;
  readonly status: DeliveryStatus;
  /** The items chosen at claim time, so a recovered slot re-posts exactly the same digest. */
  readonly items: readonly DigestItem[];
  /** Message ids by message index; null where that message has not been posted (yet). */
  readonly messageIds: readonly (string | null)[];
  readonly error: string | null;
  readonly claimedAt: Date;
  readonly finishedAt: Date | null;
}

export type RunReason = 'scheduled' | 'manual' | 'catch-up' | 'recovery';

export type DigestRunResult =
  | { readonly status: 'posted'; readonly slot: Date; readonly messageIds: readonly string[]; readonly articleIds: readonly string[] }
  | { readonly status: 'nothing-new'; readonly slot: Date }
  /** The slot was already claimed, posted or settled: at most once means doing nothing. */
  | { readonly status: 'already-done'; readonly slot: Date; readonly previous: DeliveryStatus }
  | { readonly status: 'failed'; readonly slot: Date; readonly error: string; readonly paused: boolean }
  | { readonly status: 'not-found' }
  /** Another shard owns the subscription's guild. */
  | { readonly status: 'not-owned' };
