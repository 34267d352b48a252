import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../../src/bot/console/parse-line.ts';

const subcommands = (name: string) => (name === 'digest' ? ['subscribe', 'list', 'send'] : []);

describe('parseConsoleLine', () => {
  it('reads options whose values contain spaces', () => {
    const line = parseConsoleLine('/brief article:strategic partnership length:short', subcommands);
    expect(line?.name).toBe('brief');
    expect(Object.fromEntries(line?.options ?? [])).toEqual({ article: 'strategic partnership', length: 'short' });
  });

  it('keeps times such as 08:00 inside a value and recognizes subcommands', () => {
    const line = parseConsoleLine('/digest subscribe channel:#news schedule:daily 08:00 timezone:Europe/Paris', subcommands);
    expect(line?.subcommand).toBe('subscribe');
    expect(Object.fromEntries(line?.options ?? [])).toEqual({ channel: '#news', schedule: 'daily 08:00', timezone: 'Europe/Paris' });
  });

  it('accepts a command with no options and ignores lines that are not commands', () => {
    expect(parseConsoleLine('/help', subcommands)).toEqual({ name: 'help', subcommand: null, options: new Map() });
    expect(parseConsoleLine('hello', subcommands)).toBeNull();
  });
});
