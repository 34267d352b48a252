import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAutocompleteChoices } from '../../../src/render/autocomplete.ts';
import { hostileText } from './arbitraries.ts';
import { autocompleteViolations } from './limits-checker.ts';

describe('renderAutocompleteChoices', () => {
  it('keeps at most 25 choices, in order', () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({ name: `Article ${i}`, value: `a-${i}` }));
    const result = renderAutocompleteChoices(choices);
    expect(result).toHaveLength(25);
    expect(result[24]).toEqual({ name: 'Article 24', value: 'a-24' });
  });

  it('shortens long names at a word with "…" and cuts long values without one', () => {
    const [choice] = renderAutocompleteChoices([{ name: 'headline '.repeat(20), value: 'v'.repeat(150) }]);
    expect(choice?.name).toBe(`${'headline '.repeat(11).trim()}…`);
    expect(choice?.value).toBe('v'.repeat(100));
  });

  it('puts names on one line and falls back to the value for a blank name', () => {
    expect(renderAutocompleteChoices([{ name: ' a\nb ', value: 'x' }, { name: '  ', value: 'the-id' }])).toEqual([
      { name: 'a b', value: 'x' },
      { name: 'the-id', value: 'the-id' },
    ]);
  });

  it('does not split an emoji when cutting a value', () => {
    expect(renderAutocompleteChoices([{ name: 'n', value: `${'v'.repeat(99)}😀` }])[0]?.value).toBe('v'.repeat(99));
  });

  it('property: any choices respect the limits', () => {
    const choice = fc.record({ name: hostileText, value: hostileText });
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 40 }), (choices) => {
        expect(autocompleteViolations(renderAutocompleteChoices(choices))).toEqual([]);
      }),
    );
  });
});
