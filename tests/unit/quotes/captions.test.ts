import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';

// BBC reports put a speaker's name on a line of its own above their words; the text we get has lost that line break.
describe('a caption line glued to the quote after it', () => {
  it('names the speaker: `… ride. Olympic gold medallist Chris Boardman"Latham had …`', () => {
    const body = 'GB finished fifth and failed to make the bronze-medal ride. Olympic gold medallist Chris Boardman"Latham '
      + 'had a fantastic final charge. He timed his effort well there."';
    expect(speakersOf(body)).toEqual(['Chris Boardman']);
  });

  it('names the speaker before where they said it: `… Danny Murphy on Match of the Day"I couldn\'t …`', () => {
    const body = 'Spurs lost again. "It is difficult," the Argentine told BT Sport. "We are in a position that is up to us. '
      + 'It is difficult to challenge. "Former Liverpool and Spurs midfielder Danny Murphy on Match of the Day"I couldn\'t '
      + 'believe what I was watching, they were all over the place."';
    expect(speakersOf(body)).toEqual(['the Argentine', 'Danny Murphy']);
  });

  it('names nobody when the line has a verb, or the mark is not glued to it', () => {
    expect(speakersOf('Spurs lost again. Fans of Danny Murphy booed"I couldn\'t believe what I was watching, they were awful."'))
      .toEqual([null]);
    expect(speakersOf('Spurs lost again. Danny Murphy "I couldn\'t believe what I was watching, they were all over the place."'))
      .toEqual([null]);
  });
});
