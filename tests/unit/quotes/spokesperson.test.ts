import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';

// A spokesperson's own name is rarely told; whose spokesperson they are is, once, and "the spokesperson" after it.
describe('"the spokesperson" of a quote', () => {
  it('is the one whose the story said: "A spokesperson for Merivale", "Cameron’s spokesman"', () => {
    const merivale = 'Fans were angry. A spokesperson for Merivale, which runs the Ivy, said the company was sorry. "He '
      + 'behaved in a terribly thoughtless way," the spokesperson said.';
    expect(speakersOf(merivale)).toEqual(['A spokesperson for Merivale']);
    const cameron = 'He spoke of Barack Obama. Cameron’s spokesman said the prime minister stood firm. "He disagrees with '
      + 'them," the spokesman said.';
    expect(speakersOf(cameron)).toEqual(['Cameron’s spokesman']);
  });

  it('but stays a description where two bodies\' spokespeople were named', () => {
    const body = 'A Bayer spokesman and a Pfizer spokesman spoke. "No comment at all on this," the spokesman said.';
    expect(speakersOf(body)).toEqual(['the spokesman']);
  });
});
