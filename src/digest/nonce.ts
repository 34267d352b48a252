// Message nonces for digest posts. Deterministic in (subscription, slot, message index) so that a run resumed
// after a crash sends the very nonces of the first attempt, and Discord (with enforce_nonce) drops the repeats.
import { createHash } from 'node:crypto';

/** Discord accepts nonces of at most 25 characters. */
export const MAX_NONCE_LENGTH = 25;

/**
 * "k7m2qx-tbq3k0-0": readable in logs and collision-free by construction (the id has no "-", the slot is the
 * minute since the epoch in base 36). Ids too long for that fall back to a 25-character hash of the same triple.
 */
export function digestNonce(subscriptionId: string, slot: Date, messageIndex: number): string {
  const minute = Math.floor(slot.getTime() / 60_000).toString(36);
  const readable = `${subscriptionId}-${minute}-${messageIndex.toString(36)}`;
  if (readable.length <= MAX_NONCE_LENGTH && !subscriptionId.includes('-')) return readable;
  return createHash('sha256').update(`${subscriptionId}\n${slot.toISOString()}\n${messageIndex}`).digest('hex').slice(0, MAX_NONCE_LENGTH);
}
