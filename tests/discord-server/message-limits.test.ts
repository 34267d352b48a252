// Discord's message and command limits as the local server enforces them: the boundaries are exact,
// because tests of the renderer rely on the server catching what Discord would refuse.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCommands } from './commands.ts';
import { DiscordApiError } from './http-io.ts';
import { choicesErrors, LIMITS, messageBodyErrors } from './message-limits.ts';

const codepoints = (text: string): number => [...text].length;
const anyText = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });

describe('message limits', () => {
  it('accepts content exactly when it has at most 2000 code points (astral characters count once)', () => {
    fc.assert(
      fc.property(anyText(2100), (content) => {
        expect(messageBodyErrors({ content }) === null).toBe(codepoints(content) <= LIMITS.content);
      }),
    );
  });

  it('flags a title, field value and footer one past their limit at their paths, and leaves values at the limit alone', () => {
    const errors = messageBodyErrors({
      embeds: [
        { title: 't'.repeat(257), description: 'd'.repeat(1000) },
        { fields: [{ name: 'n', value: 'v'.repeat(1025) }], footer: { text: 'f'.repeat(2049) }, author: { name: 'a'.repeat(256) } },
      ],
    });

    expect(errors).toEqual({
      embeds: {
        '0': { title: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 256 or fewer in length.' }] } },
        '1': {
          fields: { '0': { value: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 1024 or fewer in length.' }] } } },
          footer: { text: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2048 or fewer in length.' }] } },
        },
      },
    });
  });

  it('refuses the embed total exactly when the text of all embeds exceeds 6000', () => {
    const lengths = fc.array(fc.integer({ min: 0, max: LIMITS.description }), { minLength: 1, maxLength: LIMITS.embeds });
    fc.assert(
      fc.property(lengths, (sizes) => {
        const errors = messageBodyErrors({ embeds: sizes.map((n) => ({ description: 'x'.repeat(n) })) });
        const total = sizes.reduce((a, b) => a + b, 0);
        expect(JSON.stringify(errors ?? {}).includes('MAX_EMBED_SIZE_EXCEEDED')).toBe(total > LIMITS.embedTotal);
      }),
    );
  });

  it('refuses more than 10 embeds and 25 fields', () => {
    expect(messageBodyErrors({ embeds: Array.from({ length: 11 }, () => ({ title: 'x' })) })).not.toBeNull();
    expect(messageBodyErrors({ embeds: Array.from({ length: 10 }, () => ({ title: 'x' })) })).toBeNull();
    const fields = (n: number) => Array.from({ length: n }, () => ({ name: 'n', value: 'v' }));
    expect(messageBodyErrors({ embeds: [{ fields: fields(26) }] })).not.toBeNull();
    expect(messageBodyErrors({ embeds: [{ fields: fields(25) }] })).toBeNull();
  });

  it('requires field names and values that are not blank, as Discord does', () => {
    expect(messageBodyErrors({ embeds: [{ fields: [{ name: 'Speaker', value: '   ' }] }] })).toEqual({
      embeds: { '0': { fields: { '0': { value: { _errors: [{ code: 'BASE_TYPE_REQUIRED', message: 'This field is required' }] } } } } },
    });
  });

  it('refuses relative urls and out-of-range colours in embeds', () => {
    expect(messageBodyErrors({ embeds: [{ url: '/articles/1' }] })).not.toBeNull();
    expect(messageBodyErrors({ embeds: [{ color: 0x1000000 }] })).not.toBeNull();
    expect(messageBodyErrors({ embeds: [{ url: 'https://example.com/a', color: 0xffffff, image: { url: 'attachment://a.png' } }] })).toBeNull();
  });

  it('refuses duplicate custom ids and more than 5 buttons in a row', () => {
    const button = (id: string) => ({ type: 2, style: 1, custom_id: id, label: id });
    expect(messageBodyErrors({ components: [{ type: 1, components: [button('a'), button('a')] }] })).not.toBeNull();
    expect(messageBodyErrors({ components: [{ type: 1, components: ['1', '2', '3', '4', '5', '6'].map(button) }] })).not.toBeNull();
    expect(messageBodyErrors({ components: [{ type: 1, components: ['1', '2', '3', '4', '5'].map(button) }] })).toBeNull();
  });

  it('accepts autocomplete answers of up to 25 choices with names of 1 to 100 characters', () => {
    const choice = fc.record({ name: fc.string({ minLength: 1, maxLength: 120 }), value: fc.string({ maxLength: 100 }) });
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 30 }), (choices) => {
        const valid = choices.length <= 25 && choices.every((c) => c.name.trim() !== '' && codepoints(c.name) <= 100);
        expect(choicesErrors({ choices }) === null).toBe(valid);
      }),
    );
  });
});

describe('command definitions', () => {
  const codeOf = (body: unknown): string => {
    try {
      validateCommands(body);
      return 'ok';
    } catch (error) {
      return error instanceof DiscordApiError ? JSON.stringify(error.body) : 'crash';
    }
  };

  it('accepts lower-case names of 1 to 32 characters with a description of 1 to 100', () => {
    expect(codeOf([{ name: 'brief', description: 'Brief an article' }])).toBe('ok');
    expect(codeOf([{ name: 'x'.repeat(33), description: 'd' }])).toMatch(/APPLICATION_COMMAND_INVALID_NAME/);
    expect(codeOf([{ name: 'brief', description: '' }])).toMatch(/BASE_TYPE_BAD_LENGTH/);
    expect(codeOf([{ name: 'Brief', type: 3 }])).toBe('ok'); // message commands may use capitals and no description
  });

  it('refuses duplicate names, duplicate options and choices together with autocomplete', () => {
    expect(codeOf([{ name: 'a', description: 'd' }, { name: 'a', description: 'd' }])).toMatch(/DUPLICATE_NAME/);
    const option = { type: 3, name: 'q', description: 'd' };
    expect(codeOf([{ name: 'a', description: 'd', options: [option, option] }])).toMatch(/OPTION_NAME_ALREADY_EXISTS/);
    const both = { ...option, autocomplete: true, choices: [{ name: 'x', value: 'x' }] };
    expect(codeOf([{ name: 'a', description: 'd', options: [both] }])).toMatch(/AUTOCOMPLETE_CHOICES_EXCLUSIVE/);
  });
});
