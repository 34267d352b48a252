// The renderer is Discord-free; this test is where its output meets discord.js. It checks the types at compile time
// (tsc fails if a payload stops being assignable to discord.js's options) and rebuilds payloads with discord.js's
// validating builders at run time, an independent second opinion on the limits.
import { ActionRowBuilder, ButtonBuilder, EmbedBuilder, embedLength } from 'discord.js';
import type { ApplicationCommandOptionChoiceData, InteractionReplyOptions, MessageCreateOptions } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../../src/render/articles.ts';
import { renderAutocompleteChoices } from '../../../src/render/autocomplete.ts';
import { renderBriefing } from '../../../src/render/briefing.ts';
import { renderDigest } from '../../../src/render/digest.ts';
import { toDiscordJsOptions } from '../../../src/render/discordjs-options.ts';
import { embedTextLength } from '../../../src/render/embed-fit.ts';
import type { Embed, MessagePayload } from '../../../src/render/payload.ts';
import { briefing, digestItem, listing } from './arbitraries.ts';

/** Rebuilds an embed through discord.js's setters, each of which validates its limit and throws when broken. */
function rebuildEmbed(embed: Embed): EmbedBuilder {
  const builder = new EmbedBuilder();
  if (embed.title !== undefined) builder.setTitle(embed.title);
  if (embed.description !== undefined) builder.setDescription(embed.description);
  if (embed.url !== undefined) builder.setURL(embed.url);
  if (embed.color !== undefined) builder.setColor(embed.color);
  if (embed.footer !== undefined) builder.setFooter({ text: embed.footer.text });
  if (embed.timestamp !== undefined) builder.setTimestamp(new Date(embed.timestamp));
  if (embed.fields !== undefined) builder.setFields(embed.fields);
  return builder;
}

function rebuild(payload: MessagePayload): void {
  const embeds = (payload.embeds ?? []).map((e) => rebuildEmbed(e).toJSON());
  expect(embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(6000);
  for (const row of payload.components ?? []) {
    // toJSON() validates label and custom_id lengths of every button.
    new ActionRowBuilder<ButtonBuilder>().addComponents(row.components.map((b) => new ButtonBuilder(b))).toJSON();
  }
}

describe('discord.js compatibility', () => {
  it('type-checks as discord.js message, reply and autocomplete options (a tsc failure here is the real signal)', () => {
    const payload = renderBriefing({
      id: 'a', title: 'T', body: '', summary: ['S.'], quotes: [], entities: { people: [], organizations: [], places: [] },
      wordCount: 1, readingMinutes: 1, source: null, url: null, publishedAt: null,
    });
    const asMessage: MessageCreateOptions = toDiscordJsOptions(payload);
    const asReply: InteractionReplyOptions = toDiscordJsOptions(payload);
    const choices: ApplicationCommandOptionChoiceData[] = renderAutocompleteChoices([{ name: 'n', value: 'v' }]);
    expect(asMessage.allowedMentions).toEqual({ parse: [] });
    expect(asReply.embeds).toHaveLength(1);
    expect(choices).toEqual([{ name: 'n', value: 'v' }]);
  });

  it('carries allowed_mentions over as discord.js reads it (camelCase), along with everything else', () => {
    const payload: MessagePayload = { content: 'c', embeds: [{ title: 't' }], allowed_mentions: { parse: [] }, flags: 64 };
    expect(toDiscordJsOptions(payload)).toEqual({ content: 'c', embeds: [{ title: 't' }], allowedMentions: { parse: [] }, flags: 64 });
  });

  it('counts embed characters the way discord.js does', () => {
    fc.assert(
      fc.property(briefing, (b) => {
        const embed = renderBriefing(b).embeds?.[0];
        expect(embed).toBeDefined();
        if (embed !== undefined) expect(embedTextLength(embed)).toBe(embedLength(embed));
      }),
    );
  });

  it('property: discord.js validating builders accept every briefing, page and digest', () => {
    fc.assert(
      fc.property(briefing, fc.array(listing, { maxLength: 12 }), fc.array(digestItem, { maxLength: 12 }), (b, items, digest) => {
        rebuild(renderBriefing(b));
        rebuild(renderArticlePage({ items, page: 2, pageCount: 3, total: 30 }, { prevId: 'p', nextId: 'n' }));
        renderDigest(digest, { date: '2026-11-24' }).forEach(rebuild);
      }),
      { numRuns: 50 },
    );
  });
});
