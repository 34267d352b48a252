// Interaction figures: from INTERACTION_CREATE leaving the local Discord server to the bot's
// reply arriving there, for /brief and /quote on the 10,000-article corpus, and for autocomplete.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST } from 'discord.js';
import { loadConfig } from '../../src/config/env.ts';
import { createApp } from '../../src/bot/app.ts';
import { registerCommands } from '../../src/bot/discord/register.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { startDiscordServer } from '../discord-server/server.ts';
import { prng, summarizeTimes } from './synthetic.ts';

export interface InteractionFigures {
  interactionMedianMs: number;
  interactionP99Ms: number;
  autocompleteP99Ms: number;
  interactions: number;
}

export async function interactionFigures(seedsDir: string, count = 300): Promise<InteractionFigures> {
  const discord = await startDiscordServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-bench-data-'));
  const guildId = discord.guilds[0]?.id ?? '';
  const config = loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_APPLICATION_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: guildId, SEEDS_DIR: seedsDir, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  await registerCommands(new REST({ api: discord.apiUrl }).setToken(discord.token), { applicationId: discord.applicationId, guildId });
  const app = createApp({ config, logger: silentLogger(), transport: 'discord' });
  try {
    await app.start();
    await discord.waitForReady();
    const ids = app.services.engine.list().map((a) => a.id);
    const r = prng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
    const speakers = ['santos', 'miller', 'zhang', 'kaur'];
    const words = ['budget', 'railway', 'decision soon', 'necessary', 'pension reform'];
    const send = (i: number) =>
      i % 2 === 0
        ? discord.sendCommand({ name: 'brief', options: { article: pick(ids) } })
        : discord.sendCommand({ name: 'quote', options: i % 4 === 1 ? { query: pick(words) } : { speaker: pick(speakers) } });
    for (let i = 0; i < 20; i++) await send(i).original(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const ix = send(i);
      await ix.original();
      times.push(ix.latencyMs ?? NaN);
    }
    const auto: number[] = [];
    for (let i = 0; i < 100; i++) {
      const handle = discord.sendAutocomplete({ name: 'brief', options: { article: pick(['harb', 'rail', 'Lima bud', 'pen', 'vacc']) }, focused: 'article' });
      await handle.choices();
      auto.push(handle.latencyMs ?? NaN);
    }
    const all = summarizeTimes(times);
    return { interactionMedianMs: all.median, interactionP99Ms: all.p99, autocompleteP99Ms: summarizeTimes(auto).p99, interactions: count };
  } finally {
    await app.stop();
    await discord.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
