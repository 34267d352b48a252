// The server's wire-level parts on their own: snowflakes, multipart bodies and the rate limiter's windows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiscordApiError, parseBody } from './http-io.ts';
import { RateLimiter } from './rate-limits.ts';
import { isSnowflake, shardOfGuild, snowflake, snowflakeTimestamp } from './snowflake.ts';

describe('snowflakes', () => {
  it('are unique, increasing, 17-20 digits and never older than the time asked for', () => {
    const start = Date.now();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 50 }), (offset, steps) => {
        let at = start + offset;
        const ids = steps.map((step) => {
          at += step;
          const id = snowflake(at);
          expect(snowflakeTimestamp(id)).toBeGreaterThanOrEqual(at);
          return id;
        });
        expect(ids.every(isSnowflake)).toBe(true);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1))).toEqual(ids);
      }),
    );
  });

  it('put a guild on shard (id >> 22) % count', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n << 40n, max: (1n << 63n) - 1n }), fc.integer({ min: 1, max: 64 }), (id, count) => {
        expect(shardOfGuild(id.toString(), count)).toBe(Number((id >> 22n) % BigInt(count)));
      }),
    );
  });
});

describe('request bodies', () => {
  it('reads payload_json and file sizes from any multipart body discord.js can build', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.uint8Array({ maxLength: 300 }), fc.string({ minLength: 1, maxLength: 20 }), async (content, bytes, name) => {
        const form = new FormData();
        form.append('files[0]', new Blob([bytes], { type: 'application/octet-stream' }), `${name.replaceAll('"', '')}.bin`);
        form.append('payload_json', JSON.stringify({ content }));
        const request = new Request('http://x', { method: 'POST', body: form });
        const raw = Buffer.from(await request.arrayBuffer());

        const parsed = parseBody(raw, request.headers.get('content-type') ?? '');

        expect(parsed.json).toEqual({ content });
        expect(parsed.files).toMatchObject([{ field: 'files[0]', size: bytes.length }]);
      }),
      { numRuns: 50 },
    );
  });

  it('answers invalid JSON with 50109', () => {
    expect(() => parseBody(Buffer.from('{"content":'), 'application/json')).toThrow(DiscordApiError);
  });
});

describe('rate limiter', () => {
  it('lets through at most perSecond requests in any one-second window, and reports when to retry', () => {
    const gaps = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), gaps, (perSecond, steps) => {
        const limiter = new RateLimiter({ globalPerSecond: perSecond, channelMessages: null });
        let now = 1_000_000;
        const accepted: number[] = [];
        for (const step of steps) {
          now += step;
          try {
            limiter.takeGlobal('GET', '/x', now);
            accepted.push(now);
          } catch (error) {
            const retryAfter = Number((error as DiscordApiError).headers['Retry-After']) * 1000;
            expect(retryAfter).toBeGreaterThan(0);
            expect(retryAfter).toBeLessThanOrEqual(1000);
          }
        }
        // Fixed windows: a window starts at its first request, so count per window start.
        let windowStart = -Infinity;
        let inWindow = 0;
        for (const at of accepted) {
          if (at >= windowStart + 1000) [windowStart, inWindow] = [at, 0];
          inWindow += 1;
          expect(inWindow).toBeLessThanOrEqual(perSecond);
        }
      }),
    );
  });

  it('uses up a forced failure rule after its number of times and only on matching requests', () => {
    const limiter = new RateLimiter({ globalPerSecond: null, channelMessages: null });
    limiter.failNext({ method: 'POST', route: /^\/channels\/\d+\/messages$/, status: 503, times: 2 });

    expect(limiter.forcedFailure('GET', '/channels/1/messages', 0)).toBeNull();
    expect(limiter.forcedFailure('POST', '/channels/1/messages', 0)?.status).toBe(503);
    expect(limiter.forcedFailure('POST', '/channels/2/messages', 0)?.status).toBe(503);
    expect(limiter.forcedFailure('POST', '/channels/1/messages', 0)).toBeNull();
  });

  it('answers a channel over its limit with a 429 carrying the bucket headers and Retry-After', () => {
    const limiter = new RateLimiter({ globalPerSecond: null, channelMessages: { count: 2, windowMs: 5000 } });
    const first = limiter.takeChannelMessage('c', 'POST', '/channels/c/messages', 0);
    limiter.takeChannelMessage('c', 'POST', '/channels/c/messages', 100);

    let refused: DiscordApiError | undefined;
    try {
      limiter.takeChannelMessage('c', 'POST', '/channels/c/messages', 1000);
    } catch (error) {
      refused = error as DiscordApiError;
    }

    expect(first).toMatchObject({ 'X-RateLimit-Limit': '2', 'X-RateLimit-Remaining': '1', 'X-RateLimit-Reset-After': '5.000' });
    expect(refused?.status).toBe(429);
    expect(refused?.headers).toMatchObject({ 'Retry-After': '4.000', 'X-RateLimit-Scope': 'user', 'X-RateLimit-Remaining': '0' });
    expect(refused?.body).toEqual({ message: 'You are being rate limited.', retry_after: 4, global: false, code: 0 });
    expect(limiter.takeChannelMessage('other', 'POST', '/channels/other/messages', 1000)['X-RateLimit-Remaining']).toBe('1');
    expect(limiter.hits).toMatchObject([{ scope: 'channel', retryAfterMs: 4000 }]);
  });
});
