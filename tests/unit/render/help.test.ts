import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderHelp } from '../../../src/render/help.ts';
import { hostileText } from './arbitraries.ts';
import { assertSafePayload } from './limits-checker.ts';

describe('renderHelp', () => {
  it('gives each command a field with its description and examples as inline code', () => {
    const embed = renderHelp([
      { name: 'brief', description: 'Summarize one article.', examples: ['/brief article:xi-vietnam', '/brief article:xi-vietnam length:short'] },
      { name: 'quotes', description: 'Find quotes by speaker or topic.', examples: [] },
    ]).embeds?.[0];
    expect(embed?.title).toBe('briefbot commands');
    expect(embed?.fields).toEqual([
      { name: '/brief', value: 'Summarize one article.\n`/brief article:xi-vietnam`\n`/brief article:xi-vietnam length:short`', inline: false },
      { name: '/quotes', value: 'Find quotes by speaker or topic.', inline: false },
    ]);
  });

  it('swaps backticks in examples so they cannot break out of inline code', () => {
    const value = renderHelp([{ name: 'x', description: 'd', examples: ['a`b'] }]).embeds?.[0]?.fields?.[0]?.value;
    expect(value).toBe('d\n`aˋb`');
  });

  it('lists the commands beyond 24 in a last "More commands" field', () => {
    const commands = Array.from({ length: 30 }, (_, i) => ({ name: `c${i}`, description: 'Does a thing.', examples: [] }));
    const fields = renderHelp(commands).embeds?.[0]?.fields ?? [];
    expect(fields).toHaveLength(25);
    expect(fields[24]).toEqual({ name: 'More commands', value: '/c24, /c25, /c26, /c27, /c28, /c29', inline: false });
  });

  it('property: any list of commands renders within limits with no live mention', () => {
    const command = fc.record({ name: hostileText, description: hostileText, examples: fc.array(hostileText, { maxLength: 5 }) });
    fc.assert(fc.property(fc.array(command, { maxLength: 40 }), (commands) => assertSafePayload(renderHelp(commands))));
  });
});
