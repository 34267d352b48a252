// What a command handler may use: the engine, the digests, the clock and a few questions only the
// transport can answer (can the bot post in that channel?). Each transport assembles its own.
import type { Config } from '../config/env.ts';
import type { BriefingEngine } from '../engine/engine.ts';
import type { Clock } from '../digest/types.ts';
import type { DigestService } from './digest-service.ts';

export type ChannelAccess = { readonly ok: true } | { readonly ok: false; readonly problem: string };

export interface HelpEntry {
  readonly name: string;
  readonly description: string;
  readonly examples: readonly string[];
}

export interface Services {
  readonly engine: BriefingEngine;
  readonly config: Config;
  readonly clock: Clock;
  readonly digests: DigestService;
  /** Whether the bot can view, send and embed in a channel of the guild. */
  channelAccess(guildId: string, channelId: string): Promise<ChannelAccess>;
  help(): readonly HelpEntry[];
}
