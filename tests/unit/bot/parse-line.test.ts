import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from '../../../src/bot/console/parse-line.ts';

const grammar = {
  subcommandsOf: (name: string) => (name === 'digest' ? ['subscribe', 'list', 'send'] : []),
  optionsOf: (name: string) =>
    ({ brief: ['article', 'length'], digest: ['channel', 'schedule', 'timezone', 'max_articles'], articles: ['query'] })[name] ?? [],
};

describe('parseConsoleLine', () => {
  it('reads options whose values contain spaces', () => {
    const line = parseConsoleLine('/brief article:strategic partnership length:short', grammar);
    expect(line?.name).toBe('brief');
    expect(Object.fromEntries(line?.options ?? [])).toEqual({ article: 'strategic partnership', length: 'short' });
  });

  it('keeps times such as 08:00 inside a value and recognizes subcommands', () => {
    const line = parseConsoleLine('/digest subscribe channel:#news schedule:daily 08:00 timezone:Europe/Paris', grammar);
    expect(line?.subcommand).toBe('subscribe');
    expect(Object.fromEntries(line?.options ?? [])).toEqual({ channel: '#news', schedule: 'daily 08:00', timezone: 'Europe/Paris' });
  });

  it('only starts an option at a name the command has, so a value may contain "word:"', () => {
    const line = parseConsoleLine('/articles query:vietnam update: trade', grammar);
    expect(Object.fromEntries(line?.options ?? [])).toEqual({ query: 'vietnam update: trade' });
  });

  it('accepts a command with no options and ignores lines that are not commands', () => {
    expect(parseConsoleLine('/help', grammar)).toEqual({ name: 'help', subcommand: null, options: new Map() });
    expect(parseConsoleLine('hello', grammar)).toBeNull();
  });
});
