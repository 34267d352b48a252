import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { paragraphs, scanQuotes } from '../../../src/engine/quotes/scan.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

const words = (body: string) => scanQuotes(body).map((p) => body.slice(p.start, p.end));

describe('scanQuotes', () => {
  it('finds straight and curly quotes alike', () => {
    expect(words('He said "one thing" and then “another thing” too.')).toEqual(['one thing', 'another thing']);
  });

  it('tells a straight opening mark from a closing one by its neighbours, so a missing mark does not flip later quotes', () => {
    // The first quote never closes; the second pair must still come out the right way round.
    expect(words('A "broken start of a quote. Later he said "a clean quote" here.')).toEqual(['a clean quote']);
  });

  it('reads a closing curly mark that opens its paragraph as an opening one, past invisible direction marks', () => {
    expect(words('Cruz was favored.\n\n” … in the case of Wyoming, the train has left,” wrote Time. “A second one.”'))
      .toEqual(['… in the case of Wyoming, the train has left,', 'A second one.']);
    expect(words('Readers wrote.\n\n\u202a”Sorry Sarah, you should have said it,” said one.')).toEqual(['Sorry Sarah, you should have said it,']);
  });

  it('reads a mark after feet and inches as inches, not the end of the quote: “he’s like 6’2”,” Rubio said', () => {
    expect(words('“I admit, he’s taller than me; he’s like 6’2”,” Rubio said. He said "about 5\'11" and smiled".'))
      .toEqual(['I admit, he’s taller than me; he’s like 6’2”,', 'about 5\'11" and smiled']);
  });

  it('reads an opening curly mark typed after a quote\'s last comma as its closing one: “It is unusual,“ said X', () => {
    expect(words('“It is unusual,“ said Larry Noble. “It is a hard thing to do.”')).toEqual(['It is unusual,', 'It is a hard thing to do.']);
  });

  it('reads a straight mark between a comma and a word either way: \'…audiences,"Katie Packer said\' and \'added,"We …\'', () => {
    expect(words('"Trump says different things,"Katie Packer said. He added,"We will win this."'))
      .toEqual(['Trump says different things,', 'We will win this.']);
  });

  it('keeps straight marks nested in straight marks inside the quote: \'"So if somebody says, "I want it," you know."\'', () => {
    expect(words('"So if somebody walks in and says, "I\'d like 10,000 rounds," you know, you might be suspicious."'))
      .toEqual(['So if somebody walks in and says, "I\'d like 10,000 rounds," you know, you might be suspicious.']);
    // A quote that never closes still leaves the quotes after it, and a doubled opening mark is one.
    expect(words('He said "this never closes. Later "one" and "two" here.')).toEqual(['one', 'two']);
    expect(words('"“You don’t win the nomination,” Rubio responded.')).toEqual(['You don’t win the nomination,']);
  });

  it('drops an unclosed quote at the end of its paragraph when the next paragraph does not open with a mark', () => {
    expect(words('He said "this never closes.\n\nThe next paragraph.')).toEqual([]);
  });

  it('carries an unclosed quote into a next paragraph that opens with a mark, flagging it as going on', () => {
    const body = '"First part of the speech.\n\n"Second part of the speech."';
    const pieces = scanQuotes(body);
    expect(pieces.map((p) => body.slice(p.start, p.end))).toEqual(['First part of the speech.', 'Second part of the speech.']);
    expect(pieces.map((p) => p.continues)).toEqual([true, false]);
  });

  it('reads an opener after a sentence\'s end inside an open quote as the quote going on, its line break lost', () => {
    const body = '"As you may be aware, some students got an email this morning. "We take this matter seriously." Then more.';
    const pieces = scanQuotes(body);
    expect(pieces.map((p) => body.slice(p.start, p.end)))
      .toEqual(['As you may be aware, some students got an email this morning.', 'We take this matter seriously.']);
    expect(pieces.map((p) => p.continues)).toEqual([true, false]);
    // The piece that goes on ends before the space the new mark follows (found by the property below: '“. “word"').
    const tiny = scanQuotes('“. “word"');
    expect(tiny.map((p) => [p.open, p.close])).toEqual([[0, 2], [3, 8]]);
    // Nor an opening mark typed for the closing one at the paragraph's end, with no words after it.
    const typo = '“They can see I am the candidate most likely to win,” he said. “They see that. “\n\nCarson posted the '
      + '“Perception” syllabus on Facebook.';
    expect(extractQuotes(typo).map((q) => q.text).join(' | ')).not.toContain('Perception');
    // Not a mark of the other kind, which opens a quote within: "… the world. “They haven’t done …,” he quoted …".
    expect(words('"He fought to force the government to act. “They have not done it,” he quoted one analyst."'))
      .toEqual(['He fought to force the government to act. “They have not done it,” he quoted one analyst.']);
  });

  it('reads a quote within a quote, in the same mark, that has its own attribution as a sign the first never closed', () => {
    const body = "' I just wish I had not,' she said. ' This was a nightmare. Now pictures show a 'girls' night out' in "
      + "town. He sent a text. ' My love, where are you?' he asked. So she went to the flat.' The case goes on.";
    expect(words(body)).toEqual(['I just wish I had not,', "girls' night out", 'My love, where are you?']);
    // In the other kind of mark it is a quote within: '"… “They have not done it,” he said of them."'.
    expect(words('"He fought to force the government. “They have not done it,” he said of them."'))
      .toEqual(['He fought to force the government. “They have not done it,” he said of them.']);
  });

  it('reads a straight mark glued to the next words, before a mark that opens a quote, as a close whose line break was lost', () => {
    const body = 'He said: "We did well. "Meanwhile, Thompson admits he is baffled. Playback is not supported"For me, it is '
      + 'nonsense," Thompson said.';
    expect(words(body)).toEqual(['We did well.', 'For me, it is nonsense,']);
    // So does one before words in the third person that report what someone said; a speaker's words go on.
    const story = 'He said: "It is secure. "However, he added that he still had concerns about the system. "The key is '
      + 'hard to remember. "And you may lose it," he said.';
    expect(words(story)).toEqual(['It is secure.', 'The key is hard to remember.', 'And you may lose it,']);
    expect(words('He said: "It was hard. "Mr Jones considers himself lucky. "I came home," he said.'))
      .toEqual(['It was hard.', 'I came home,']);
    const speech = 'He said: "It is secure. "The team said it was fine, and I agree. "And you may lose it," he said.';
    expect(words(speech)).toEqual(['It is secure.', 'The team said it was fine, and I agree.', 'And you may lose it,']);
  });

  it('reads a glued straight mark as a close when the mark after the next closes a quote an attribution follows', () => {
    // (Else every mark after it flips: "… in 2015." would be a quote, and "Mr Babington said." another.)
    const body = 'She said: "It is easier than they expect. "Getting a place can be a source of stress, and figures '
      + 'indicated a rise in 2015."Transition is a stressful time," Mr Babington said. "Modern life is stressful," he added.';
    expect(words(body)).toEqual(['It is easier than they expect.', 'Transition is a stressful time,',
      'Modern life is stressful,']);
    // (An attribution to a description counts too: `," the newly-crowned internet star explained`.)
    const described = 'It goes: "I have a pen. "But how did the DJ come up with such a song?"When I was making it, I '
      + 'was singing," the newly-crowned internet star explained.';
    expect(words(described)).toEqual(['I have a pen.', 'When I was making it, I was singing,']);
    // (And one by a verb of wondering: `?" Vladimir wonders.`)
    const wondering = 'He said: "I just asked. "Besides the mortgage, his parents took out two loans. "Is there a way '
      + 'out?" Vladimir wonders.';
    expect(words(wondering)).toEqual(['I just asked.', 'Is there a way out?']);
  });

  it('reads a stray mark glued after a stop as no opener when a mark glued between a word and a capital opens a quote', () => {
    const body = 'What about those who need a hoist rather than a toilet?"Recommendations are in place. Lorna Fillingham has '
      + 'started a petition to make the guidelines compulsory"It\'s like playing Russian roulette," Lorna says.';
    expect(words(body)).toEqual(['It\'s like playing Russian roulette,']);
    // (Not after an opener a space set off: the glued mark closes that quote.)
    const tweet = 'Hibs said: "We wish them every success in the future"The task now is ours," Ms Dempster added.';
    expect(words(tweet)).toEqual(['We wish them every success in the future']);
  });

  it('reads two straight marks run together before a word as one quote\'s close and the next one\'s opening', () => {
    expect(words('She saw it "four times in two weeks. ""It is getting bad," she said.'))
      .toEqual(['four times in two weeks.', 'It is getting bad,']);
  });

  it('splits paragraphs at every line break and skips blank ones', () => {
    expect(paragraphs('a\n\n  b  \nc\n\n\n')).toEqual([[0, 1], [5, 6], [9, 10]]);
  });

  it('finds the same paragraphs as trimming each match of /[^\\n]+/g, on any text', () => {
    const byRegex = (body: string): Array<[number, number]> => [...body.matchAll(/[^\n]+/g)].map((m) => {
      const line = m[0];
      const start = m.index + (line.length - line.trimStart().length);
      return [start, start + line.trim().length] as [number, number];
    }).filter(([s, e]) => e > s);
    const text = fc.array(fc.constantFrom('a', ' ', '\n', '\t', '\r', '\u00a0', '\u2028', '\ufeff', '"'), { maxLength: 30 })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 30 })), (body) => {
      expect(paragraphs(body)).toEqual(byRegex(body));
    }), { numRuns: 2000 });
  });
});

// Text made of words, spaces, punctuation, line breaks and every kind of quotation mark, in any order.
const newsish = fc.array(fc.constantFrom('word', 'Name', ' ', ' ', '. ', ', ', '\n\n', '\n', '"', '“', '”', 'said', ':'), { maxLength: 80 })
  .map((parts) => parts.join(''));

describe('scanQuotes on arbitrary text', () => {
  it('returns ordered, non-overlapping pieces whose words never contain a quotation mark at their edges', () => {
    fc.assert(fc.property(newsish, (body) => {
      let last = -1;
      for (const p of scanQuotes(body)) {
        expect(p.open).toBeGreaterThan(last);
        expect(p.open).toBeLessThan(p.start);
        expect(p.start).toBeLessThan(p.end);
        expect(p.end).toBeLessThanOrEqual(p.close);
        expect(body.slice(p.start, p.end)).toBe(body.slice(p.start, p.end).trim());
        last = p.close;
      }
    }));
  });

  it('never lets a piece run over a line break: a quote is capped at its paragraph', () => {
    fc.assert(fc.property(newsish, (body) => {
      for (const p of scanQuotes(body)) expect(body.slice(p.start, p.end)).not.toContain('\n');
    }));
  });
});

describe('extractQuotes on arbitrary text', () => {
  it('gives spans inside the body, in order, and text made of the spanned words', () => {
    fc.assert(fc.property(newsish, (body) => {
      let last = 0;
      for (const q of extractQuotes(body)) {
        expect(q.spans.length).toBeGreaterThan(0);
        for (const [start, end] of q.spans) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeLessThanOrEqual(body.length);
          last = end;
        }
        const joined = q.spans.map(([s, e]) => body.slice(s, e)).join(' ');
        expect(joined.startsWith(q.text)).toBe(true);
      }
    }));
  });

  it('stays fast on a long body full of unbalanced marks', () => {
    const body = Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 'He said "this goes on, ' : 'and "on" and “on. ')).join('\n');
    const started = performance.now();
    extractQuotes(body);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
