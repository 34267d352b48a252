// The command line's grammar, parsed and validated at the boundary; every mistake is one clear sentence.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { SummarySize } from '../engine/types.ts';
import { UserError } from '../errors.ts';

export type CliCommand =
  | { readonly command: 'brief'; readonly size: SummarySize; readonly json: boolean; readonly targets: readonly string[] }
  | { readonly command: 'quotes'; readonly query: string; readonly speaker?: string; readonly article?: string; readonly json: boolean }
  | { readonly command: 'articles'; readonly query: string; readonly json: boolean }
  | { readonly command: 'help' };

export const USAGE = `usage: npm run --silent cli -- <command>
  brief [--length short|standard|full | --sentences N] [--json] ID_OR_FILE...
  quotes [QUERY] [--speaker NAME] [--article ID] [--json]
  articles [QUERY] [--json]`;

const sentencesSchema = z.coerce.number({ error: '--sentences must be a whole number' }).int('--sentences must be a whole number').min(1, '--sentences must be at least 1').max(50, '--sentences must be at most 50');
const lengthSchema = z.enum(['short', 'standard', 'full'], { error: '--length must be short, standard or full' });

export function parseCli(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  switch (command) {
    case 'brief':
      return parseBrief(rest);
    case 'quotes': {
      const { values, positionals } = parse(rest, { speaker: { type: 'string' }, article: { type: 'string' }, json: { type: 'boolean' } });
      return { command, query: positionals.join(' '), speaker: values.speaker as string | undefined, article: values.article as string | undefined, json: values.json === true };
    }
    case 'articles': {
      const { values, positionals } = parse(rest, { json: { type: 'boolean' } });
      return { command, query: positionals.join(' '), json: values.json === true };
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { command: 'help' };
    default:
      throw new UserError(`unknown command '${command}' (commands: brief, quotes, articles)`);
  }
}

function parseBrief(args: readonly string[]): CliCommand {
  const { values, positionals } = parse(args, { length: { type: 'string' }, sentences: { type: 'string' }, json: { type: 'boolean' } });
  if (values.length !== undefined && values.sentences !== undefined) throw new UserError('give either --length or --sentences, not both');
  if (positionals.length === 0) throw new UserError('brief needs at least one article id or file');
  let size: SummarySize = { length: 'standard' };
  if (values.sentences !== undefined) size = { sentences: check(sentencesSchema, values.sentences) };
  if (values.length !== undefined) size = { length: check(lengthSchema, values.length) };
  return { command: 'brief', size, json: values.json === true, targets: positionals };
}

type Options = Parameters<typeof parseArgs>[0] extends infer C ? (C extends { options?: infer O } ? NonNullable<O> : never) : never;

function parse(args: readonly string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (err) {
    // Node's messages are good but long; keep the first sentence.
    throw new UserError((err as Error).message.split('. ')[0]?.replace(/\.$/, '') ?? 'bad arguments');
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserError(result.error.issues[0]?.message ?? 'invalid value');
  return result.data;
}
