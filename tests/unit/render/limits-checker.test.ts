// The referee must catch what it is meant to catch, or every property that relies on it proves nothing.
import { describe, expect, it } from 'vitest';
import type { MessagePayload } from '../../../src/render/payload.ts';
import { autocompleteViolations, limitViolations, liveMentions } from './limits-checker.ts';

const ok: MessagePayload = { content: 'hi', allowed_mentions: { parse: [] } };
const embedsOf = (n: number, size: number): MessagePayload => ({
  embeds: Array.from({ length: n }, () => ({ description: 'x'.repeat(size) })),
  allowed_mentions: { parse: [] },
});

describe('limits checker', () => {
  it('accepts a legal payload', () => {
    expect(limitViolations(ok)).toEqual([]);
  });

  it('catches a missing or permissive allowed_mentions', () => {
    expect(limitViolations({ content: 'hi' } as MessagePayload)).toContain('allowed_mentions is not { parse: [] }');
    expect(limitViolations({ content: 'hi', allowed_mentions: { parse: ['everyone'] } } as unknown as MessagePayload)).toHaveLength(1);
  });

  it('catches each size limit', () => {
    expect(limitViolations({ ...ok, content: 'x'.repeat(2001) })).toHaveLength(1);
    expect(limitViolations(embedsOf(11, 1))).toEqual(['11 > 10 embeds']);
    expect(limitViolations(embedsOf(2, 3001))).toEqual(['embeds total 6002 > 6000 characters']);
    expect(limitViolations(embedsOf(1, 4097))).toHaveLength(1);
    const field = { name: 'n'.repeat(257), value: 'v'.repeat(1025) };
    expect(limitViolations({ embeds: [{ fields: [field] }], allowed_mentions: { parse: [] } })).toHaveLength(2);
    expect(limitViolations({ embeds: [{ fields: Array(26).fill({ name: 'n', value: 'v' }) }], allowed_mentions: { parse: [] } })).toHaveLength(1);
  });

  it('catches blank texts, bad urls, bad buttons and lone surrogates', () => {
    expect(limitViolations({ embeds: [{ title: 'a', fields: [{ name: ' ', value: '' }] }], allowed_mentions: { parse: [] } })).toHaveLength(2);
    expect(limitViolations({ embeds: [{ title: 'a', url: 'javascript:x' }], allowed_mentions: { parse: [] } })).toHaveLength(1);
    const button = { type: 2 as const, style: 2 as const, custom_id: 'same', label: 'x'.repeat(81) };
    const row = { type: 1 as const, components: [button, button] };
    expect(limitViolations({ ...ok, components: [row] })).toEqual([
      'components[0][0].label is 81 > 80 characters',
      'components[0][1].label is 81 > 80 characters',
      'components[0][1].custom_id is a duplicate',
    ]);
    expect(limitViolations({ ...ok, content: 'a\uD83D' })).toHaveLength(1);
  });

  it('finds live mentions and ignores broken ones', () => {
    expect(liveMentions({ content: '@everyone', x: ['<@1>', '@\u200Bhere', '<\u200B#2>'] })).toEqual(['@everyone', '<@1>']);
  });

  it('catches autocomplete choices over the limits', () => {
    expect(autocompleteViolations(Array(26).fill({ name: 'n', value: 'v' }))).toHaveLength(1);
    expect(autocompleteViolations([{ name: 'n'.repeat(101), value: 'v'.repeat(101) }])).toHaveLength(2);
  });
});
