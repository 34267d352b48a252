// The bot as a person runs it: `npm start`, `npm run deploy`, bad configuration, and SIGTERM.
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startDiscordServer, type DiscordServer } from '../discord-server/server.ts';
import { useCleanup } from '../helpers/cleanup.ts';

const cleanup = useCleanup();

const tsx = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 });

async function server(): Promise<DiscordServer> {
  const discord = await startDiscordServer();
  cleanup.defer(() => discord.close());
  return discord;
}

const dataDir = (): string => cleanup.tempDir('briefbot-life-');

describe('configuration', () => {
  it('lists every bad value in one message and exits non-zero', () => {
    const result = tsx('src/main.ts', [], { DISCORD_TOKEN: 'x', LOG_LEVEL: 'loud', DEFAULT_TIMEZONE: 'Nowhere/Land' });
    expect(result.status).toBe(1);
    for (const name of ['DISCORD_APPLICATION_ID', 'LOG_LEVEL', 'DEFAULT_TIMEZONE']) expect(result.stderr).toContain(name);
  });
});

describe('npm run deploy', () => {
  it('--dry-run prints the bulk overwrite it would send, without a token', () => {
    const result = tsx('src/deploy.ts', ['--dry-run'], {});
    expect(result.status).toBe(0);
    const sent = JSON.parse(result.stdout) as { method: string; body: { name: string }[] };
    expect(sent.method).toBe('PUT');
    expect(sent.body.map((c) => c.name).sort()).toEqual(['articles', 'brief', 'digest', 'help', 'quote']);
  });

  it('registers guild commands when DISCORD_GUILD_ID is set', async () => {
    const discord = await server();
    const guildId = discord.guilds[0]?.id ?? '';
    const env = { DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: guildId };
    // spawnSync would block the server living in this process: run it asynchronously.
    const code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/deploy.ts'], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
      child.on('exit', resolve);
    });
    expect(code).toBe(0);
    expect(discord.commands(guildId)).toHaveLength(5);
    expect(discord.commands()).toHaveLength(0);
  });
});

describe('npm start on Discord', () => {
  it('connects with only the Guilds intent, answers, and stops cleanly on SIGTERM (twice is safe)', async () => {
    const discord = await server();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH ?? '', DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, SEEDS_DIR: 'seeds', DATA_DIR: dataDir(), NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    cleanup.defer(() => child.kill('SIGKILL'));
    await discord.waitForReady({ timeoutMs: 20_000 });
    const identify = discord.gatewayPayloads.find((p) => p.op === 2);
    expect((identify?.d as { intents?: number } | undefined)?.intents).toBe(1);
    const reply = await discord.sendCommand({ name: 'help' }).original();
    expect(reply.embeds.length).toBeGreaterThan(0);
    const signalled = Date.now();
    child.kill('SIGTERM');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    const lines = output.trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toContain('stopped');
    expect(output).not.toContain(discord.token);
  }, 40_000);
});
