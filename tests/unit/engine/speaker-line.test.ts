import { describe, expect, it } from 'vitest';
import { speakerLine } from '../../../src/engine/speaker-line.ts';

describe('speakerLine', () => {
  it('names the speaker alone when the article does not say who they are', () => {
    expect(speakerLine({ speaker: 'To Lam', role: null })).toBe('To Lam');
  });

  it('puts a role after a comma: "Anna Berg, the mayor of Springfield"', () => {
    expect(speakerLine({ speaker: 'Anna Berg', role: 'the mayor of Springfield' })).toBe('Anna Berg, the mayor of Springfield');
  });

  it('joins where someone belongs without a comma: "Jeffrey Lewis of the James Martin Center"', () => {
    expect(speakerLine({ speaker: 'Jeffrey Lewis', role: 'of the James Martin Center' })).toBe('Jeffrey Lewis of the James Martin Center');
  });

  it('gives null for an unattributed quote, whatever the role', () => {
    expect(speakerLine({ speaker: null, role: 'a spokesman' })).toBeNull();
  });
});
