import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { quotesWithSingleMarks, singleRoleOf } from '../../../src/engine/quotes/single-marks.ts';

const said = (body: string) => extractQuotes(body).map((q) => [q.text, q.speaker]);

describe('quotes in single marks (British style)', () => {
  it('reads curly single marks as quotation marks, and apostrophes as apostrophes', () => {
    const body = 'Mark Harper spoke on Tuesday.\n\n‘We are not going anywhere, and it’s the voters’ choice,’ Harper said. '
      + '‘I’m sure the country will understand why we did it,’ he added.';
    expect(said(body)).toEqual([
      ['We are not going anywhere, and it’s the voters’ choice', 'Mark Harper'],
      ['I’m sure the country will understand why we did it', 'Mark Harper'],
    ]);
  });

  it('reads straight single marks, with the space tokenized text puts after an opening one', () => {
    const body = "The friends were on their way to Broadway. ' We came here for vacation. We're no heroes, just tourists,' "
      + "Makrus Asberg, a police officer, told the New York Post. 'It was the Swedes' holiday and we don't regret it,' he added.";
    expect(said(body)).toEqual([
      ["We came here for vacation. We're no heroes, just tourists", 'Makrus Asberg'],
      ["It was the Swedes' holiday and we don't regret it", 'Makrus Asberg'],
    ]);
  });

  it('reads a saint\'s mark as a possessive, not a closing one: "\'We lost at St James\' Park again,\' he said"', () => {
    const body = "John Carver spoke on Monday. 'We lost at St James' Park again, and I said to Steve, \"Is he writing his "
      + "resignation?\",' Carver said. 'We went 1-0 up,' he added.";
    expect(said(body)).toEqual([
      ["We lost at St James' Park again, and I said to Steve, \"Is he writing his resignation?\"", 'John Carver'],
      ['We went 1-0 up', 'John Carver'],
    ]);
  });

  it('reads a plural\'s mark before a word no possessive comes before as a closing one: "\'big brown eyes\' but"', () => {
    const body = "Linda Prior cried as she told court how she tried to shut Lane's 'big brown eyes' but wasn't able to. ' The "
      + "big brown eyes were just staring at me,' Ms Prior told the court. 'The dogs' bowls were empty,' she said.";
    expect(said(body)).toEqual([
      ['The big brown eyes were just staring at me', 'Linda Prior'],
      ["The dogs' bowls were empty", 'Linda Prior'],
    ]);
  });

  it('reads a quote whose paragraphs open with curly and straight single marks mixed, its line breaks lost, as one', () => {
    const body = 'St John Ambulance launched a campaign. ‘It saves lives,’ a teacher said. Richard Fernandez, its head of public affairs, said: ‘We have been '
      + "calling for first aid to be taught. ' This is a policy that has had backing from all parties. ‘We’re delighted "
      + "that Labour has now adopted it. 'We are continuing to call on all candidates to give their support.’ For more, visit.";
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => [q.speaker, q.spans.length])).toEqual([['a teacher', 1], ['Richard Fernandez', 4]]);
  });

  it('reads the quotes after a mark that never closed: the ones within it that closed, and the one still open going on', () => {
    // "'dossiers' about": a plural's mark before a lowercase word reads as a possessive, so the quote it opened never
    // closes; every quote after it in the paragraph is still read.
    const body = "The watchdog has obtained 'dossiers' about the staff. It found a 'disconcerting pattern' in the schools. "
      + "A source told the Sunday Times: 'The 100 or so include teachers and staff.' ' In some cases, they are still "
      + "working at schools. ' But the NCTL does not want them to end up anywhere else.' The scandal started last year.";
    expect(extractQuotes(body).map((q) => [q.text.slice(0, 20), q.spans.length, q.speaker])).toEqual([
      ['The 100 or so includ', 1, 'A source'],
      ['In some cases, they ', 2, 'A source'],
    ]);
  });

  it('reads a mark before a word spoken short as an apostrophe, not an opening: "We do it \'cos of the love"', () => {
    const body = "Kelvin Meadows spoke outside. 'We put up with late changes. We do it 'cos of the love of our team. ' But the "
      + "tide is turning,' he said. 'We want 'em back,' Meadows added. 'Fans are the soul,' he said.";
    expect(said(body)).toEqual([
      ["We put up with late changes. We do it 'cos of the love of our team. But the tide is turning", 'Kelvin Meadows'],
      ["We want 'em back", 'Kelvin Meadows'],
      ['Fans are the soul', 'Kelvin Meadows'],
    ]);
  });

  it('closes a quote right after the quote within it closes: \'… said: "Has she got a baby?" \' Lizzi now admits\'', () => {
    const body = "Lizzi Crawford lost weight. Crawford said: 'It started on the bus. A kid then looked at me and said: \"Has she "
      + "got a baby in her belly?\" ' Lizzi now admits she was unhealthy. Crawford went on: 'I was eating burgers.' "
      + "Jacqueline Caterina agreed: 'After a couple of weeks I was like, \"Wow!\"' However, a surgeon disagreed.";
    expect(said(body)).toEqual([
      ['It started on the bus. A kid then looked at me and said: "Has she got a baby in her belly?"', 'Lizzi Crawford'],
      ['I was eating burgers.', 'Lizzi Crawford'],
      ['After a couple of weeks I was like, "Wow!"', 'Jacqueline Caterina'],
    ]);
  });

  it('names nobody for a "he said" inside a quote going on, whose paragraph a spaced mark opens: "…?\'. \' He said, \'…\'"', () => {
    const body = "' We were in the room with Steve Clarke and Ruud,' recalls John Carver. ' I said, 'Do you know how important "
      + "this game is?'. ' He said, 'I have played in some massive derbies.' ' We lost.' Carver said it was a dreadful "
      + "night. 'I was angry.' He added: 'We should have won.'";
    expect(said(body).filter(([text]) => /derbies|won/.test(text ?? ''))).toEqual([
      ['I have played in some massive derbies.', null],
      ['We should have won.', 'John Carver'],
    ]);
  });

  it('keeps double marks as the quotation marks of an article that quotes with them', () => {
    const body = 'Tom Smith\'s car was in the \'90s style. "We will win, and it\'s not close," Smith said.';
    expect(quotesWithSingleMarks(body)).toBe(false);
    expect(said(body)).toEqual([["We will win, and it's not close", 'Tom Smith']]);
    // Two single marks typed for a double one are double marks.
    expect(quotesWithSingleMarks("''There is deep anxiety,'' Ms. Henry said. ''We know it,'' she added.")).toBe(false);
  });

  it('reads an article\'s only quote in single marks when a colon introduces it: "Mr Wang said: \'Big kites …\'"', () => {
    const body = "The kite, dubbed 'centipede with a dragon's head', flew. Mr Wang said: 'Big kites are built from this "
      + "rope to stop the line from snapping.' In order to secure the pieces, craftsmen used bamboo.";
    expect(quotesWithSingleMarks(body)).toBe(true);
    expect(said(body)).toEqual([['Big kites are built from this rope to stop the line from snapping.', 'Wang']]);
    // (Not a colon before a name in single marks in an article that quotes in double ones.)
    expect(quotesWithSingleMarks('The film: \'Saving Mr Banks\' won. "It is great," Smith said. "We won," he said.'))
      .toBe(false);
  });

  it('reads two single marks typed for a double one, and a third as a single mark within', () => {
    const body = "Mary Kay Henry expressed concern. ''There is deep anxiety among our members,'' Ms. Henry said. "
      + "''Kosovo is a special case,''' Mr. Putin said. ''It is all lies,'' he added.";
    expect(said(body)).toEqual([
      ['There is deep anxiety among our members', 'Mary Kay Henry'],
      ["Kosovo is a special case,'", 'Putin'],
      ['It is all lies', 'Putin'],
    ]);
  });

  it('property: a single mark between letters is an apostrophe', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(fc.property(word, word, fc.constantFrom("'", '’', '‘'), (a, b, mark) => {
      const text = `${a}${mark}${b}`;
      expect(singleRoleOf(text, a.length, 0, text.length)).toBeNull();
    }));
  });
});

describe('quotes in single marks, past a photo caption run into them', () => {
  it('reads a quote that never closed before a caption as going on past it, though two more marks open after it', () => {
    const body = "Ben Elton told supporters he was back. He said: 'It's no secret that I am now one of that wealthy minority. "
      + "Me and Myleene Klass. Scroll down for video Comedian Ben Elton took a swipe at Myleene Klass during a rally ' I "
      + "made my money cracking gags, she made hers showering. ' We should both be proud to make our contribution.' Elton left.";
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ben Elton']);
    expect(quotes[0]?.spans.map(([s, e]) => body.slice(s, e))).toEqual([
      "It's no secret that I am now one of that wealthy minority. Me and Myleene Klass.",
      'I made my money cracking gags, she made hers showering.',
      'We should both be proud to make our contribution.',
    ]);
  });

  it('leaves out of such a quote a caption that ends with a full stop: "Summer pictured volunteering in South Africa."', () => {
    const body = "Her father Mr Robertson spoke. He explained: 'I spoke to her that Thursday morning. Summer pictured "
      + "volunteering in South Africa. The student had spoken to her father hours before ' She said everything was great. ' "
      + "She was living the dream.' They miss her.";
    const quotes = extractQuotes(body);
    expect(quotes[0]?.spans.map(([s, e]) => body.slice(s, e))).toEqual([
      'I spoke to her that Thursday morning.', 'She said everything was great.', 'She was living the dream.',
    ]);
  });
  it('reads the quote after "He added:" though the one before never closed, going on past the caption', () => {
    const body = "'The club will stand by the player,' the club said. His solicitor, Liam O'Donnell, told the court that "
      + "reports 'finally give some indication of progress. He added: 'He was not in any trouble from the age of 16 to 23. "
      + "The reason has been attributed to a gambling problem. The 27-year-old midfielder pictured in action last week ' "
      + "This gambling problem seems to be the root of his offending.' O'Donnell revealed more. ' He is fully supported by "
      + "his club,' he added.";
    const quotes = extractQuotes(body);
    const added = quotes.find((q) => q.text.startsWith('He was not'));
    expect(added?.speaker).toBe("Liam O'Donnell");
    expect(added?.spans.map(([s, e]) => body.slice(s, e))).toEqual([
      'He was not in any trouble from the age of 16 to 23. The reason has been attributed to a gambling problem.',
      'This gambling problem seems to be the root of his offending.',
    ]);
  });
});
