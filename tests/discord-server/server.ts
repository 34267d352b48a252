// A local Discord (REST v10 + gateway) that the unmodified discord.js client talks to through
// `rest: { api: server.apiUrl }`. Tests drive users (commands, clicks) and read back what the bot did.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIApplicationCommand, APIUser } from 'discord.js';
import { ChangeFeed, DEFAULT_WAIT_MS } from './change-feed.ts';
import { Gateway, type ReceivedPayload } from './gateway.ts';
import type { HeldResponse, HoldRule } from './held-responses.ts';
import type { JsonRecord } from './http-io.ts';
import { InteractionLauncher } from './interaction-launcher.ts';
import { InteractionTracker } from './interactions.ts';
import { channelPayload, guildCreatePayload } from './payloads.ts';
import { FORBIDDEN_CHANNEL_DENY } from './permissions.ts';
import { RateLimiter } from './rate-limits.ts';
import { RestApi } from './rest.ts';
import { membersChunk, readyPayloads } from './ready-payloads.ts';
import { appRoutes } from './routes-app.ts';
import { channelRoutes } from './routes-channels.ts';
import { interactionRoutes } from './routes-interactions.ts';
import type { ServerContext } from './server-context.ts';
import { snowflake } from './snowflake.ts';
import { DiscordState, type GuildRecord } from './state.ts';
import type {
  AutocompleteHandle, ChannelView, ComponentInput, DiscordServerOptions, FailureRule, GuildSpec, GuildView,
  InteractionHandle, RateLimitHit, RecordedMessage, RecordedRequest, SelectMenuInput, SendAutocompleteInput,
  SendCommandInput, SessionView, WaitOptions,
} from './types.ts';

export * from './types.ts';
export { snowflake, snowflakeTimestamp, shardOfGuild } from './snowflake.ts';
export { Permission } from './permissions.ts';

const FIFTEEN_MINUTES = 15 * 60_000;

export class DiscordServer {
  /** `rest.api` for discord.js: `http://127.0.0.1:PORT/api`. */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  /** A token to log in with (any non-empty token is accepted unless `validToken` was set). */
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Who `sendCommand` & co. act as when no `user` is given. */
  readonly defaultUser: APIUser;
  private readonly launcher: InteractionLauncher;

  private constructor(
    private readonly http: Server,
    private readonly ctx: ServerContext,
    private readonly rest: RestApi,
    port: number,
    token: string,
  ) {
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = ctx.settings.gatewayUrl;
    this.token = token;
    this.applicationId = ctx.state.applicationId;
    this.botUser = ctx.state.botUser;
    this.defaultUser = ctx.state.user({ username: 'tester', globalName: 'Test User' });
    this.launcher = new InteractionLauncher(ctx, this.defaultUser);
  }

  static async start(options: DiscordServerOptions = {}): Promise<DiscordServer> {
    let handler: ((req: Parameters<RestApi['handle']>[0], res: Parameters<RestApi['handle']>[1]) => void) | null = null;
    const http = createServer((req, res) => handler?.(req, res));
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    const applicationId = options.applicationId ?? snowflake();
    const state = new DiscordState(applicationId, options.botUser ?? {});
    for (const guild of options.guilds ?? [{ name: 'Test Guild' }]) state.addGuild(guild);
    const token = options.validToken ?? `${Buffer.from(applicationId).toString('base64url')}.fake.${snowflake()}`;
    const isValidToken = (candidate: string): boolean =>
      options.validToken === undefined ? candidate.length > 0 : candidate === options.validToken;
    const feed = new ChangeFeed();
    const settings = {
      gatewayUrl: `ws://127.0.0.1:${port}`,
      shardCount: options.shardCount ?? 1,
      maxConcurrency: options.maxConcurrency ?? 16,
      nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
    };
    const gateway = new Gateway({
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      isValidToken,
      readyPayloads: (shardId, shardCount, sessionId) => readyPayloads(state, settings.gatewayUrl, shardId, shardCount, sessionId),
      membersChunk: (request) => membersChunk(state, request),
      changed: () => feed.notify(),
    });
    const limiter = new RateLimiter({
      globalPerSecond: options.globalRateLimit?.perSecond ?? null,
      channelMessages: options.channelMessageLimit ?? null,
    });
    const tracker = new InteractionTracker(state, feed, {
      deadlineMs: options.interactionDeadlineMs ?? 3000,
      tokenTtlMs: options.interactionTokenTtlMs ?? FIFTEEN_MINUTES,
    });
    const ctx: ServerContext = { state, tracker, limiter, feed, gateway, settings };
    const routes = [...appRoutes(ctx), ...channelRoutes(ctx), ...interactionRoutes(ctx)];
    const rest = new RestApi({ routes, limiter, feed, isValidToken });
    handler = (req, res) => void rest.handle(req, res);
    http.on('upgrade', (req, socket, head) => gateway.handleUpgrade(req, socket, head));
    return new DiscordServer(http, ctx, rest, port, token);
  }

  // ── Gateway ──────────────────────────────────────────────────────────────────────────────────

  /** Resolves once every shard (0..shards-1; default: the count clients identified with) got READY and its guilds. */
  waitForReady(options: WaitOptions & { readonly shards?: number } = {}): Promise<void> {
    const { gateway } = this.ctx;
    return this.ctx.feed.until(
      () => {
        const live = gateway.views().filter((s) => s.ready && s.connected);
        const count = options.shards ?? live.at(-1)?.shardCount;
        if (count === undefined) return undefined;
        for (let shard = 0; shard < count; shard += 1) {
          if (!live.some((s) => s.shardId === shard && s.shardCount === count)) return undefined;
        }
        return true;
      },
      options.timeoutMs ?? DEFAULT_WAIT_MS,
      () => `sessions: ${JSON.stringify(gateway.views())}`,
    ).then(() => undefined);
  }

  get sessions(): readonly SessionView[] {
    return this.ctx.gateway.views();
  }

  /** Gateway payloads clients sent (heartbeats excluded): identify, resume, presence, member requests. */
  get gatewayPayloads(): readonly ReceivedPayload[] {
    return this.ctx.gateway.received;
  }

  /** Sends a raw dispatch to the shard owning `guildId` (shard 0 when null). */
  dispatch(event: string, data: JsonRecord, guildId: string | null = null): void {
    if (!this.ctx.gateway.dispatch(guildId, event, data)) throw new Error(`no client identified for the shard of ${guildId ?? 'DMs'}`);
  }

  reconnectShard(shardId = 0): void {
    this.ctx.gateway.requestReconnect(shardId);
  }

  invalidateSession(shardId = 0, resumable = false): void {
    this.ctx.gateway.invalidateSession(shardId, resumable);
  }

  closeShard(shardId = 0, code = 4000): void {
    this.ctx.gateway.closeShard(shardId, code);
  }

  // ── Users acting ─────────────────────────────────────────────────────────────────────────────

  sendCommand(input: SendCommandInput): InteractionHandle {
    return this.launcher.command(input);
  }

  sendAutocomplete(input: SendAutocompleteInput): AutocompleteHandle {
    return this.launcher.autocomplete(input);
  }

  clickButton(input: ComponentInput): InteractionHandle {
    return this.launcher.component(input, null);
  }

  selectMenu(input: SelectMenuInput): InteractionHandle {
    return this.launcher.component(input, input.values);
  }

  // ── What the bot did ─────────────────────────────────────────────────────────────────────────

  /** Messages in a channel, oldest first, including ephemeral and interaction messages (not deleted ones by default). */
  messages(channelId: string, options: { readonly includeDeleted?: boolean } = {}): readonly RecordedMessage[] {
    return this.ctx.state.messagesIn(channelId).filter((m) => options.includeDeleted === true || !m.deleted);
  }

  message(id: string): RecordedMessage | undefined {
    return this.ctx.state.messages.get(id);
  }

  waitForMessages(channelId: string, count: number, options: WaitOptions = {}): Promise<readonly RecordedMessage[]> {
    return this.ctx.feed.until(
      () => {
        const messages = this.messages(channelId);
        return messages.length >= count ? messages : undefined;
      },
      options.timeoutMs ?? DEFAULT_WAIT_MS,
      () => `channel ${channelId} has ${this.messages(channelId).length} of ${count} messages`,
    );
  }

  commands(guildId?: string): readonly APIApplicationCommand[] {
    return this.ctx.state.commandsIn(guildId ?? 'global');
  }

  get allRequests(): readonly RecordedRequest[] {
    return this.rest.requests;
  }

  /** Requests matching a method and/or a path (a string must equal the path after `/api/v10`). */
  requests(filter: { readonly method?: string; readonly route?: RegExp | string } = {}): readonly RecordedRequest[] {
    return this.rest.requests.filter(
      (r) =>
        (filter.method === undefined || r.method === filter.method.toUpperCase()) &&
        (filter.route === undefined || (typeof filter.route === 'string' ? r.path === filter.route : filter.route.test(r.path))),
    );
  }

  /** Requests no route handled (and any that crashed this server): tests should expect none. */
  get unhandled(): readonly RecordedRequest[] {
    return this.rest.unhandled;
  }

  get rateLimitHits(): readonly RateLimitHit[] {
    return this.ctx.limiter.hits;
  }

  /** Every distinct Authorization header received. */
  get authorizations(): readonly string[] {
    return [...this.rest.authorizations];
  }

  /** Forgets recorded requests, unhandled requests and rate-limit hits (messages stay). */
  clearRecords(): void {
    this.rest.requests.length = 0;
    this.rest.unhandled.length = 0;
    this.ctx.limiter.hits.length = 0;
  }

  // ── Shaping the world ────────────────────────────────────────────────────────────────────────

  failNext(rule: FailureRule): void {
    this.ctx.limiter.failNext(rule);
  }

  /** Handles matching requests in full (a message is stored) but keeps their answers back; the list fills as they come. */
  holdResponses(rule: HoldRule): readonly HeldResponse[] {
    return this.rest.holds.add(rule);
  }

  get guilds(): readonly GuildView[] {
    return [...this.ctx.state.guilds.values()].map((g) => this.guildView(g));
  }

  /** The id of the channel with this name (first match, or within a guild). */
  channelId(name: string, guildId?: string): string {
    const channel = [...this.ctx.state.channels.values()].find((c) => c.name === name && (guildId === undefined || c.guildId === guildId));
    if (channel === undefined) throw new Error(`no channel named ${name}`);
    return channel.id;
  }

  /** Takes Send Messages away from the bot there: posting answers 403 50013; the client is told by CHANNEL_UPDATE. */
  forbidChannel(id: string, options: { readonly notifyClient?: boolean } = {}): void {
    const channel = this.ctx.state.channel(id);
    channel.forbidden = true;
    channel.overwrites.push({ id: this.botUser.id, type: 1, allow: 0n, deny: FORBIDDEN_CHANNEL_DENY });
    if (options.notifyClient !== false) this.ctx.gateway.dispatch(channel.guildId, 'CHANNEL_UPDATE', channelPayload(channel, this.ctx.state));
  }

  /** Deletes a channel: later requests get 404 10003; the client is told by CHANNEL_DELETE. */
  deleteChannel(id: string, options: { readonly notifyClient?: boolean } = {}): void {
    const channel = this.ctx.state.deleteChannel(id);
    if (options.notifyClient !== false) this.ctx.gateway.dispatch(channel.guildId, 'CHANNEL_DELETE', channelPayload(channel, this.ctx.state));
  }

  /** The bot joins a guild: GUILD_CREATE goes to its shard if a client is connected. */
  addGuild(spec: GuildSpec): GuildView {
    const guild = this.ctx.state.addGuild(spec);
    this.ctx.gateway.dispatch(guild.id, 'GUILD_CREATE', guildCreatePayload(this.ctx.state, guild));
    return this.guildView(guild);
  }

  /** The bot is removed from a guild: GUILD_DELETE. */
  removeGuild(id: string): void {
    const guild = this.ctx.state.guild(id);
    for (const channelId of [...guild.channelIds]) this.ctx.state.deleteChannel(channelId);
    this.ctx.state.guilds.delete(id);
    this.ctx.gateway.dispatch(id, 'GUILD_DELETE', { id });
  }

  private guildView(guild: GuildRecord): GuildView {
    const channels: ChannelView[] = guild.channelIds.map((id) => {
      const c = this.ctx.state.channel(id);
      return { id: c.id, guildId: c.guildId, name: c.name, type: c.type, forbidden: c.forbidden };
    });
    return { id: guild.id, name: guild.name, ownerId: guild.ownerId, channels };
  }

  async close(): Promise<void> {
    this.ctx.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}

/** Starts a fake Discord on 127.0.0.1 and a random free port. */
export function startDiscordServer(options: DiscordServerOptions = {}): Promise<DiscordServer> {
  return DiscordServer.start(options);
}
