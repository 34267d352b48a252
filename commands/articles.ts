// /articles query — the corpus, newest first (or best match), five a page, with Previous/Next buttons
// that only the asker may use, for ten minutes. The page state lives in the button's custom id, so
// paging survives a restart and needs no memory on our side.
import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { ButtonContext, Command, CommandContext } from './types.ts';
import { parseOptions } from '../src/bot/options.ts';
import { UserError } from '../src/errors.ts';
import { renderArticlePage } from '../src/render/articles.ts';
import { CUSTOM_ID_LIMIT } from '../src/render/limits.ts';

export const PAGE_SIZE = 5;
export const BUTTONS_EXPIRE_MS = 10 * 60 * 1000;
const PREFIX = 'articles';

/** The query rides in the buttons' custom ids (≤ 100 characters with owner, time and page): keep it whole. */
const MAX_QUERY_LENGTH = 50;

const options = z.object({ query: z.string().trim().max(MAX_QUERY_LENGTH, `is too long (at most ${MAX_QUERY_LENGTH} characters)`).optional() });

export const articles = {
  data: new SlashCommandBuilder()
    .setName('articles')
    .setDescription('Browse and search the articles')
    .addStringOption((o) => o.setName('query').setDescription('Words to search for').setMaxLength(MAX_QUERY_LENGTH))
    .toJSON(),
  help: { summary: 'Browse the articles, newest first, or search them; page with the buttons.', examples: ['/articles', '/articles query:vietnam trade'] },
  ephemeral: false,
  execute(ctx) {
    const { query = '' } = parseOptions(options, { query: ctx.options.string('query') });
    return { payload: page(ctx, query, 0, ctx.services.clock.now().getTime()), ephemeral: false };
  },
  buttons: {
    prefix: PREFIX,
    handle(ctx: ButtonContext) {
      const [owner = '', issued = '', pageText = '', ...queryParts] = ctx.args;
      if (ctx.user.id !== owner) throw new UserError('Only the person who ran /articles can turn these pages. Run /articles yourself to browse.');
      const issuedAt = Number.parseInt(issued, 36);
      if (!(ctx.services.clock.now().getTime() - issuedAt < BUTTONS_EXPIRE_MS)) {
        throw new UserError('These buttons have expired (they work for 10 minutes). Run /articles again.');
      }
      return { kind: 'update', payload: page(ctx, queryParts.join(':'), Number.parseInt(pageText, 10) || 0, issuedAt) };
    },
  },
} satisfies Command;

function page(ctx: Pick<CommandContext, 'services' | 'user'>, query: string, requested: number, issuedAt: number) {
  const hits = ctx.services.engine.searchArticles(query);
  if (hits.length === 0 && query !== '') throw new UserError(`No articles match “${query}”. Try other words, or /articles with no query to browse.`);
  const pageCount = Math.max(1, Math.ceil(hits.length / PAGE_SIZE));
  const current = Math.min(Math.max(requested, 0), pageCount - 1);
  const items = hits.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE).map((h) => h.article);
  const id = (target: number): string => `${PREFIX}:${ctx.user.id}:${issuedAt.toString(36)}:${target}:${query}`.slice(0, CUSTOM_ID_LIMIT);
  return renderArticlePage({ items, page: current, pageCount, total: hits.length, query: query || undefined }, pageCount > 1 ? { prevId: id(current - 1), nextId: id(current + 1) } : null);
}
