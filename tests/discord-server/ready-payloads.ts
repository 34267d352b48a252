// READY and GUILD_MEMBERS_CHUNK contents: what a shard is told about itself and its guilds.
import { isRecord, type JsonRecord } from './http-io.ts';
import { guildCreatePayload, memberPayload } from './payloads.ts';
import { shardOfGuild } from './snowflake.ts';
import type { DiscordState } from './state.ts';

/** READY's `d` plus the GUILD_CREATE payloads for the guilds that belong to this shard. */
export function readyPayloads(
  state: DiscordState,
  gatewayUrl: string,
  shardId: number,
  shardCount: number,
  sessionId: string,
): { ready: JsonRecord; guilds: JsonRecord[] } {
  const guilds = [...state.guilds.values()].filter((g) => shardOfGuild(g.id, shardCount) === shardId);
  const ready: JsonRecord = {
    v: 10,
    user: state.botUser,
    user_settings: {},
    guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
    session_id: sessionId,
    session_type: 'normal',
    resume_gateway_url: gatewayUrl,
    shard: [shardId, shardCount],
    application: { id: state.applicationId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    _trace: ['["discord-server-fake",{"micros":0}]'],
  };
  return { ready, guilds: guilds.map((g) => guildCreatePayload(state, g)) };
}

/** Answers op 8 REQUEST_GUILD_MEMBERS in one chunk (by `user_ids`, or by name prefix `query`). */
export function membersChunk(state: DiscordState, request: JsonRecord): JsonRecord | null {
  const guildId: unknown = Array.isArray(request.guild_id) ? (request.guild_id as unknown[])[0] : request.guild_id;
  const guild = typeof guildId === 'string' ? state.guilds.get(guildId) : undefined;
  if (guild === undefined) return null;
  const wanted = Array.isArray(request.user_ids) ? request.user_ids.map(String) : typeof request.user_ids === 'string' ? [request.user_ids] : null;
  const query = typeof request.query === 'string' ? request.query.toLowerCase() : '';
  const users = [...guild.memberIds].flatMap((id) => {
    const user = state.users.get(id);
    return user === undefined ? [] : [user];
  });
  const members = users
    .filter((u) => (wanted === null ? u.username.toLowerCase().startsWith(query) : wanted.includes(u.id)))
    .slice(0, typeof request.limit === 'number' && request.limit > 0 ? request.limit : undefined)
    .map((u) => memberPayload(state, guild, u));
  const found = new Set(members.map((m) => (isRecord(m.user) ? m.user.id : undefined)));
  return {
    guild_id: guild.id,
    members,
    chunk_index: 0,
    chunk_count: 1,
    not_found: wanted === null ? [] : wanted.filter((id) => !found.has(id)),
    ...(typeof request.nonce === 'string' ? { nonce: request.nonce } : {}),
  };
}
