import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderInternalError, renderUserError } from '../../../src/render/errors.ts';
import { hostileText } from './arbitraries.ts';
import { assertSafePayload } from './limits-checker.ts';

describe('renderUserError', () => {
  it('shows the message with a warning sign, escaped', () => {
    expect(renderUserError('No article matches "*tariffs*".')).toEqual({
      content: '⚠️ No article matches "\\*tariffs\\*".',
      allowed_mentions: { parse: [] },
    });
  });

  it('property: any message renders within limits with no live mention', () => {
    fc.assert(fc.property(hostileText, (message) => assertSafePayload(renderUserError(message))));
  });
});

describe('renderInternalError', () => {
  it('gives the reference to quote and no details', () => {
    expect(renderInternalError('abc123')).toEqual({
      content: 'Something went wrong (ref abc123). It has been logged; please try again in a moment.',
      allowed_mentions: { parse: [] },
    });
  });

  it('keeps only id characters of the reference, so it cannot carry text or mentions', () => {
    expect(renderInternalError('<@123> **x**').content).toBe(
      'Something went wrong (ref 123x). It has been logged; please try again in a moment.',
    );
    expect(renderInternalError('').content).toContain('(ref unknown)');
  });

  it('property: any reference renders within limits with no live mention', () => {
    fc.assert(fc.property(hostileText, (ref) => assertSafePayload(renderInternalError(ref))));
  });
});
