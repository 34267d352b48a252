// /brief, /quote, /help and registration, end to end: the real discord.js client, the local server.
import { describe, expect, it, vi } from 'vitest';
import { EPHEMERAL, useBot } from './support/bot-fixture.ts';

const start = useBot();

const EVERYONE_ARTICLE = `Everyone_Alert\n\nCouncil warns @everyone about the flood\n\nThe council told residents: "@everyone should leave the river banks by noon," Mayor Ana Ruiz said on Sunday. <@&123> and @here were tagged too.\n\nMore rain is expected.`;

describe('registration', () => {
  it('registers every command in one bulk overwrite for the guild', async () => {
    const bot = await start();
    expect(bot.discord.commands(bot.guildId).map((c) => c.name).sort()).toEqual(['articles', 'brief', 'digest', 'help', 'quote']);
    expect(bot.discord.requests({ method: 'PUT' })).toHaveLength(1);
  });
});

describe('/brief', () => {
  it('answers with the briefing embed within the 3-second rule', async () => {
    const bot = await start();
    const ix = bot.discord.sendCommand({ name: 'brief', options: { article: 'xi' } });
    const message = await ix.original();
    const [embed] = message.embeds;
    expect(embed?.title).toBe('Xi Jinping Pledges to Deepen China-Vietnam Ties for Shared Future');
    expect(JSON.stringify(embed?.fields)).toContain('Xi Jinping');
    expect(message.flags & EPHEMERAL).toBe(0);
    expect(message.allowedMentions).toEqual({ parse: [] });
    expect(ix.latencyMs).toBeLessThan(3000);
    expect(bot.discord.unhandled).toEqual([]);
  });

  it('takes the words a person would type and the length option', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'brief', options: { article: 'strategic partnership', length: 'short' } }).original();
    expect(message.embeds[0]?.title).toBe('Vietnam Pledges Strengthened Ties and Strategic Partnership with China');
  });

  it('explains privately when no article matches', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'brief', options: { article: 'zzzqqq' } }).original();
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.content).toContain('No article matches');
  });

  it('lists the candidates privately when the words fit several articles', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'brief', options: { article: 'pledges' } }).original();
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.content).toContain('matches several articles');
    expect(message.content).toContain('Vietnam Pledges Strengthened Ties');
    expect(message.content).toContain('Xi Jinping Pledges');
  });

  it('autocompletes articles from what is typed, within Discord’s limits', async () => {
    const bot = await start();
    const choices = await bot.discord.sendAutocomplete({ name: 'brief', options: { article: 'stra' }, focused: 'article' }).choices();
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]?.value).toBe('vietnam-pledges-strengthened-ties-and-strategic-partnership-with-china');
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('shows the key quotes, attributed ones first, not merely the first three', async () => {
    // Three unattributed quotes come first; the one attributed quote comes last.
    const body = [
      '"The water will not stop rising this week at all."',
      '"Nobody is coming to fix the harbor wall for us this year."',
      '"The town has been forgotten by everyone in the capital again."',
      '"We will rebuild the harbor wall before winter," said Jane Smith, the finance minister.',
    ].join('\n\n');
    const bot = await start({ articles: { 'harbor.json': JSON.stringify({ title: 'Harbor wall to be rebuilt', body }) } });
    const message = await bot.discord.sendCommand({ name: 'brief', options: { article: 'harbor wall' } }).original();
    const quoteFields = (message.embeds[0]?.fields ?? []).filter((f) => f.name !== 'Mentioned');
    expect(JSON.stringify(quoteFields)).toContain('Jane Smith');
  });

  it('never pings anyone, whatever the article says', async () => {
    const bot = await start({ articles: { 'everyone.txt': EVERYONE_ARTICLE } });
    const message = await bot.discord.sendCommand({ name: 'brief', options: { article: 'council warns' } }).original();
    expect(message.allowedMentions).toEqual({ parse: [] });
    const text = JSON.stringify([message.content, message.embeds]);
    expect(text).toContain('everyone');
    expect(text).not.toMatch(/(?<!\\u200b)@(everyone|here)/i);
    expect(text).not.toMatch(/<@&123>/);
  });

  it('gets its reply through when Discord answers 429 first', async () => {
    const bot = await start();
    bot.discord.failNext({ route: /\/interactions\/.*\/callback/, status: 429, retryAfterMs: 50 });
    const message = await bot.discord.sendCommand({ name: 'brief', options: { article: 'xi' } }).original();
    expect(message.embeds[0]?.title).toContain('Xi Jinping');
    expect(bot.discord.rateLimitHits.length).toBeGreaterThanOrEqual(1);
  });
});

describe('/quote', () => {
  it('finds quotes by any part of the speaker’s name', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'quote', options: { speaker: 'lam' } }).original();
    const text = JSON.stringify(message.embeds);
    expect(text).toContain('We regard China as the strategic choice');
    expect(text).toContain('To Lam');
    expect(text).not.toContain('Xi Jinping —');
  });

  it('finds quotes by words and within one article', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'quote', options: { query: 'side by side', article: 'xi' } }).original();
    expect(JSON.stringify(message.embeds)).toContain('fought side by side');
  });

  it('answers a friendly private message when nothing matches', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'quote', options: { query: 'unicorn spaceship' } }).original();
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(message.content).toMatch(/No quotes/);
  });

  it('with no options shows a random quote', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'quote' }).original();
    expect(message.embeds).toHaveLength(1);
    expect(JSON.stringify(message.embeds)).toMatch(/Xi Jinping|To Lam/);
  });

  it('autocompletes speakers', async () => {
    const bot = await start();
    const choices = await bot.discord.sendAutocomplete({ name: 'quote', options: { speaker: 'xi' }, focused: 'speaker' }).choices();
    expect(choices.map((c) => c.value)).toEqual(['Xi Jinping']);
  });
});

describe('/help and logging', () => {
  it('lists every command with examples, privately', async () => {
    const bot = await start();
    const message = await bot.discord.sendCommand({ name: 'help' }).original();
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    const text = JSON.stringify(message.embeds);
    for (const name of ['/brief', '/quote', '/articles', '/digest']) expect(text).toContain(name);
  });

  it('logs each interaction on its own child logger and never logs the token', async () => {
    const bot = await start();
    await bot.discord.sendCommand({ name: 'brief', options: { article: 'xi' } }).original();
    // The log line follows the reply, so it may land a moment after the message does.
    await vi.waitFor(() => expect(bot.logs.some((l) => l.msg === 'command answered' && l.command === 'brief' && typeof l.interaction === 'string')).toBe(true));
    expect(bot.logText()).not.toContain(bot.discord.token);
  });
});
