import { describe, it, expect } from 'vitest';
import { speakersOf } from './only-quote.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

describe('a name after a verb\'s plain form is its object, not what a later "he" means', () => {
  it('"said he did not support Mr. Trump, the presumed favorite. … He said …" is the one who said it', () => {
    const body = 'Mr. Schultz generally supported Democrats during his time on MSNBC and said he did not support '
      + 'Mr. Trump, the presumed Putin favorite.\n\nHe said he did not mention the hacking because “no one can '
      + 'credibly state they have evidence that it’s Russia, and as soon as they do, I’ll report it.”';
    expect(speakersOf(body)).toEqual(['Schultz']);
  });

  it('"Sanders did go further in trying to hold Snyder accountable. “…”" is Sanders', () => {
    const body = 'Bernie Sanders spoke on Saturday. Sanders did go further, trying to hold Snyder accountable.\n\n'
      + '“There are no excuses,” he said.';
    expect(speakersOf(body)).toEqual(['Bernie Sanders']);
  });

  it('but a verb that reports keeps the name a clause\'s subject: "did not say Trump was …"', () => {
    const body = 'Ted Cruz spoke first. Aides did not say Donald Trump was wrong.\n\n“We will win,” he said.';
    expect(speakersOf(body)).toEqual(['Donald Trump']);
  });
});

describe('a sentence that only brings someone on', () => {
  it('makes them the next "he": "Then there’s Axelrod. ⏎ “…,” he wrote"', () => {
    const body = 'David Axelrod is a pundit. Former Obama speechwriter Jon Favreau published a column. Obama himself has even made comments '
      + 'supportive of her bid.\n\nThen there’s Axelrod.\n\n“Kind of bewildering,” he wrote last October.';
    expect(speakersOf(body)).toEqual(['David Axelrod']);
  });
});

describe('a quote that goes on past a lost line break', () => {
  it('is one quote with the speaker of its introduction: `The message read: \'… material. \' We take …\'`', () => {
    const body = "Following complaints, the college issued an apology. The message read: 'As you may be aware, some "
      + "students erroneously received an email this morning. ' We take this matter seriously and apologize for any upset "
      + "it may have caused.' Lisa McElroy said: 'I am sorry for what happened to them.' She did not say more.";
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['The message', 'Lisa McElroy']);
    expect(quotes[0]?.text).toContain('As you may be aware');
    expect(quotes[0]?.text).toContain('We take this matter seriously');
  });
});

describe('a title between a past tense and a name', () => {
  it('makes the name an object: "Bear Grylls also lent Mr Cameron his support. \'…,\' he said"', () => {
    const body = "Mr Cameron said volunteering is a triple win. TV star Bear Grylls also lent Mr Cameron his support. "
      + "'Any initiative that encourages people to volunteer is good news,' he said. 'We all struggle to find time.'";
    expect(speakersOf(body)).toEqual(['Bear Grylls']);
  });

  it('sees past the place a title is for: "praise from Russian President Vladimir Putin would not … He said"', () => {
    const body = 'Trump said praise from Russian President Vladimir Putin would not affect his policy toward Russia. '
      + 'He said Putin has "been a leader far more than our president has been a leader."';
    expect(speakersOf(body)).toEqual(['Trump']);
  });

  it('but not past a possessive, a caption\'s last words before it: "… in Nepal India\'s Prime Minister Narendra Modi has"', () => {
    const body = "On the ground: Devastation in Nepal India's Prime Minister Narendra Modi has made a special effort over Nepal. "
      + 'He has visited the country twice in his first year in office. And on Sunday, in his national radio address, '
      + 'he said Indians needed to "wipe the tears of every Nepali, hold their hands, and stand with them."';
    expect(speakersOf(body)).toEqual(['Narendra Modi']);
  });
});


describe('an unattributed quote in the same paragraph as another', () => {
  it('does not go on with its speaker past a long caption without a period (a page whose line breaks were lost)', () => {
    const body = "Robert Abrams, a psychiatrist, said the pilot is 'both innovative and thoughtful'. ' You have got a "
      + "group of people with dementia who do not grasp their surroundings,' he said. ' So they feel frightened.' "
      + 'Resident Louisa Irving, 94, is one '
      + 'of several dementia sufferers at the home who is woken up each morning with a video recording from a loved one '
      + 'to help ease confusion and agitation Her daughter Tamara, pictured in the striped top, records messages, signing '
      + "off with the family goodbye, ' Kiss, kiss, I love you, mum, and see you again very soon.'";
    expect(speakersOf(body)).toEqual(['Robert Abrams', null]);
  });
});

describe('the agent of a passive', () => {
  it('is whom the next "he" means past a role of a body: "was praised by the chairman of BT Mike Rake. He said: …"', () => {
    const body = "Survival expert and Television star Bear Grylls said that he supports Mr Cameron's volunteering scheme The "
      + "plan was praised by the chairman of BT Mike Rake.  He said: 'Corporate volunteering is a triple win - a win for "
      + "the community.' Survival expert and TV star Bear Grylls also lent Mr Cameron his support for the scheme. 'Any "
      + "initiative that encourages people to volunteer is good news,' he said.";
    // (And a quote closed with a single mark ends its sentence: Bear Grylls, after it, is the second "he".)
    expect(speakersOf(body)).toEqual(['Mike Rake', 'Bear Grylls']);
  });

  it('is whom the next "she" means: "He was joined on the call by Ilyse Hogue. She said Rubio “…”"', () => {
    const body = '“Who is the real con man here?” said Murphy, using a term Rubio has used to describe Trump. He was '
      + 'joined on the call by Ilyse Hogue, president of NARAL. She said Rubio “has failed to do anything beyond '
      + 'furthering his own political aspirations.”';
    expect(speakersOf(body)).toEqual(['Murphy', 'Ilyse Hogue']);
  });

  it('is whom the next "he" means without a "be", after a view: "It is a view echoed by Nicholas Minter-Green"', () => {
    const body = (view: string): string => '"We see a future where kids are going back to revolutionary France," Marcus '
      + `Storm said. It is ${view} by Nicholas Minter-Green, president of Economist Films. "It is bringing the joy to `
      + 'education," he said.';
    expect(speakersOf(body('a view echoed'))).toEqual(['Marcus Storm', 'Nicholas Minter-Green']);
    // (Not an agent of anything else: "a school founded by" someone says nothing.)
    expect(speakersOf(body('a school founded'))).toEqual(['Marcus Storm', 'Marcus Storm']);
  });

  it('is the name that ends the agent\'s description: "made by his opponent …, Armenia\'s Tigran Petrosian."', () => {
    const body = (end: string): string => 'They expelled Nigalidze on Sunday. The complaint was made by Nigalidze\'s '
      + `opponent in their sixth-round match, Armenia's Tigran Petrosian${end} He said: "Nigalidze would promptly reply to my moves `
      + 'and then literally run to the toilet."';
    expect(speakersOf(body('.'))).toEqual(['Tigran Petrosian']);
    // (Not one the sentence goes on past, which may be one of several: "…, Armenia's Tigran Petrosian and his coach.")
    expect(speakersOf(body(' and his coach.'))).toEqual([null]);
  });

  it('is not the owner of the agent: "frustrated by Carson\'s top advisers. “…,” he said" is the subject\'s', () => {
    const body = 'Bill Millis told POLITICO that he had been frustrated by Carson\'s top advisers. “They reined him in. '
      + 'They said he did not need to come out until January,” he said.';
    expect(speakersOf(body)).toEqual(['Bill Millis']);
  });
});

describe('a "he" after a quote that opens with a name', () => {
  it('is not that person: "said Stuart Stevens, who took aim at Marco Rubio, …. “Rubio is not …,” he said"', () => {
    const body = "''It's crazy that nobody else is trying to win except Trump,'' said Stuart Stevens, who took direct aim at "
      + "Senator Marco Rubio of Florida, who finished in a distant second place in South Carolina.\n\n''Rubio is not going "
      + "after the person who is winning,'' he said. ''I've never seen a campaign like it.''";
    expect(speakersOf(body)).toEqual(['Stuart Stevens', 'Stuart Stevens']);
  });
});

describe('a name that is not what a later "he" refers to', () => {
  it('is an object described with a people\'s name: "the image of Syrian three-year-old Alan Kurdi"', () => {
    const body = 'On Friday Mr Abbott said the image of Syrian three-year-old Alan Kurdi, who died trying to reach Greece by '
      + 'boat with his family, was "very sad". "If you want to stop the deaths you have got to stop the boats," he told ABC Radio.';
    expect(speakersOf(body)).toEqual(['Abbott']);
  });

  it('is one of two subjects, or owns what a phrase after "after" names: nobody, rather than a wrong guess', () => {
    const body = "Curtis and assistant manager Paul Williams will take charge of Saturday's match after Bob Bradley's "
      + 'sacking. Swansea want to appoint a new boss soon. "We\'ve got to go with somebody who will get us out of trouble," he said.';
    expect(speakersOf(body)).toEqual([null]);
  });
});

describe('a name that only modifies a noun after a year', () => {
  it('is no subject a later "he" refers to: "when he worked for the 2012 Obama campaign"', () => {
    const body = 'Barack Obama took office in 2009. David Simas, the White House political director, recalled sitting in on '
      + 'focus groups when he worked for the 2012 Obama campaign for ads that began by reminding voters how bleak the '
      + "economy had been when Barack Obama first took office. ''The folks who responded to it the most were "
      + "African-Americans and Hispanic voters,'' he said.";
    expect(speakersOf(body)).toEqual(['David Simas']);
  });
});
