import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/env.ts';

describe('loadConfig', () => {
  it('fills every default from an empty environment (console mode)', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      discord: { token: undefined, apiUrl: 'https://discord.com/api' },
      seedsDir: './seeds',
      dataDir: './data',
      logLevel: 'info',
      defaultTimeZone: 'UTC',
      digest: { minIntervalMinutes: 60, catchupHours: 6 },
    });
  });

  it('returns a frozen config, all the way down', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.discord)).toBe(true);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: 'abc', LOG_LEVEL: 'loud', DEFAULT_TIMEZONE: 'Mars/Olympus', DISCORD_API_URL: 'not a url', DIGEST_CATCHUP_HOURS: '-1' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['DISCORD_APPLICATION_ID', 'LOG_LEVEL', 'DEFAULT_TIMEZONE', 'DISCORD_API_URL', 'DIGEST_CATCHUP_HOURS']) expect(problems).toContain(name);
  });

  it('treats empty values as unset and strips a trailing slash from the API URL', () => {
    const config = loadConfig({ DISCORD_TOKEN: '', DISCORD_API_URL: 'http://127.0.0.1:9999/api/' });
    expect(config.discord.token).toBeUndefined();
    expect(config.discord.apiUrl).toBe('http://127.0.0.1:9999/api');
  });

  it('rejects an application id that is not a snowflake', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'my-app' })).toThrow(/DISCORD_APPLICATION_ID/);
  });
});
