// With no DISCORD_TOKEN, `npm start` opens the local console: the same handlers, printed as text.
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { createApp } from '../../src/bot/app.ts';
import { captureLogger } from '../helpers/capture-logger.ts';
import { useCleanup } from '../helpers/cleanup.ts';

const cleanup = useCleanup();
const tempDir = (): string => cleanup.tempDir('briefbot-console-');

async function converse(lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const config = loadConfig({ SEEDS_DIR: 'seeds', DATA_DIR: tempDir() });
  const app = createApp({ config, logger: captureLogger().logger, transport: 'console', console: { input, output } });
  await app.start();
  input.end(lines.map((l) => `${l}\n`).join(''));
  await app.done;
  await app.stop();
  return printed;
}

describe('console mode', () => {
  it('briefs an article typed as a slash command, embeds rendered as text', async () => {
    const out = await converse(['/brief article:xi length:short']);
    expect(out).toContain('Xi Jinping Pledges to Deepen China-Vietnam Ties for Shared Future');
    expect(out).toContain('Xi Jinping');
  });

  it('pages /articles with /next and explains unknown commands', async () => {
    const out = await converse(['/articles', '/next', '/frobnicate']);
    expect(out).toContain('Vietnam Pledges');
    // Two seeds make one page, so there is nothing to turn to.
    expect(out).toContain('There is no Next page.');
    expect(out).toContain('Unknown command /frobnicate');
  });

  it('shows a user error as the bot would, privately', async () => {
    const out = await converse(['/brief article:zzzqqq']);
    expect(out).toContain('No article matches');
    expect(out).toContain('(only you can see this)');
  });

  it('runs digests in the console too: subscribe, then send posts to the console', async () => {
    const out = await converse(['/digest subscribe channel:#news schedule:daily 08:00 timezone:Europe/Paris']);
    expect(out).toMatch(/Next runs/);
    const id = /Digest (\w+) scheduled/.exec(out)?.[1];
    expect(id).toBeDefined();
  });

  it('npm start without a token says so in one line, answers piped commands and exits 0 at /quit', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      input: '/help\n/quit\n',
      encoding: 'utf8',
      env: { PATH: process.env.PATH, SEEDS_DIR: 'seeds', DATA_DIR: tempDir(), LOG_LEVEL: 'warn' },
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    expect(result.stderr.split('\n').filter((l) => l.includes('DISCORD_TOKEN'))).toHaveLength(1);
    expect(result.stdout).toContain('/brief');
  });
});
