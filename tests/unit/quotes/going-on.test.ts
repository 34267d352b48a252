import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { speakersOf } from './only-quote.ts';

// Quotes with no attribution of their own, which go on from the quote before them (or do not).
describe('a quote after a partial quote too short to keep', () => {
  it('goes on with its speaker in the next sentence of the paragraph: `… a "wasted opportunity". "Although we …"`', () => {
    const body = 'Unpaid work is failing.\n\nThe chief inspector of probation, Paul Wilson, said it appeared that unpaid '
      + 'work was viewed simply as a punishment, which was a "wasted opportunity". "Although we found some high-quality '
      + 'management, much of it was simply not good enough."';
    expect(speakersOf(body)).toEqual(['Paul Wilson']);
  });

  it('and past someone else\'s partial quote, goes on with theirs, not with the kept quote\'s speaker', () => {
    const body = 'Unpaid work is failing.\n\n"Much of it was simply not good enough," Paul Wilson said. A Ministry of Justice '
      + 'spokesperson said it wanted "much more effective rehabilitation" - which had to start with making sure offenders '
      + 'turned up on time. "It\'s totally unacceptable for offenders to skip work enforced by the courts."';
    expect(speakersOf(body)).toEqual(['Paul Wilson', 'A Ministry of Justice spokesperson']);
  });

  it('but not past a new sentence with its own subject: `… “dragging their feet.” This prompted the tabloid …`', () => {
    const body = 'Sanders pressed on.\n\n"Clinton is showing flashes of frustration," the RNC said in an email.\n\n'
      + 'Friday, Bernie Sanders told the Daily News that her aides were "dragging their feet." This prompted the tabloid '
      + 'to do a cover saying "Don\'t be a Bum, Hil!"';
    expect(speakersOf(body).at(-1)).toBeNull();
  });
});

describe('a "he" or "she" after a sentence whose subject is a role that spoke', () => {
  it('is that role: "Lawyer X said …. A police spokesman told the AFP …. “…,” he said"', () => {
    const body = 'A singer was beaten.\n\nLawyer Gankhuugiin Batbayar said the suspect had not been arrested. A police '
      + 'spokesman told the AFP news agency that the case was under investigation. "The suspect is a diplomatic '
      + 'officer," he said.';
    expect(speakersOf(body).at(-1)).toBe('A police spokesman');
  });

  it('but an office keeps the person named just before it: "… toast Mrs May. The home secretary told officers …"', () => {
    const body = 'Theresa May spoke to the Police Federation.\n\nThe federation would toast Mrs May if she abandoned the '
      + 'idea. The home secretary told officers the murder was "appalling". "We ask police officers to keep us safe," '
      + 'she said.';
    expect(speakersOf(body).at(-1)).toBe('Theresa May');
  });
});

describe('a quote in the next paragraph but one', () => {
  it('goes on past a beat of a few words ("She pauses.", "Transcript as follows:"), not past a sentence of the story', () => {
    const body = '"I am calling from the Hillary Clinton campaign," Eva Miller said into the phone.\n\nShe pauses.\n\n'
      + '"Well, thank you so much."\n\nPause.\n\n"Well, you do that! Hillary will appreciate it."\n\nAcross town, the '
      + 'Sanders campaign had a different plan for the day.\n\n"We knock on every door."';
    expect(speakersOf(body)).toEqual(['Eva Miller', 'Eva Miller', 'Eva Miller', null]);
  });

  it('does not go on to words about the speaker\'s own work: "One of the shortcomings of Byler\'s … piece"', () => {
    const body = 'As David Byler pointed out, "The delegates will have multiple chances to change the rule."\n\n'
      + '"One of the shortcomings of Byler\'s otherwise excellent piece is that it does not consider the rule."';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['David Byler', null]);
  });

  it('goes on past a paragraph about the speaker, named as its subject ("Viguerie is upbeat …"), not about others', () => {
    const body = '"Cruz appeals to Reagan Democrats," Richard Viguerie notes.\n\nViguerie is upbeat about the race.\n\n'
      + '"Not only can Ted Cruz win, he is the best."\n\nViguerie supporters cheered the speech.\n\n"We love him and we will vote for him."'
      + '\n\nThe crowd was quick to add that it was cold.\n\n"It is far too cold for a rally tonight."';
    expect(speakersOf(body)).toEqual(['Richard Viguerie', 'Richard Viguerie', null, null]);
  });
});

describe('words a crowd shouted after a speaker\'s quote', () => {
  it('are kept as nobody\'s: `… said Woods. … as shouts of "Watch out, Tiger\'s back" rang out`', () => {
    const body = '"I had a hard time getting the ball close to the hole," said Tiger Woods. Watched by huge galleries, '
      + 'Woods made a fast start, rolling in the birdie putt as shouts of "Watch out, Tiger\'s back" rang out.';
    expect(speakersOf(body)).toEqual(['Tiger Woods', null]);
  });

  it('are nobody\'s after a speaker who roused them: "Mr. Christie roused the crowd to chants of “Lock her up!”"', () => {
    const chants = 'Casting himself as her prosecutor in a mock trial, Mr. Christie roused the crowd to spontaneous chants '
      + 'of "Lock her up!"\n\nBut such moments passed quickly.';
    expect(speakersOf(chants)).toEqual([null]);
    // (A sign may be the words of the one holding it.)
    const sign = 'Lori Bernstein held up a sign saying "Jews Against Trump - Because We\'ve Seen This Before." She is 57.';
    expect(speakersOf(sign)).toEqual(['Lori Bernstein']);
  });
});

describe('a quote that someone this reading cannot name speaks', () => {
  it('does not go on with the speaker before: `“…,” a voice over says as a photo … is shown`', () => {
    const body = '"Trump says different things to different audiences," Katie Packer said in a statement. "More and more, '
      + 'Trump appears to be the kind of politician voters fear the most."\n\n“Donald Trump is skipping the last debate '
      + 'before the Iowa caucuses. Why? Trump can’t handle tough questions,” a voice over says as a photo of an empty '
      + 'podium is shown.';
    expect(speakersOf(body)).toEqual(['Katie Packer', null]);
  });
});

describe('a "he said" after a quote that follows right on another', () => {
  it('is the speaker of the quote before, not a name from a caption between: `…100 per cent.\' \'…,\' he added`', () => {
    const body = "Carlo Ancelotti spoke to reporters. Cristiano Ronaldo shares a joke during training ' It's not that "
      + "interesting,' said Ancelotti. ' Bale is fine. I have the whole squad available. But Bale is at 100 per cent.' "
      + "'Bale had a fantastic season last time and scored in both finals,' he added.";
    expect(speakersOf(body).at(-1)).toBe('Carlo Ancelotti');
  });
});

describe('a quote a name\'s colon introduced, going on over lost line breaks', () => {
  it('ends before a piece another name\'s attribution closes: `X wrote: "… time. "There was … "Finally …," said Y`', () => {
    const body = 'Retired defender Arne Friedrich, who played with him at Euro 2008, wrote: "Proud of you Thomas. A good decision '
      + 'and the right time. "There was also support for him from leading figures in German football. "Finally, a '
      + 'footballer has the courage to make his sexuality public," said Theo Zwanziger, the former president of the '
      + 'German Football Association.';
    expect(speakersOf(body)).toEqual(['Arne Friedrich', 'Theo Zwanziger']);
    // (After a stop, the words after the mark are the story's, not an attribution: the quote goes on.)
    const stop = 'Shopkeeper Angie Booth said: "We are bearing the loss of trade. "Will you compensate local businesses?"'
      + 'Transport councillor Ian Ward said compensation was up for discussion.';
    expect(speakersOf(stop)).toEqual(['Angie Booth']);
  });

  it('is not broken by another name\'s colon: `LaToya wrote: "… Rock With You"Producer Mark Ronson wrote: "…"`', () => {
    const body = 'His sister LaToya wrote: "A brilliant songwriter, may you rest in peace, one of my favorite songs Rock '
      + 'With You"Producer and DJ Mark Ronson wrote: "So devastated to hear that he has passed away. thank you x"Temperton, '
      + 'whose funeral has taken place, was nicknamed The Invisible Man.';
    expect(speakersOf(body)).toEqual(['LaToya', 'Mark Ronson']);
  });

  it('is not broken by another\'s attribution after a quote a speech verb and a comma introduced: "shouted, “…,” Beck '
    + 'joked, “…”"', () => {
    const body = 'Holding open a book, Beck asked who it was. When a man in the crowd shouted, “It sounds like Ted Cruz to me,” '
      + 'Beck joked, again using an accent, “Amen, brother! Come on up and get baptized!”';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['It sounds like Ted Cruz to me', 'a man in the crowd'],
      ['Amen, brother! Come on up and get baptized!', 'Beck']]);
    // (The same speaker on both sides breaks one quote: "Clinton told reporters, “…,” Clinton said, “…”".)
    expect(extractQuotes('Clinton told reporters, “We will win this,” Clinton said, “and win big.”')).toHaveLength(1);
  });

  it('goes on past a passive speech verb in a later clause: `… sick. "Meereen was taken to the vets - where it was confirmed`', () => {
    const body = 'Her owner, Adria Pearce, said the cat came home. "I have not been able to stop crying since she died," she '
      + 'said. "We found her behind the sofa, trying to be sick. "Meereen was taken to the vets - where it was confirmed '
      + 'she had consumed antifreeze - and died three days later.';
    expect(speakersOf(body)).toEqual(['Adria Pearce']);
  });
});

describe('a quote with no attribution after a sentence about a person in its paragraph', () => {
  it('is the one a title subject names, past a "didn\'t": "The General didn\'t blink. “In my view, yes.”"', () => {
    const body = 'This comes from Maj. Gen. Allen Batschelet. I felt the need to press him. Come on! The General didn\'t blink. '
      + '"In my view, yes." Of the 195,000 recruits, only 72,000 qualified.';
    expect(speakersOf(body)).toEqual(['Allen Batschelet']);
  });

  it('is the sender of words the subject names, past a day: "Donald Trump\'s first tweet Sunday morning was …"', () => {
    const body = 'Intro.\n\nPresumptive GOP nominee Donald Trump\'s first tweet Sunday morning was a fairly measured comment '
      + 'about the shooting. "Really bad shooting in Orlando. Police investigating possible terrorism. Many people dead and '
      + 'wounded."\n\nHis second tweet came later.';
    expect(speakersOf(body)).toEqual(['Donald Trump']);
  });

  it('is nobody\'s after a subject that is no title: "The crowd didn\'t stop. “We will keep on …”"', () => {
    const body = 'Chris Christie spoke last. I watched the room. The crowd didn\'t stop. "We will keep on chanting until '
      + 'she is gone, all of us, all night long." Then it was over.';
    expect(speakersOf(body)).toEqual([null]);
  });
});

describe('a quote in a paragraph whose line breaks were lost', () => {
  const body = (told: string): string => "Brian and Charlotte Smith were sent an email. The email playfully explained: "
    + "'Every so often, in the deserts of the Southwest, a hiker stumbles upon a giant concrete arrow.' They went hunting. "
    + `${told} 'We have located 102 arrows, some are badly deteriorated and not much is left. Arrowheads and ancient `
    + 'earth mounds have been discovered at Poverty Point, in Utah, but it also has a more recent concrete arrow A beacon '
    + 'has survived in good condition in New Mexico (left) and at Cottage Grove in Oregon (right) - many of these were '
    + 'lost as the metal was used in the war effort At Thayer Juntion, in Wyoming, there are boards that supply '
    + "information about the arrows 'Our interest grew out of an email circulating in August 2013, we wanted to know "
    + "where they were.'";

  it('does not go on past someone else brought on to speak, whose quote lost its closing mark', () => {
    expect(speakersOf(body('The Smiths told MailOnline Travel:'))).toEqual(['The email', null]);
  });

  it('but goes on past a sentence that brings on no one', () => {
    expect(speakersOf(body('They found many.'))).toEqual(['The email', 'The email']);
  });
});

describe('a quote over paragraphs whose first paragraph quotes a title in curly marks', () => {
  const statement = 'Dr. Ward stated:\n\n"The Department isn’t about “Equal Justice Under Law” anymore. It is about power.\n\n'
    + '"Lynch should be impeached. Period."\n\nNorth Carolina’s bill took effect in March.';

  it('is one quote from the colon that introduced it, the title inside it no quote of its own', () => {
    const quotes = extractQuotes(`Former Senator Kelli Ward called for it.\n\n${statement}`);
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['Kelli Ward',
      'The Department isn’t about “Equal Justice Under Law” anymore. It is about power. Lynch should be impeached. Period.']]);
    expect(quotes[0]?.spans).toHaveLength(2);
  });

  it('and one a quote goes on into, though no colon introduced it', () => {
    const body = 'Ward wrote a letter to the board.\n\n"The Department is wrong about this.\n\n"It isn’t about “Equal Justice '
      + 'Under Law” anymore. It is about power.\n\n"Lynch should be impeached. Period."';
    expect(extractQuotes(body).map((q) => q.spans.length)).toEqual([3]);
  });

  it('but a paragraph of a story no colon introduced and no quote goes on into keeps its own quotes', () => {
    const body = '“You called women fat pigs,” Kelly charged.\n\n"Trump tried to laugh it off by interjecting, “Only Rosie '
      + 'O’Donnell.” But Kelly was relentless.\n\n“Does that sound like the temperament of a president?”';
    // (The title, two words, is too short to keep.)
    expect(extractQuotes(body).map((q) => q.text)).toEqual(['You called women fat pigs',
      'Does that sound like the temperament of a president?']);
  });
});
