// Bounded retries for one post: rate limits and server errors are retried a few times (honouring Retry-After),
// permission and missing-channel errors are not, since retrying cannot fix them.
import { DigestPostError } from './types.ts';

export interface RetryPolicy {
  /** Total tries, the first included. */
  readonly maxAttempts: number;
  /** Delay before the 2nd try when the server gives no Retry-After; doubled for each try after. */
  readonly baseDelayMs: number;
  /** A longer wait (even one Discord asks for) gives up instead: a run must not hold a slot for minutes. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 };

export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  sleep: Sleep,
  onRetry: (error: unknown, delayMs: number, failedAttempt: number) => void = () => undefined,
): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      // Anything that is not a classified transport error (a dropped connection, a timeout) is taken as transient:
      // the deterministic nonce makes a retry safe even if the first try did reach Discord.
      if (error instanceof DigestPostError && error.kind === 'permanent') throw error;
      if (tries >= policy.maxAttempts) throw error;
      const delayMs = retryDelay(error, tries, policy);
      if (delayMs > policy.maxDelayMs) throw error;
      onRetry(error, delayMs, tries);
      await sleep(delayMs);
    }
  }
}

function retryDelay(error: unknown, failedAttempt: number, policy: RetryPolicy): number {
  if (error instanceof DigestPostError && error.retryAfterMs !== undefined) return Math.max(0, error.retryAfterMs);
  return policy.baseDelayMs * 2 ** (failedAttempt - 1);
}
