import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NONCE_LENGTH, digestNonce } from '../../../src/digest/nonce.ts';
import { DEFAULT_RETRY_POLICY, withRetry } from '../../../src/digest/retry.ts';
import { DigestPostError } from '../../../src/digest/types.ts';

function failingThen<T>(errors: Error[], value: T) {
  let calls = 0;
  const attempt = () => {
    calls++;
    const error = errors.shift();
    return error === undefined ? Promise.resolve(value) : Promise.reject(error);
  };
  return { attempt, calls: () => calls };
}

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: (ms: number) => { delays.push(ms); return Promise.resolve(); } };
}

describe('withRetry', () => {
  it('waits as long as a 429 asks, then succeeds', async () => {
    const { attempt, calls } = failingThen([new DigestPostError('retryable', 429, 'slow down', 1_500)], 'ok');
    const { delays, sleep } = recordingSleep();
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, sleep)).resolves.toBe('ok');
    expect(delays).toEqual([1_500]);
    expect(calls()).toBe(2);
  });

  it('backs off exponentially on server errors and gives up after the last attempt', async () => {
    const errors = [500, 502, 503, 504].map((status) => new DigestPostError('retryable', status, 'oops'));
    const { attempt, calls } = failingThen(errors, 'never');
    const { delays, sleep } = recordingSleep();
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, sleep)).rejects.toMatchObject({ status: 503 });
    expect(delays).toEqual([1_000, 2_000]);
    expect(calls()).toBe(3);
  });

  it('does not retry a permanent error', async () => {
    const { attempt, calls } = failingThen([new DigestPostError('permanent', 403, 'Missing Access')], 'never');
    const { delays, sleep } = recordingSleep();
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, sleep)).rejects.toMatchObject({ status: 403 });
    expect(calls()).toBe(1);
    expect(delays).toEqual([]);
  });

  it('gives up rather than wait longer than the policy allows', async () => {
    const { attempt, calls } = failingThen([new DigestPostError('retryable', 429, 'global limit', 10 * 60_000)], 'never');
    const { sleep } = recordingSleep();
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, sleep)).rejects.toMatchObject({ status: 429 });
    expect(calls()).toBe(1);
  });

  it('treats an unclassified error (a dropped connection) as transient', async () => {
    const { attempt } = failingThen([new Error('socket hang up')], 'ok');
    await expect(withRetry(attempt, DEFAULT_RETRY_POLICY, recordingSleep().sleep)).resolves.toBe('ok');
  });
});

describe('digestNonce', () => {
  const ids = fc.oneof(fc.stringMatching(/^[a-z2-9]{6}$/), fc.string({ minLength: 1, maxLength: 40 }));
  const slots = fc.integer({ min: 0, max: 4_000_000_000 }).map((minute) => new Date(minute * 60_000));
  const indexes = fc.integer({ min: 0, max: 20 });

  it('is deterministic and at most 25 characters', () => {
    fc.assert(
      fc.property(ids, slots, indexes, (id, slot, index) => {
        const nonce = digestNonce(id, slot, index);
        expect(nonce.length).toBeLessThanOrEqual(MAX_NONCE_LENGTH);
        expect(nonce.length).toBeGreaterThan(0);
        expect(digestNonce(id, new Date(slot.getTime()), index)).toBe(nonce);
      }),
    );
  });

  it('differs whenever the subscription, the slot or the message index differs', () => {
    fc.assert(
      fc.property(fc.tuple(ids, slots, indexes), fc.tuple(ids, slots, indexes), (a, b) => {
        fc.pre(a[0] !== b[0] || a[1].getTime() !== b[1].getTime() || a[2] !== b[2]);
        expect(digestNonce(...a)).not.toBe(digestNonce(...b));
      }),
    );
  });

  it('is readable for the ids the store generates', () => {
    expect(digestNonce('k7m2qx', new Date('2026-11-24T07:00:00Z'), 1)).toMatch(/^k7m2qx-[0-9a-z]+-1$/);
  });
});
