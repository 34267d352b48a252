import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Lone capitalized words, and names the finder was unsure of, that the words around them make a person's.
describe('names the words around them make a person', () => {
  it('takes a lone word opening a sentence for a person when it acts like one and is never lowercase: "Carson defied"', () => {
    const body = 'Donald Trump went with the odds.\n\nCarson defied the question, and did not make a choice. '
      + '"With 100 percent certainty, I will predict the winner," he said.';
    expect(only(body).speaker).toBe('Carson');
  });

  it('takes a lone word opening a sentence for a person when a "she" in its clause is about it: "Storey can win … when she rides"', () => {
    const body = 'The Briton finished ahead. Storey can win a 17th title when she rides. "It is a massive relief to win," '
      + 'said the 37-year-old.';
    expect(only(body).speaker).toBe('Storey');
  });

  it('reads an irregular past tense as the verb of such a clause: "Gatland won … in his maiden Six Nations"', () => {
    const body = 'Gatland won a first clean sweep in his maiden Six Nations as coach in 2008. He guided Wales to a second '
      + 'Grand Slam in 2012. "We were disappointed not getting to the final in 2011," he said.';
    expect(only(body).speaker).toBe('Gatland');
  });

  it('takes a name for a person when a role is said of it: "Jamal Simmons is a Democratic consultant", "Simmons, an Obama supporter,"', () => {
    const body = 'Jamal Simmons is a Democratic consultant and a CNN contributor. Simmons, an Obama supporter, said he saw the '
      + 'shift in his family, most of whom thought Obama had no shot.\n\n"It is challenging their assumptions," he said.';
    expect(only(body).speaker).toBe('Jamal Simmons');
  });

  it('reads the verb past an adverb in -ly: "Cruz openly admitted that …. “…,” he said"', () => {
    const body = 'Donald Trump went with the odds.\n\nCruz openly admitted that his pick was politically motivated. '
      + '"With an eye to February 20th, Carolina," he said.';
    expect(only(body).speaker).toBe('Cruz');
  });

  it('does not take a plural or a word the article writes in lowercase: "Harsh comments are …", "Officials said"', () => {
    const harsh = 'Donald Trump spoke first.\n\nHarsh comments are earning some Germans more than scorn. A man had posted '
      + 'a photo.\n\n"We are not mourning, we are celebrating!" he wrote.';
    expect(only(harsh).speaker).toBe('Donald Trump');
    const officials = 'Donald Trump spoke first.\n\nOfficials said the plan was sound.\n\n"It will work well," he said.';
    expect(only(officials).speaker).toBe('Donald Trump');
  });

  it('takes a name for a person when an organization’s role follows it: "Rashad Robinson, Color of Change’s executive director,"', () => {
    const body = 'Rashad Robinson, Color of Change\'s executive director, said his group will press companies.\n\n'
      + '"Why would corporate brands want to align themselves with Trump?" Robinson said.';
    expect(only(body).speaker).toBe('Rashad Robinson');
  });

  it('takes a name with a nickname in quotation marks for one person, whom a later "he" means', () => {
    const body = 'In Seattle, marchers held roses, KING-TV reported.\n\nA group marched in silence. Juan "Chico" Manriquez '
      + 'of Oakland carried one of the photos. "I pretty much cried the whole parade," he said.';
    expect(only(body).speaker).toBe('Juan "Chico" Manriquez');
  });

  it('gives such a word the fuller name the article writes: "Emanuel acknowledged" is Zeke Emanuel', () => {
    const body = 'Zeke Emanuel, an oncologist who advised Obama, praised the law.\n\nEmanuel acknowledged the risks. '
      + '"It is not quite optimistic. We are hopeful," he said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Zeke Emanuel']);
  });

  it('reads past an adverb to the verb that makes a person: "Obama also addressed …. “…,” he added"', () => {
    const body = 'Clinton campaign spokesman Brian Fallon responded on Twitter.\n\nObama also addressed the concerns last '
      + 'Thursday.\n\n"We do take seriously our responsibilities to monitor the vote," he added.';
    expect(only(body).speaker).toBe('Obama');
  });

  it('takes the namesake whose gender a "his" after the surname fits: "as Clinton has emerged … the campaign of his wife"', () => {
    const body = 'Hillary Clinton spoke. Hillary Clinton spoke again. Bill Clinton stayed home.\n\nJuanita Broaddrick went '
      + 'public again as Clinton has emerged to play a role in the campaign of his wife.\n\n"I was shocked," she said.';
    expect(only(body).speaker).toBe('Juanita Broaddrick');
  });

  it('does not read "his" after a surname that is no subject: "recent Clinton campaign accusations that his backers"', () => {
    const body = 'Hillary Clinton spoke in Iowa.\n\nBernie Sanders is choosing not to respond to recent Clinton campaign '
      + 'accusations that his backers are waging attacks.\n\nInstead, the Vermont senator is sticking to his message.\n\n'
      + '"We have come a long way," he told supporters.\n\nOn Sunday, former President Bill Clinton said Clinton supporters were upset.';
    expect(extractQuotes(body)[0]?.speaker).toBe('Bernie Sanders');
  });

  it('does not take whom a role serves for a subject: "Gary Byrne, an agent for President Bill Clinton has written"', () => {
    const body = 'Gary Byrne, a former Secret Service agent for President Bill Clinton has written a book about the first lady.'
      + '\n\nHe went on to say, "She once threw a Bible at an agent on her detail."';
    expect(only(body).speaker).toBe('Gary Byrne');
  });

  it('takes a name of an unknown given name opening a sentence for a person when an auxiliary and a verb follow', () => {
    const heard = 'Rakeyia Scott can be heard yelling to the officers.\n\n"Don\'t shoot him. He has no weapon," she says.';
    expect(only(heard).speaker).toBe('Rakeyia Scott');
    const listed = 'Dahlys Hamilton is listed as the chairman. Recently she announced, "I\'m boarding the Trump train!"';
    expect(only(listed).speaker).toBe('Dahlys Hamilton');
  });

  it('does not take words opening a sentence for a person when the auxiliary has no verb after it: "… is a group"', () => {
    const body = 'Dahlys Hamilton is a group of voters.\n\n"I\'m boarding the Trump train!" she announced.';
    expect(only(body).speaker).toBeNull();
  });

  it('takes a name opening a paragraph for a person when a bare role follows it: "Sherrilyn Ifill, head of the NAACP"', () => {
    const body = 'Voters need IDs.\n\nSherrilyn Ifill, head of the NAACP Legal Defense Fund, said trials were instrumental.\n\n'
      + '"We always believed we could show it," Ifill said.';
    expect(only(body).speaker).toBe('Sherrilyn Ifill');
  });

  it('takes a lone word after an adverb opening the sentence for a person when "who" follows: "Meanwhile Rihanna, who …"', () => {
    const body = 'In her speech, Shonda Rhimes declared the need for drive: “Change the world and then change it again,” she '
      + 'said.\n\nMeanwhile Rihanna, who was honored with the Rockstar award, spoke about self-love. “The minute you learn '
      + 'to love yourself, you would not want to be anyone else,” she said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Shonda Rhimes', 'Rihanna']);
  });

  it('does not take a place before "who" mid-sentence for a person: "said a voter in Nashua, who …"', () => {
    const body = 'Jane Roe spoke first. “I am not sure about any of them yet,” said a voter in Nashua, who asked not to be '
      + 'named.\n\n“We will see in the end,” she said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['a voter in Nashua', 'Jane Roe']);
  });
});

describe('a given name alone with an age in the appositive after it', () => {
  it('is a person, opening the sentence or not: "At the start of each month Elena, a 40-year-old Muscovite, spreads …"', () => {
    const opening = 'Elena, a 40-year-old Muscovite, spreads the cash on the table. "When I do this I shake," she says.';
    expect(only(opening).speaker).toBe('Elena');
    const inside = 'At the start of each month Elena, a 40-year-old Muscovite, spreads the cash on the table. "When I do '
      + 'this I shake," she says.';
    expect(only(inside).speaker).toBe('Elena');
  });
});
