// The only module that reads the environment: parsed once, every problem reported together, frozen.
import { z } from 'zod';

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const snowflake = z.string().trim().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

const envSchema = z
  .object({
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.pipe(snowflake.optional()),
    DISCORD_GUILD_ID: optionalText.pipe(snowflake.optional()),
    DISCORD_API_URL: z.url({ protocol: /^https?$/ }).default('https://discord.com/api'),
    SEEDS_DIR: z.string().min(1).default('./seeds'),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DEFAULT_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default('UTC'),
    DIGEST_MIN_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
    DIGEST_CATCHUP_HOURS: z.coerce.number().min(0).max(168).default(6),
  });

export interface Config {
  readonly discord: {
    /** Absent: the bot runs as a local console instead of connecting to Discord. */
    readonly token: string | undefined;
    readonly applicationId: string | undefined;
    readonly guildId: string | undefined;
    readonly apiUrl: string;
  };
  readonly seedsDir: string;
  readonly dataDir: string;
  readonly logLevel: string;
  readonly production: boolean;
  readonly defaultTimeZone: string;
  readonly digest: { readonly minIntervalMinutes: number; readonly catchupHours: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment (default: this process's) into a frozen Config, or throws ConfigError listing every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  // Empty strings mean "not set" for every variable, as in most .env files.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`);
  // Checked on the raw input so it is reported together with every other problem.
  if (present.DISCORD_TOKEN !== undefined && present.DISCORD_APPLICATION_ID === undefined) {
    problems.push('DISCORD_APPLICATION_ID: is required when DISCORD_TOKEN is set');
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return deepFreeze({
    discord: { token: e.DISCORD_TOKEN, applicationId: e.DISCORD_APPLICATION_ID, guildId: e.DISCORD_GUILD_ID, apiUrl: e.DISCORD_API_URL.replace(/\/+$/, '') },
    seedsDir: e.SEEDS_DIR,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    production: e.NODE_ENV === 'production',
    defaultTimeZone: e.DEFAULT_TIMEZONE,
    digest: { minIntervalMinutes: e.DIGEST_MIN_INTERVAL_MINUTES, catchupHours: e.DIGEST_CATCHUP_HOURS },
  });
}

/** Reads `.env` into the process environment if present (Node's own loader; real variables win). */
export function loadDotEnv(file = '.env'): void {
  try {
    process.loadEnvFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner as object);
  return Object.freeze(value);
}
