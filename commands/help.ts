// /help — what each command does, with examples.
import { SlashCommandBuilder } from 'discord.js';
import type { Command } from './types.ts';
import { renderHelp } from '../src/render/help.ts';

export const help = {
  data: new SlashCommandBuilder().setName('help').setDescription('What briefbot can do, with examples').toJSON(),
  help: { summary: 'This list.', examples: ['/help'] },
  ephemeral: true,
  execute: (ctx) => ({ payload: renderHelp(ctx.services.help()), ephemeral: true }),
} satisfies Command;
