// Channel and guild routes: posting (with nonce enforcement and the per-channel limit), reading,
// editing and deleting the bot's messages, and the guild reads discord.js may do.
import { apiErrors, DiscordApiError, isRecord } from './http-io.ts';
import { applyEdit, buildMessage, EPHEMERAL_FLAG } from './message-body.ts';
import { channelPayload, guildCreatePayload, memberPayload, messagePayload, rolePayload } from './payloads.ts';
import { route, type Route, type RouteContext } from './rest.ts';
import type { ServerContext } from './server-context.ts';
import type { ChannelRecord } from './state.ts';
import type { RecordedMessage } from './types.ts';

const TEXT_BASED_TYPES = new Set([0, 1, 2, 5, 10, 11, 12]);
const MAX_FETCH = 100;
const DEFAULT_FETCH = 50;

const param = (c: RouteContext, index: number): string => c.params[index] ?? '';

/** Newest first, like Discord, honouring `limit`, `before`, `after` and `around`. */
function page(messages: readonly RecordedMessage[], query: URLSearchParams): RecordedMessage[] {
  const limit = Math.min(MAX_FETCH, Math.max(1, Number(query.get('limit') ?? DEFAULT_FETCH) || DEFAULT_FETCH));
  const visible = messages.filter((m) => !m.deleted && (m.flags & EPHEMERAL_FLAG) === 0).reverse();
  const id = (m: RecordedMessage): bigint => BigInt(m.id);
  const before = query.get('before');
  const after = query.get('after');
  const around = query.get('around');
  if (before !== null) return visible.filter((m) => id(m) < BigInt(before)).slice(0, limit);
  if (after !== null) return visible.filter((m) => id(m) > BigInt(after)).slice(-limit);
  if (around !== null) {
    const index = visible.findIndex((m) => id(m) <= BigInt(around));
    const start = Math.max(0, (index === -1 ? visible.length : index) - Math.floor(limit / 2));
    return visible.slice(start, start + limit);
  }
  return visible.slice(0, limit);
}

export function channelRoutes(ctx: ServerContext): Route[] {
  const { state, limiter, settings } = ctx;

  const postable = (id: string): ChannelRecord => {
    const channel = state.channel(id);
    if (channel.forbidden) throw apiErrors.missingPermissions();
    if (!TEXT_BASED_TYPES.has(channel.type)) {
      throw new DiscordApiError(400, { code: 50008, message: 'Cannot send messages in a non-text channel' });
    }
    return channel;
  };

  const createMessage = (c: RouteContext): { body: unknown; headers: Record<string, string> } => {
    const channel = postable(param(c, 0));
    const headers = limiter.takeChannelMessage(channel.id, c.method, c.path, c.now);
    const body = isRecord(c.body) ? c.body : {};
    const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : null;
    const enforce = body.enforce_nonce === true && nonce !== null;
    if (enforce) {
      // A retried send: Discord answers with the message the first attempt created.
      const earlier = state.messageForNonce(channel.id, nonce, settings.nonceWindowMs, c.now);
      if (earlier !== undefined) return { body: messagePayload(state, earlier), headers };
    }
    const message = buildMessage(body, c.files, { channelId: channel.id, guildId: channel.guildId, source: 'channel', interactionId: null });
    state.addMessage(message);
    if (enforce) state.rememberNonce(channel.id, nonce, message.id, c.now);
    return { body: messagePayload(state, message), headers };
  };

  const guildOf = (c: RouteContext) => state.guild(param(c, 0));

  return [
    route('GET', '/channels/:channel', (c) => ({ body: channelPayload(state.channel(param(c, 0)), state) })),
    route('GET', '/channels/:channel/messages', (c) => {
      const channel = state.channel(param(c, 0));
      return { body: page(state.messagesIn(channel.id), c.query).map((m) => messagePayload(state, m)) };
    }),
    route('POST', '/channels/:channel/messages', createMessage),
    route('GET', '/channels/:channel/messages/:message', (c) => {
      const channel = state.channel(param(c, 0));
      return { body: messagePayload(state, state.message(channel.id, param(c, 1))) };
    }),
    route('PATCH', '/channels/:channel/messages/:message', (c) => {
      const channel = postable(param(c, 0));
      const message = applyEdit(state.message(channel.id, param(c, 1)), c.body, c.files);
      return { body: messagePayload(state, message) };
    }),
    route('DELETE', '/channels/:channel/messages/:message', (c) => {
      const channel = state.channel(param(c, 0));
      state.message(channel.id, param(c, 1)).deleted = true;
      return { status: 204 };
    }),
    route('POST', '/channels/:channel/typing', (c) => {
      postable(param(c, 0));
      return { status: 204 };
    }),
    route('GET', '/guilds/:guild', (c) => {
      const { members: _members, channels: _channels, ...guild } = guildCreatePayload(state, guildOf(c));
      return { body: guild };
    }),
    route('GET', '/guilds/:guild/channels', (c) => ({
      body: guildOf(c).channelIds.map((id) => channelPayload(state.channel(id), state)),
    })),
    route('GET', '/guilds/:guild/roles', (c) => ({ body: guildOf(c).roles.map(rolePayload) })),
    route('GET', '/guilds/:guild/members/:user', (c) => {
      const guild = guildOf(c);
      const user = state.users.get(param(c, 1));
      if (user === undefined || !guild.memberIds.has(user.id)) {
        throw new DiscordApiError(404, { code: 10007, message: 'Unknown Member' });
      }
      return { body: memberPayload(state, guild, user) };
    }),
  ];
}
