// /digest subscribe|list|preview|send|pause|resume|remove — admins schedule digest posts for a channel.
// Registered for Manage Server only, and checked again here: permissions can change after registration.
import { ChannelType, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type SlashCommandSubcommandBuilder } from 'discord.js';
import { z } from 'zod';
import type { Command, CommandContext, Reply } from './types.ts';
import { parseOptions } from '../src/bot/options.ts';
import { UserError } from '../src/errors.ts';
import { MAX_ARTICLES_LIMIT } from '../src/digest/subscription-store.ts';
import { renderAutocompleteChoices } from '../src/render/autocomplete.ts';
import { renderRunResult, renderSubscribed, renderSubscriptionChanged, renderSubscriptionList } from '../src/render/digest-admin.ts';

const idOption = (name: string, description: string) => (sub: SlashCommandSubcommandBuilder) =>
  sub.setName(name).setDescription(description).addStringOption((o) => o.setName('id').setDescription('Which digest').setRequired(true).setAutocomplete(true));

const subscribeOptions = z.object({
  channel: z.string({ error: 'is required' }).min(1, 'is required'),
  schedule: z.string({ error: 'is required' }).trim().min(1, 'is required').max(100, 'is too long'),
  timezone: z.string().trim().max(64, 'is too long').optional(),
  max_articles: z.number().int().min(1).max(MAX_ARTICLES_LIMIT, `must be at most ${MAX_ARTICLES_LIMIT}`).optional(),
});
const idOptions = z.object({ id: z.string({ error: 'is required' }).trim().min(1, 'is required').max(40, 'is too long') });

export const digest = {
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription('Schedule digests of new articles for a channel (admins)')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('subscribe')
        .setDescription('Post a digest of new articles in a channel on a schedule')
        .addChannelOption((o) => o.setName('channel').setDescription('Where to post').setRequired(true).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement))
        .addStringOption((o) => o.setName('schedule').setDescription('hourly, daily 08:00, weekdays 09:00, weekly mon 08:00, or cron').setRequired(true).setMaxLength(100))
        .addStringOption((o) => o.setName('timezone').setDescription('IANA time zone, e.g. Europe/Paris').setAutocomplete(true).setMaxLength(64))
        .addIntegerOption((o) => o.setName('max_articles').setDescription(`Articles per digest (1–${MAX_ARTICLES_LIMIT}, default 5)`).setMinValue(1).setMaxValue(MAX_ARTICLES_LIMIT)),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription('Every digest of this server'))
    .addSubcommand(idOption('preview', 'Show the digest as it would post now (only you see it)'))
    .addSubcommand(idOption('send', 'Post the digest now'))
    .addSubcommand(idOption('pause', 'Stop posting until resumed'))
    .addSubcommand(idOption('resume', 'Start posting again'))
    .addSubcommand(idOption('remove', 'Delete the digest'))
    .toJSON(),
  help: {
    summary: 'Admins: schedule digests of new articles for a channel, then list, preview, send, pause, resume or remove them.',
    examples: ['/digest subscribe channel:#news schedule:daily 08:00 timezone:Europe/Paris', '/digest list', '/digest send id:k7m2qx'],
  },
  ephemeral: true,
  // Sending waits on Discord; acknowledge first so the 3-second rule never bites.
  deferImmediately: true,
  async execute(ctx) {
    const guildId = requireAdmin(ctx);
    const { digests } = ctx.services;
    const sub = ctx.options.subcommand();
    if (sub === 'subscribe') return subscribe(ctx, guildId);
    if (sub === 'list') return reply(renderSubscriptionList(digests.list(guildId)));
    const { id } = parseOptions(idOptions, { id: ctx.options.string('id') });
    switch (sub) {
      case 'preview': {
        const messages = digests.preview(guildId, id);
        const [first] = messages;
        if (!first) return reply({ content: `Digest ${id}: nothing new to send right now.`, allowed_mentions: { parse: [] } });
        return reply(messages.length > 1 ? { ...first, content: `${first.content ?? ''}\n(preview: first of ${messages.length} messages)`.trim() } : first);
      }
      case 'send':
        return reply(renderRunResult(id, await digests.sendNow(guildId, id)));
      case 'pause':
        return reply(renderSubscriptionChanged(digests.pause(guildId, id), 'paused'));
      case 'resume':
        return reply(renderSubscriptionChanged(digests.resume(guildId, id), 'resumed'));
      case 'remove':
        return reply(renderSubscriptionChanged(digests.remove(guildId, id), 'removed'));
      default:
        throw new UserError('Choose what to do: subscribe, list, preview, send, pause, resume or remove.');
    }
  },
  autocomplete(ctx) {
    const { digests } = ctx.services;
    if (ctx.focused.name === 'timezone') return renderAutocompleteChoices(digests.suggestTimeZones(ctx.focused.value).map((z) => ({ name: z, value: z })));
    if (!ctx.guildId || !ctx.user.canManageGuild) return [];
    return renderAutocompleteChoices(digests.suggest(ctx.guildId, ctx.focused.value));
  },
} satisfies Command;

const reply = (payload: Reply['payload']): Reply => ({ payload, ephemeral: true });

function requireAdmin(ctx: CommandContext): string {
  if (!ctx.guildId) throw new UserError('Digests belong to a server: use /digest in a server channel.');
  if (!ctx.user.canManageGuild) throw new UserError('Only members with Manage Server can manage digests.');
  return ctx.guildId;
}

async function subscribe(ctx: CommandContext, guildId: string): Promise<Reply> {
  const options = parseOptions(subscribeOptions, {
    channel: ctx.options.channel('channel'),
    schedule: ctx.options.string('schedule'),
    timezone: ctx.options.string('timezone'),
    max_articles: ctx.options.integer('max_articles'),
  });
  const access = await ctx.services.channelAccess(guildId, options.channel);
  if (!access.ok) throw new UserError(access.problem);
  const created = ctx.services.digests.subscribe({
    guildId,
    channelId: options.channel,
    schedule: options.schedule,
    timeZone: options.timezone,
    maxArticles: options.max_articles,
    createdBy: ctx.user.id,
  });
  return reply(renderSubscribed(created.subscription, created.description, created.nextRuns));
}
