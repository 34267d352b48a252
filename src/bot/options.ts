// Command options parsed at the boundary with zod: a bad value becomes a UserError naming the option.
import type { z } from 'zod';
import { UserError } from '../errors.ts';

export function parseOptions<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.infer<S> {
  // Discord sends absent options as absent; our readers say null. zod's optional() wants undefined.
  const present = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v ?? undefined]));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const option = issue?.path.join('.') ?? '';
  throw new UserError(option ? `\`${option}\`: ${issue?.message ?? 'invalid value'}` : (issue?.message ?? 'Invalid options.'));
}
