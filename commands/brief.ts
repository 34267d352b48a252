// /brief article:<words or id> length:<short|standard|full> — one article's briefing as an embed.
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Command } from './types.ts';
import { parseOptions } from '../src/bot/options.ts';
import { articleChoices, resolveArticleOrExplain } from '../src/bot/article-choice.ts';
import { MAX_KEY_QUOTES, renderBriefing } from '../src/render/briefing.ts';
import { keyQuotes } from '../src/engine/analysis.ts';

const options = z.object({
  article: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'is too long'),
  length: z.enum(['short', 'standard', 'full']).default('standard'),
});

export const brief = {
  data: new SlashCommandBuilder()
    .setName('brief')
    .setDescription('Summary, key quotes and who is mentioned, for one article')
    .addStringOption((o) => o.setName('article').setDescription('Words from the headline, or pick one').setRequired(true).setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) =>
      o.setName('length').setDescription('How long a summary').addChoices({ name: 'short (1–2 sentences)', value: 'short' }, { name: 'standard (3)', value: 'standard' }, { name: 'full (5)', value: 'full' }),
    )
    .toJSON(),
  help: { summary: 'Brief one article: summary, key quotes with speakers, who and what is mentioned.', examples: ['/brief article:xi', '/brief article:strategic partnership length:full'] },
  ephemeral: false,
  execute(ctx) {
    const { article, length } = parseOptions(options, { article: ctx.options.string('article'), length: ctx.options.string('length') });
    const found = resolveArticleOrExplain(ctx.services.engine, article);
    const briefing = ctx.services.engine.brief(found, { length });
    // The embed shows the key quotes (attributed, substantial), not merely the first ones.
    return { payload: renderBriefing({ ...briefing, quotes: keyQuotes(briefing.quotes, MAX_KEY_QUOTES) }), ephemeral: false };
  },
  autocomplete: (ctx) => articleChoices(ctx.services.engine, ctx.focused.value),
} satisfies Command;
