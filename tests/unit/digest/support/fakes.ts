// Test doubles for the digest core: a Discord that honours nonces like `enforce_nonce`, a corpus, a renderer.
import type { DigestItem } from '../../../../src/engine/types.ts';
import type { NewSubscription } from '../../../../src/digest/store.ts';
import { DigestPostError } from '../../../../src/digest/types.ts';
import type { DigestContentSource, DigestHeader, DigestTransport } from '../../../../src/digest/types.ts';

export interface TestMessage {
  readonly date: string;
  readonly articleIds: readonly string[];
}

export interface PostedMessage {
  readonly id: string;
  readonly channelId: string;
  readonly nonce: string;
  readonly message: TestMessage;
}

/** One scripted attempt: post normally ('ok'), fail with an error, or never answer (the process "dies"). */
type Behaviour = 'ok' | DigestPostError | Error | 'hang-after-posting' | 'hang-before-posting';

/** Stands in for Discord: a repeated nonce in a channel returns the first message instead of posting again. */
export class FakeDiscord implements DigestTransport<TestMessage> {
  readonly messages: PostedMessage[] = [];
  readonly attempts: { channelId: string; nonce: string }[] = [];
  private readonly scripted = new Map<string, Behaviour[]>();
  private readonly always = new Map<string, DigestPostError>();
  private nextId = 1000;

  /** The next posts to this channel behave as listed, one entry per attempt. */
  script(channelId: string, ...behaviours: Behaviour[]): void {
    this.scripted.set(channelId, [...(this.scripted.get(channelId) ?? []), ...behaviours]);
  }

  /** Every post to this channel fails with this error. */
  failAlways(channelId: string, error: DigestPostError): void {
    this.always.set(channelId, error);
  }

  in(channelId: string): PostedMessage[] {
    return this.messages.filter((m) => m.channelId === channelId);
  }

  post(channelId: string, message: TestMessage, nonce: string): Promise<{ messageId: string }> {
    this.attempts.push({ channelId, nonce });
    const permanent = this.always.get(channelId);
    if (permanent) return Promise.reject(permanent);
    const behaviour = this.scripted.get(channelId)?.shift();
    if (behaviour === 'hang-before-posting') return new Promise(() => undefined);
    if (behaviour instanceof Error) return Promise.reject(behaviour);
    const duplicate = this.messages.find((m) => m.channelId === channelId && m.nonce === nonce);
    const posted = duplicate ?? { id: String(this.nextId++), channelId, nonce, message };
    if (!duplicate) this.messages.push(posted);
    // The message reached Discord but the process "dies" before hearing back.
    if (behaviour === 'hang-after-posting') return new Promise(() => undefined);
    return Promise.resolve({ messageId: posted.id });
  }
}

export function rateLimited(retryAfterMs: number): DigestPostError {
  return new DigestPostError('retryable', 429, 'You are being rate limited', retryAfterMs);
}

export function missingAccess(): DigestPostError {
  return new DigestPostError('permanent', 403, 'Missing Access');
}

export function item(id: string, publishedAt = '2026-11-20T10:00:00Z'): DigestItem {
  return {
    article: { id, title: `Title of ${id}`, source: 'Wire', url: null, publishedAt, wordCount: 300, readingMinutes: 2 },
    summary: [`Summary of ${id}.`],
    bestQuote: null,
  };
}

/** A corpus of `count` articles, "a01" newest; `unseen` behaves as the engine's will. */
export class FakeCorpus implements DigestContentSource {
  items: DigestItem[];
  calls = 0;
  failFor: string | null = null;

  constructor(count: number, prefix = 'a') {
    this.items = Array.from({ length: count }, (_, i) => item(`${prefix}${String(i + 1).padStart(2, '0')}`));
  }

  unseen(channelId: string, seen: ReadonlySet<string>, max: number): DigestItem[] {
    this.calls++;
    if (channelId === this.failFor) throw new Error(`corpus exploded for ${channelId}`);
    return this.items.filter((i) => !seen.has(i.article.id)).slice(0, max);
  }
}

/** Two articles per message, so a digest of up to 10 spans several messages. */
export function composeInPairs(items: DigestItem[], header: DigestHeader): TestMessage[] {
  const messages: TestMessage[] = [];
  for (let i = 0; i < items.length; i += 2) {
    messages.push({ date: header.date, articleIds: items.slice(i, i + 2).map((it) => it.article.id) });
  }
  return messages;
}

export function newSubscription(overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    guildId: 'guild-1',
    channelId: 'channel-1',
    scheduleText: 'daily 08:00',
    cron: '0 8 * * *',
    timeZone: 'Europe/Paris',
    maxArticles: 5,
    createdBy: 'admin-1',
    createdAt: new Date('2026-11-01T00:00:00Z'),
    ...overrides,
  };
}
