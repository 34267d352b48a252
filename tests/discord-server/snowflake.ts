// Discord-shaped snowflake ids. They must look real: @discordjs/rest only recognises 17–19 digit ids as
// major parameters when it picks a rate-limit bucket, and discord.js reads creation times out of them.

const DISCORD_EPOCH = 1_420_070_400_000n;
const WORKER_ID = 1n;

let lastMs = 0n;
let increment = 0n;

/** A new unique snowflake for the given time (default: now). Unique within this process. */
export function snowflake(atMs: number = Date.now()): string {
  let ms = BigInt(Math.floor(atMs));
  if (ms < lastMs) ms = lastMs;
  if (ms === lastMs) {
    increment += 1n;
    // 4096 ids per millisecond: borrow the next millisecond rather than repeat an id.
    if (increment > 0xfffn) {
      ms += 1n;
      increment = 0n;
    }
  } else {
    increment = 0n;
  }
  lastMs = ms;
  return (((ms - DISCORD_EPOCH) << 22n) | (WORKER_ID << 17n) | increment).toString();
}

/** The Unix time (ms) a snowflake was minted at. */
export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** The shard that receives a guild's events, by Discord's formula `(guild_id >> 22) % shard_count`. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(Math.max(1, shardCount)));
}

/** True when the string is a plausible snowflake (what the REST router accepts as an id). */
export function isSnowflake(value: string): boolean {
  return /^\d{17,20}$/.test(value);
}
