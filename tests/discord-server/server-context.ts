// What route handlers share: the state, the interaction tracker, the limiter and fixed settings.
import type { ChangeFeed } from './change-feed.ts';
import type { Gateway } from './gateway.ts';
import type { InteractionTracker } from './interactions.ts';
import type { RateLimiter } from './rate-limits.ts';
import type { DiscordState } from './state.ts';

export interface ServerSettings {
  readonly gatewayUrl: string;
  readonly shardCount: number;
  readonly maxConcurrency: number;
  readonly nonceWindowMs: number;
}

export interface ServerContext {
  readonly state: DiscordState;
  readonly tracker: InteractionTracker;
  readonly limiter: RateLimiter;
  readonly feed: ChangeFeed;
  readonly gateway: Gateway;
  readonly settings: ServerSettings;
}
