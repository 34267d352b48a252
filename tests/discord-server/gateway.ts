// The gateway protocol: HELLO, IDENTIFY → READY + GUILD_CREATEs, heartbeats, RESUME with replay,
// sharding, dispatches with sequence numbers and Discord's close codes for protocol errors.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { GatewayConnection } from './gateway-connection.ts';
import { isRecord, type JsonRecord } from './http-io.ts';
import { shardOfGuild } from './snowflake.ts';
import type { SessionView } from './types.ts';

const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Presence: 3, Voice: 4, Resume: 6, Reconnect: 7, RequestMembers: 8, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;
export const CloseCode = { UnknownOpcode: 4001, DecodeError: 4002, NotAuthenticated: 4003, AuthenticationFailed: 4004, AlreadyAuthenticated: 4005, InvalidShard: 4010, InvalidApiVersion: 4012 } as const;
/** Events kept per session for RESUME replay. */
const REPLAY_BUFFER = 5000;

export interface GatewayHooks {
  readonly heartbeatIntervalMs: number;
  isValidToken(token: string): boolean;
  /** READY's `d` and the GUILD_CREATE payloads for one shard. */
  readyPayloads(shardId: number, shardCount: number, sessionId: string): { ready: JsonRecord; guilds: JsonRecord[] };
  /** GUILD_MEMBERS_CHUNK `d` answering op 8. */
  membersChunk(request: JsonRecord): JsonRecord | null;
  changed(): void;
}

export interface ReceivedPayload {
  readonly shardId: number | null;
  readonly op: number;
  readonly d: unknown;
  readonly at: number;
}

interface Session {
  readonly id: string;
  readonly shardId: number;
  readonly shardCount: number;
  readonly intents: number;
  sequence: number;
  connection: GatewayConnection | null;
  ready: boolean;
  resumes: number;
  invalidated: boolean;
  readonly replay: { readonly s: number; readonly payload: JsonRecord }[];
}

export class Gateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions: Session[] = [];
  private readonly connections = new Map<GatewayConnection, Session | null>();
  readonly received: ReceivedPayload[] = [];

  constructor(private readonly hooks: GatewayHooks) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req));
  }

  private accept(ws: WebSocket, req: IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'ws://localhost').searchParams;
    const connection = new GatewayConnection(ws, query.get('compress') === 'zlib-stream');
    this.connections.set(connection, null);
    ws.on('close', () => {
      const session = this.connections.get(connection);
      if (session?.connection === connection) session.connection = null;
      this.connections.delete(connection);
      this.hooks.changed();
    });
    ws.on('message', (data) => this.receive(connection, data));
    if (query.get('v') !== '10') return connection.close(CloseCode.InvalidApiVersion, 'Invalid API version.');
    if ((query.get('encoding') ?? 'json') !== 'json') return connection.close(CloseCode.DecodeError, 'Only json encoding.');
    connection.send({ op: Op.Hello, d: { heartbeat_interval: this.hooks.heartbeatIntervalMs }, s: null, t: null });
  }

  private receive(connection: GatewayConnection, data: RawData): void {
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(data as Buffer[]).toString('utf8'));
    } catch {
      return connection.close(CloseCode.DecodeError, 'Error while decoding payload.');
    }
    if (!isRecord(payload) || typeof payload.op !== 'number') return connection.close(CloseCode.DecodeError, 'Decode error.');
    const session = this.connections.get(connection) ?? null;
    if (payload.op !== Op.Heartbeat) {
      this.received.push({ shardId: session?.shardId ?? null, op: payload.op, d: payload.d, at: Date.now() });
    }
    const d = isRecord(payload.d) ? payload.d : {};
    switch (payload.op) {
      case Op.Heartbeat:
        return connection.send({ op: Op.HeartbeatAck, d: null, s: null, t: null });
      case Op.Identify:
        return session === null ? this.identify(connection, d) : connection.close(CloseCode.AlreadyAuthenticated, 'Already authenticated.');
      case Op.Resume:
        return session === null ? this.resume(connection, d) : connection.close(CloseCode.AlreadyAuthenticated, 'Already authenticated.');
      case Op.Presence:
      case Op.Voice:
      case Op.RequestMembers:
        if (session === null) return connection.close(CloseCode.NotAuthenticated, 'Not authenticated.');
        if (payload.op === Op.RequestMembers) this.answerMembers(session, d);
        return;
      default:
        return connection.close(CloseCode.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private identify(connection: GatewayConnection, d: JsonRecord): void {
    if (typeof d.token !== 'string' || !this.hooks.isValidToken(d.token)) {
      return connection.close(CloseCode.AuthenticationFailed, 'Authentication failed.');
    }
    const [shardId, shardCount] = Array.isArray(d.shard) ? (d.shard as unknown[]) : [0, 1];
    if (typeof shardId !== 'number' || typeof shardCount !== 'number' || shardCount < 1 || shardId < 0 || shardId >= shardCount) {
      return connection.close(CloseCode.InvalidShard, 'Invalid shard.');
    }
    // A new identify for a shard replaces any older session of it.
    for (const old of this.sessions) if (old.shardId === shardId) old.invalidated = true;
    const session: Session = {
      id: randomBytes(16).toString('hex'),
      shardId,
      shardCount,
      intents: typeof d.intents === 'number' ? d.intents : 0,
      sequence: 0,
      connection,
      ready: false,
      resumes: 0,
      invalidated: false,
      replay: [],
    };
    this.sessions.push(session);
    this.connections.set(connection, session);
    const { ready, guilds } = this.hooks.readyPayloads(shardId, shardCount, session.id);
    this.dispatchTo(session, 'READY', ready);
    for (const guild of guilds) this.dispatchTo(session, 'GUILD_CREATE', guild);
    session.ready = true;
    this.hooks.changed();
  }

  private resume(connection: GatewayConnection, d: JsonRecord): void {
    const session = this.sessions.find((s) => s.id === d.session_id && !s.invalidated);
    const tokenOk = typeof d.token === 'string' && this.hooks.isValidToken(d.token);
    if (session === undefined || !tokenOk) {
      connection.send({ op: Op.InvalidSession, d: false, s: null, t: null });
      return;
    }
    if (session.connection !== null && session.connection !== connection) session.connection.close(4000, 'Resumed elsewhere.');
    session.connection = connection;
    session.resumes += 1;
    this.connections.set(connection, session);
    const from = typeof d.seq === 'number' ? d.seq : 0;
    for (const event of session.replay) if (event.s > from) connection.send(event.payload);
    this.dispatchTo(session, 'RESUMED', {});
    this.hooks.changed();
  }

  private answerMembers(session: Session, d: JsonRecord): void {
    const chunk = this.hooks.membersChunk(d);
    if (chunk !== null) this.dispatchTo(session, 'GUILD_MEMBERS_CHUNK', chunk);
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    session.sequence += 1;
    const payload = { op: Op.Dispatch, t, s: session.sequence, d };
    session.replay.push({ s: session.sequence, payload });
    if (session.replay.length > REPLAY_BUFFER) session.replay.shift();
    session.connection?.send(payload);
  }

  /** The live (not superseded) session that owns this guild's events; DMs belong to shard 0. */
  private sessionFor(guildId: string | null): Session | undefined {
    return this.sessions.findLast(
      (s) => !s.invalidated && s.shardId === (guildId === null ? 0 : shardOfGuild(guildId, s.shardCount)),
    );
  }

  /** Sends an event to the shard owning the guild. False when no client has identified for that shard. */
  dispatch(guildId: string | null, t: string, d: unknown): boolean {
    const session = this.sessionFor(guildId);
    if (session === undefined) return false;
    this.dispatchTo(session, t, d);
    return true;
  }

  /** Sends an event on every live session (e.g. events that are not about a guild). */
  broadcast(t: string, d: unknown): void {
    for (const session of this.sessions) if (!session.invalidated) this.dispatchTo(session, t, d);
  }

  isConnected(guildId: string | null): boolean {
    return this.sessionFor(guildId)?.connection?.open === true;
  }

  private liveSession(shardId: number): Session {
    const session = this.sessions.findLast((s) => s.shardId === shardId && !s.invalidated);
    if (session === undefined) throw new Error(`no session for shard ${shardId}`);
    return session;
  }

  /** op 7: asks the client to reconnect and resume. */
  requestReconnect(shardId: number): void {
    this.liveSession(shardId).connection?.send({ op: Op.Reconnect, d: null, s: null, t: null });
  }

  /** op 9: invalidates the session; the client resumes when `resumable`, otherwise re-identifies. */
  invalidateSession(shardId: number, resumable: boolean): void {
    const session = this.liveSession(shardId);
    if (!resumable) session.invalidated = true;
    session.connection?.send({ op: Op.InvalidSession, d: resumable, s: null, t: null });
  }

  closeShard(shardId: number, code: number): void {
    this.liveSession(shardId).connection?.close(code, 'Closed by test.');
  }

  views(): SessionView[] {
    return this.sessions.map((s) => ({
      shardId: s.shardId,
      shardCount: s.shardCount,
      sessionId: s.id,
      connected: s.connection?.open === true,
      ready: s.ready && !s.invalidated,
      sequence: s.sequence,
      intents: s.intents,
      resumes: s.resumes,
    }));
  }

  close(): void {
    for (const connection of this.connections.keys()) connection.terminate();
    this.wss.close();
  }
}
