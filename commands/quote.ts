// /quote query speaker article — the best matching quotes; no options at all → a random quote.
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Command } from './types.ts';
import { parseOptions } from '../src/bot/options.ts';
import { articleChoices, resolveArticleOrExplain } from '../src/bot/article-choice.ts';
import { renderAutocompleteChoices } from '../src/render/autocomplete.ts';
import { renderNoQuotes, renderQuoteHits } from '../src/render/quotes.ts';

/** Discord shows five quotes comfortably in one embed. */
const MAX_QUOTES = 5;

const text = z.string().trim().max(200, 'is too long').optional().transform((v) => (v === '' ? undefined : v));
const options = z.object({ query: text, speaker: text, article: text });

export const quote = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Look up quotes by words, speaker or article')
    .addStringOption((o) => o.setName('query').setDescription('Words from the quote').setMaxLength(200))
    .addStringOption((o) => o.setName('speaker').setDescription('Who said it (any part of the name)').setAutocomplete(true).setMaxLength(200))
    .addStringOption((o) => o.setName('article').setDescription('Only quotes from this article').setAutocomplete(true).setMaxLength(200))
    .toJSON(),
  help: { summary: 'Find quotes by words, speaker or article; with no options, a random quote.', examples: ['/quote query:shared future', '/quote speaker:lam', '/quote'] },
  ephemeral: false,
  execute(ctx) {
    const { query, speaker, article } = parseOptions(options, {
      query: ctx.options.string('query'),
      speaker: ctx.options.string('speaker'),
      article: ctx.options.string('article'),
    });
    const { engine } = ctx.services;
    if (!query && !speaker && !article) {
      const random = engine.randomQuote();
      if (!random) return { payload: renderNoQuotes('The corpus has no attributed quotes yet.'), ephemeral: true };
      return { payload: renderQuoteHits([random], 'A random quote'), ephemeral: false };
    }
    const articleId = article ? resolveArticleOrExplain(engine, article).id : undefined;
    const hits = engine.searchQuotes({ text: query, speaker, articleId, limit: MAX_QUOTES });
    const description = [query && `“${query}”`, speaker && `by ${speaker}`, article && `in ${articleId}`].filter(Boolean).join(' ');
    if (hits.length === 0) return { payload: renderNoQuotes(`No quotes match ${description}. Try fewer words, or another speaker.`), ephemeral: true };
    return { payload: renderQuoteHits(hits, `Quotes ${description}`), ephemeral: false };
  },
  autocomplete(ctx) {
    const { engine } = ctx.services;
    if (ctx.focused.name === 'article') return articleChoices(engine, ctx.focused.value);
    return renderAutocompleteChoices(engine.speakers(ctx.focused.value, 25).map((name) => ({ name, value: name })));
  },
} satisfies Command;
