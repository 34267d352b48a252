// Rate limits with Discord's headers: an optional global limit, an optional per-channel message limit,
// and forced failures for tests. Deviation from Discord: `Retry-After` carries fractional seconds (Discord
// rounds it up to whole seconds) so that tests exercising retries stay fast.
import { DiscordApiError, apiErrors } from './http-io.ts';
import type { FailureRule, RateLimitHit, RateLimitScope } from './types.ts';

/** Opaque bucket hash for channel messages; one hash for every channel, told apart by the major parameter. */
const CHANNEL_MESSAGE_BUCKET = 'c0ffee7e57b0c4e7';
const GLOBAL_WINDOW_MS = 1000;
const DEFAULT_FORCED_RETRY_MS = 100;

export interface RateLimitOptions {
  readonly globalPerSecond: number | null;
  readonly channelMessages: { readonly count: number; readonly windowMs: number } | null;
}

interface Window {
  start: number;
  used: number;
}

interface ActiveRule {
  readonly rule: FailureRule;
  remaining: number;
}

const seconds = (ms: number): string => (Math.max(0, ms) / 1000).toFixed(3);

function take(window: Window, limit: number, windowMs: number, now: number): { ok: boolean; remaining: number; resetAt: number } {
  if (now >= window.start + windowMs) {
    window.start = now;
    window.used = 0;
  }
  const resetAt = window.start + windowMs;
  if (window.used >= limit) return { ok: false, remaining: 0, resetAt };
  window.used += 1;
  return { ok: true, remaining: limit - window.used, resetAt };
}

function limitHeaders(limit: number, remaining: number, resetAt: number, now: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': seconds(resetAt),
    'X-RateLimit-Reset-After': seconds(resetAt - now),
  };
}

export class RateLimiter {
  private readonly globalWindow: Window = { start: 0, used: 0 };
  private readonly channelWindows = new Map<string, Window>();
  private readonly rules: ActiveRule[] = [];
  readonly hits: RateLimitHit[] = [];

  constructor(private readonly options: RateLimitOptions) {}

  failNext(rule: FailureRule): void {
    this.rules.push({ rule, remaining: rule.times ?? 1 });
  }

  /** The forced failure for this request, if a rule matches (each match uses up one of its `times`). */
  forcedFailure(method: string, path: string, now: number): DiscordApiError | null {
    const active = this.rules.find(({ rule, remaining }) => {
      if (remaining <= 0) return false;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) return false;
      return typeof rule.route === 'string' ? rule.route === path : rule.route.test(path);
    });
    if (active === undefined) return null;
    active.remaining -= 1;
    const { rule } = active;
    if (rule.status === 429) {
      const retryAfterMs = rule.retryAfterMs ?? DEFAULT_FORCED_RETRY_MS;
      const scope = rule.global === true ? 'global' : 'user';
      const extra = rule.global === true ? {} : limitHeaders(1, 0, now + retryAfterMs, now);
      return this.tooManyRequests(method, path, 'forced', retryAfterMs, scope, extra, now);
    }
    if (rule.status === 403) return apiErrors.missingPermissions();
    if (rule.status >= 500) return apiErrors.serverError(rule.status);
    return new DiscordApiError(rule.status, { code: 0, message: `${rule.status}: Forced by test` });
  }

  /** Counts a bot-token request against the global limit; throws the 429 when it is used up. */
  takeGlobal(method: string, path: string, now: number): void {
    const perSecond = this.options.globalPerSecond;
    if (perSecond === null) return;
    const result = take(this.globalWindow, perSecond, GLOBAL_WINDOW_MS, now);
    if (!result.ok) throw this.tooManyRequests(method, path, 'global', result.resetAt - now, 'global', {}, now);
  }

  /** Counts a message against its channel's limit: the bucket headers to answer with, or throws the 429. */
  takeChannelMessage(channelId: string, method: string, path: string, now: number): Record<string, string> {
    const limit = this.options.channelMessages;
    if (limit === null) return {};
    const window = this.channelWindows.get(channelId) ?? { start: 0, used: 0 };
    this.channelWindows.set(channelId, window);
    const result = take(window, limit.count, limit.windowMs, now);
    const headers = {
      ...limitHeaders(limit.count, result.remaining, result.resetAt, now),
      'X-RateLimit-Bucket': CHANNEL_MESSAGE_BUCKET,
    };
    if (!result.ok) throw this.tooManyRequests(method, path, 'channel', result.resetAt - now, 'user', headers, now);
    return headers;
  }

  private tooManyRequests(
    method: string,
    path: string,
    scope: RateLimitScope,
    retryAfterMs: number,
    headerScope: 'global' | 'user',
    extraHeaders: Record<string, string>,
    now: number,
  ): DiscordApiError {
    this.hits.push({ method, path, scope, retryAfterMs, at: now });
    const global = headerScope === 'global';
    const headers: Record<string, string> = {
      ...extraHeaders,
      'Retry-After': seconds(retryAfterMs),
      'X-RateLimit-Scope': headerScope,
      ...(global ? { 'X-RateLimit-Global': 'true' } : {}),
    };
    const body = { message: 'You are being rate limited.', retry_after: Number(seconds(retryAfterMs)), global, code: 0 };
    return new DiscordApiError(429, body, headers);
  }
}
