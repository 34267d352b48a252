// /articles: newest first, five a page, buttons for the asker only and only for ten minutes.
import { describe, expect, it } from 'vitest';
import { EPHEMERAL, useBot } from './support/bot-fixture.ts';

const start = useBot();

/** Twelve dated articles, so the corpus has three pages and a known newest-first order. */
const articles = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    `extra-${i}.json`,
    JSON.stringify({ title: `Harbor report number ${i + 1}`, body: `The harbor handled ${i + 1} ships today. Officials said traffic was steady.`, publishedAt: `2026-11-${String(i + 1).padStart(2, '0')}T08:00:00Z` }),
  ]),
);

const titles = (embeds: readonly { description?: string; fields?: readonly { name: string; value: string }[] }[]): string => JSON.stringify(embeds);

describe('/articles', () => {
  it('lists the newest five first, with Previous disabled and Next enabled', async () => {
    const bot = await start({ articles });
    const message = await bot.discord.sendCommand({ name: 'articles' }).original();
    const text = titles(message.embeds);
    // The two seeds (undated: ordered by when their files appeared, i.e. now) come first, then Nov 12, 11, 10.
    expect(text).toContain('Xi Jinping Pledges');
    expect(text).toContain('Harbor report number 12');
    expect(text).toContain('Harbor report number 10');
    expect(text).not.toContain('Harbor report number 9');
    const buttons = JSON.stringify(message.components);
    expect(buttons).toMatch(/"label":"[^"]*Previous[^"]*"[^}]*"disabled":true|"disabled":true[^}]*"label":"[^"]*Previous/);
  });

  it('turns the page for the person who asked', async () => {
    const bot = await start({ articles });
    const ix = bot.discord.sendCommand({ name: 'articles' });
    const message = await ix.original();
    const next = nextButtonId(message.components);
    await bot.discord.clickButton({ message, customId: next }).response();
    const updated = bot.discord.message(message.id);
    expect(titles(updated?.embeds ?? [])).toContain('Harbor report number 9');
    expect(titles(updated?.embeds ?? [])).toContain('Harbor report number 5');
    expect(titles(updated?.embeds ?? [])).not.toContain('Harbor report number 12');
  });

  it('refuses someone else privately and leaves the page as it was', async () => {
    const bot = await start({ articles });
    const message = await bot.discord.sendCommand({ name: 'articles' }).original();
    const click = bot.discord.clickButton({ message, customId: nextButtonId(message.components), user: { username: 'someone-else' } });
    const answer = await click.original();
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.content).toContain('Only the person who ran /articles');
    expect(titles(bot.discord.message(message.id)?.embeds ?? [])).toContain('Harbor report number 12');
  });

  it('stops turning pages after ten minutes', async () => {
    const bot = await start({ articles });
    const message = await bot.discord.sendCommand({ name: 'articles' }).original();
    bot.clock.advance(10 * 60 * 1000 + 1);
    const answer = await bot.discord.clickButton({ message, customId: nextButtonId(message.components) }).original();
    expect(answer.content).toContain('expired');
  });

  it('searches by words and says so when nothing matches', async () => {
    const bot = await start({ articles });
    const found = await bot.discord.sendCommand({ name: 'articles', options: { query: 'vietnam' } }).original();
    expect(titles(found.embeds)).toContain('Vietnam Pledges Strengthened Ties');
    expect(titles(found.embeds)).not.toContain('Harbor');
    const none = await bot.discord.sendCommand({ name: 'articles', options: { query: 'zebra crossing' } }).original();
    expect(none.flags & EPHEMERAL).toBe(EPHEMERAL);
  });
});

function nextButtonId(components: readonly unknown[]): string {
  const match = /"custom_id":"([^"]+)"[^}]*"label":"[^"]*Next|"label":"[^"]*Next[^"]*"[^}]*"custom_id":"([^"]+)"/.exec(JSON.stringify(components));
  const id = match?.[1] ?? match?.[2];
  if (!id) throw new Error(`no Next button in ${JSON.stringify(components)}`);
  return id;
}
