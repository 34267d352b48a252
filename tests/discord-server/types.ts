// Public vocabulary of the local Discord server: what tests configure, send and read back.
// API payload shapes come from discord-api-types (re-exported by discord.js) so assertions are typed.
import type {
  APIAllowedMentions,
  APIApplicationCommandOptionChoice,
  APIEmbed,
  APIInteraction,
  APIInteractionResponseCallbackData,
  APIMessageTopLevelComponent,
} from 'discord.js';

export type ChannelKind = 'text' | 'announcement' | 'voice' | 'category' | 'forum';

export interface ChannelSpec {
  readonly id?: string;
  readonly name: string;
  /** Default `text`. */
  readonly type?: ChannelKind;
  readonly parentId?: string;
  readonly topic?: string;
}

export interface UserSpec {
  readonly id?: string;
  readonly username?: string;
  readonly globalName?: string | null;
  readonly bot?: boolean;
}

export interface GuildSpec {
  readonly id?: string;
  readonly name: string;
  /** Default: one text channel `general`. */
  readonly channels?: readonly ChannelSpec[];
  /** Default: a generated owner user (not the bot). */
  readonly ownerId?: string;
  /** Guild-level permissions of the bot's managed role. Default: view, send, embed, attach, history, reactions. */
  readonly botPermissions?: bigint;
  /** Permissions of @everyone. Default: Discord's default set. */
  readonly everyonePermissions?: bigint;
  /** `preferred_locale`, default `en-US`. */
  readonly locale?: string;
  /** Extra members (besides the bot and the owner). */
  readonly members?: readonly UserSpec[];
}

export interface DiscordServerOptions {
  /** Default: a fresh snowflake; the bot user gets the same id, as on Discord. */
  readonly applicationId?: string;
  readonly botUser?: UserSpec;
  /** Default: one guild `Test Guild` with a text channel `general`. */
  readonly guilds?: readonly GuildSpec[];
  /** The 3-second rule: a callback later than this after dispatch gets 404 10062. Default 3000. */
  readonly interactionDeadlineMs?: number;
  /** How long follow-ups/edits stay possible (Discord: 15 min). Later they get 401 50027. */
  readonly interactionTokenTtlMs?: number;
  /** Requests per second a bot token may make (interaction endpoints are exempt, as on Discord). Off by default. */
  readonly globalRateLimit?: { readonly perSecond: number };
  /** Messages per channel per window for `POST /channels/{id}/messages`. Off by default. */
  readonly channelMessageLimit?: { readonly count: number; readonly windowMs: number };
  /** `shards` answered by `GET /gateway/bot` (what `shards: 'auto'` will use). Default 1. */
  readonly shardCount?: number;
  /** `session_start_limit.max_concurrency`; high by default so shards identify without the 5 s wait. */
  readonly maxConcurrency?: number;
  /** Gateway heartbeat interval sent in HELLO. Default 41250 (Discord's). */
  readonly heartbeatIntervalMs?: number;
  /** When set, only this token is accepted (REST 401, gateway close 4004); otherwise any token is. */
  readonly validToken?: string;
  /** How long `enforce_nonce` remembers a nonce per channel. Default 5 minutes. */
  readonly nonceWindowMs?: number;
}

export interface RecordedFile {
  readonly field: string;
  readonly filename: string;
  readonly contentType: string | null;
  readonly size: number;
}

export interface RecordedRequest {
  readonly method: string;
  /** Path after `/api/v10`, e.g. `/channels/123/messages`. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** The route template that handled it (`POST /channels/:id/messages`), or null when none did. */
  route: string | null;
  /** Parsed JSON body (or `payload_json` of a multipart body). */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  readonly authorization: string | null;
  /** Unix ms when it arrived. */
  readonly at: number;
  /** HTTP status answered. */
  status: number;
  /** Discord error code answered, if any. */
  errorCode: number | null;
}

export type RateLimitScope = 'global' | 'channel' | 'forced';

export interface RateLimitHit {
  readonly method: string;
  readonly path: string;
  readonly scope: RateLimitScope;
  readonly retryAfterMs: number;
  readonly at: number;
}

/** Forces the next `times` requests matching `method` + `route` to fail (checked before anything else). */
export interface FailureRule {
  /** Any method when omitted. */
  readonly method?: string;
  /** Matched against the path after `/api/v10` (a string must match it exactly). */
  readonly route: RegExp | string;
  /** 429 answers like a rate limit, 5xx like an outage, 403 like Missing Permissions, others generic. */
  readonly status: number;
  /** Default 1. */
  readonly times?: number;
  /** For 429: `retry_after`, default 100 ms. */
  readonly retryAfterMs?: number;
  /** For 429: mark it as the global limit. */
  readonly global?: boolean;
}

export type MessageSource = 'channel' | 'interaction' | 'follow-up';

/** A message the bot produced. Live: edits update this object in place. */
export interface RecordedMessage {
  readonly id: string;
  readonly channelId: string;
  readonly guildId: string | null;
  readonly source: MessageSource;
  /** The interaction this message answers (response or follow-up), else null. */
  readonly interactionId: string | null;
  content: string;
  embeds: APIEmbed[];
  components: APIMessageTopLevelComponent[];
  flags: number;
  attachments: RecordedFile[];
  /** `allowed_mentions` as sent (null when the request had none). */
  allowedMentions: APIAllowedMentions | null;
  readonly nonce: string | number | null;
  /** True while it is the "thinking…" placeholder of a deferred reply. */
  loading: boolean;
  deleted: boolean;
  readonly createdAt: number;
  editedAt: number | null;
  /** How many times it was edited. */
  edits: number;
}

export type CallbackData = APIInteractionResponseCallbackData & {
  readonly choices?: readonly APIApplicationCommandOptionChoice[];
};

export interface InteractionCallbackRecord {
  /** 1 PONG, 4 reply, 5 deferred reply, 6 deferred update, 7 update, 8 autocomplete, 9 modal. */
  readonly type: number;
  readonly data: CallbackData | undefined;
  /** ms between sending INTERACTION_CREATE and receiving this callback. */
  readonly latencyMs: number;
  readonly at: number;
  readonly withResponse: boolean;
}

export interface RejectedCallback {
  readonly status: number;
  readonly code: number;
  readonly latencyMs: number;
}

export interface WaitOptions {
  /** Default 5000 ms. */
  readonly timeoutMs?: number;
}

export type OptionValue = string | number | boolean;

export interface CommandOptionInput {
  readonly name: string;
  readonly value: OptionValue;
  /** Application command option type. Default: from the registered command, else inferred from the value. */
  readonly type?: number;
}

export interface InteractionContextInput {
  /** Default: the first guild; ignored with `dm: true`. */
  readonly guildId?: string;
  /** Default: the guild's first text channel. */
  readonly channelId?: string;
  /** Send from a DM with the bot instead of a guild. */
  readonly dm?: boolean;
  /** Default: the server's `defaultUser`. */
  readonly user?: UserSpec;
  /** The member's permissions in the channel. Default: a regular member's. */
  readonly permissions?: bigint | string;
  readonly locale?: string;
}

export interface SendCommandInput extends InteractionContextInput {
  readonly name: string;
  readonly options?: readonly CommandOptionInput[] | Readonly<Record<string, OptionValue>>;
  readonly subcommand?: string;
  readonly subcommandGroup?: string;
}

export interface SendAutocompleteInput extends SendCommandInput {
  /** Name of the option being typed in; its value is the partial text. */
  readonly focused: string;
}

export interface ComponentInput extends Omit<InteractionContextInput, 'guildId' | 'channelId' | 'dm'> {
  /** The message carrying the component (or its id). */
  readonly message: RecordedMessage | string;
  readonly customId: string;
}

export interface SelectMenuInput extends ComponentInput {
  readonly values: readonly string[];
}

export interface SessionView {
  readonly shardId: number;
  readonly shardCount: number;
  readonly sessionId: string;
  readonly connected: boolean;
  readonly ready: boolean;
  readonly sequence: number;
  readonly intents: number;
  readonly resumes: number;
}

export interface ChannelView {
  readonly id: string;
  readonly guildId: string | null;
  readonly name: string;
  /** Discord channel type (0 text, 2 voice, 4 category, 5 announcement, 15 forum, 1 DM). */
  readonly type: number;
  readonly forbidden: boolean;
}

export interface GuildView {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly channels: readonly ChannelView[];
}

export interface OriginalWaitOptions extends WaitOptions {
  /** Keep waiting until the message also satisfies this (e.g. a later edit). */
  readonly where?: (message: RecordedMessage) => boolean;
}

/** What `sendCommand`, `clickButton` and `selectMenu` return: the interaction as Discord saw it. */
export interface InteractionHandle {
  readonly id: string;
  readonly token: string;
  /** The INTERACTION_CREATE data exactly as dispatched. */
  readonly payload: APIInteraction;
  /** Unix ms of the dispatch. */
  readonly dispatchedAt: number;
  /** The accepted callback, once there is one. */
  readonly callback: InteractionCallbackRecord | null;
  /** Callbacks the server refused (late: 10062, second: 40060, invalid body: 50035...). */
  readonly rejections: readonly RejectedCallback[];
  /** ms from dispatch to the accepted callback, or null before it. */
  readonly latencyMs: number | null;
  readonly followUps: readonly RecordedMessage[];
  /** The accepted callback (type and data as sent). */
  response(options?: WaitOptions): Promise<InteractionCallbackRecord>;
  /** The first refused callback. */
  rejection(options?: WaitOptions): Promise<RejectedCallback>;
  /**
   * `@original` once it shows something: the reply, the first edit after a deferral, or for components the
   * message they are on (after update). Live object: later edits show up in it.
   */
  original(options?: OriginalWaitOptions): Promise<RecordedMessage>;
  waitForFollowUps(count: number, options?: WaitOptions): Promise<readonly RecordedMessage[]>;
}

export interface AutocompleteHandle {
  readonly id: string;
  readonly token: string;
  readonly payload: APIInteraction;
  readonly latencyMs: number | null;
  readonly rejections: readonly RejectedCallback[];
  /** The choices the bot answered with. */
  choices(options?: WaitOptions): Promise<readonly APIApplicationCommandOptionChoice[]>;
}
