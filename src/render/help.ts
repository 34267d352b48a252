// The command overview: one field per command with its description and copyable examples.
import { fitEmbed } from './embed-fit.ts';
import { codeSpan } from './format.ts';
import { listWithin } from './entities.ts';
import { EMBED_FIELD_COUNT_LIMIT, EMBED_FIELD_NAME_LIMIT, EMBED_FIELD_VALUE_LIMIT } from './limits.ts';
import { BRAND_COLOR, noMentions } from './payload.ts';
import type { EmbedField, MessagePayload } from './payload.ts';
import { inlineText } from './safe-text.ts';

export interface CommandHelp {
  readonly name: string;
  readonly description: string;
  readonly examples: readonly string[];
}

/** Descriptions are one or two sentences; this keeps 24 commands within the 6,000 total before any fitting. */
const DESCRIPTION_BUDGET = 160;
const EXAMPLE_BUDGET = 100;
const EXAMPLES_SHOWN = 3;

export function renderHelp(commands: readonly CommandHelp[]): MessagePayload {
  // The last field slot is kept for "More commands" when there are too many to describe one by one.
  const described = commands.length > EMBED_FIELD_COUNT_LIMIT ? commands.slice(0, EMBED_FIELD_COUNT_LIMIT - 1) : commands;
  const fields: EmbedField[] = described.map((command) => ({
    name: inlineText(`/${command.name}`, EMBED_FIELD_NAME_LIMIT),
    value: commandText(command),
    inline: false,
  }));
  const others = commands.slice(described.length);
  if (others.length > 0) {
    const names = others.map((c) => inlineText(`/${c.name}`, EMBED_FIELD_NAME_LIMIT));
    fields.push({ name: 'More commands', value: listWithin(names, EMBED_FIELD_VALUE_LIMIT) || '…', inline: false });
  }
  const embed = {
    title: 'briefbot commands',
    description:
      commands.length === 0
        ? 'No commands are available right now.'
        : 'Briefings, quotes and digests from the news corpus. Type `/` to see them in Discord.',
    color: BRAND_COLOR,
    fields,
  };
  return { embeds: [fitEmbed(embed)], allowed_mentions: noMentions() };
}

/** "Description.\n`/brief article:…`\n`/brief …`" */
function commandText(command: CommandHelp): string {
  const lines = [inlineText(command.description, DESCRIPTION_BUDGET, 'No description.')];
  for (const example of command.examples.slice(0, EXAMPLES_SHOWN)) {
    const code = codeSpan(example, EXAMPLE_BUDGET);
    if (code !== '') lines.push(code);
  }
  return lines.join('\n');
}
