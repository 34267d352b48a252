import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only } from './only-quote.ts';

// Which person a "he" or "she" in an attribution refers to.
describe('pronoun speakers', () => {
  it('prefers the main subject to the subject of what was said: "Brian Murphy said Trump continued …"', () => {
    const body = 'Donald Trump spoke first. Brian Murphy, the county chairman, said Trump continued to hurt his cause.\n\n'
      + '"I do not think it has cut well for him at all," he said.';
    expect(only(body).speaker).toBe('Brian Murphy');
  });

  it('takes the subject of what was said when the sentence has no other person as subject', () => {
    const body = 'Corey Lewandowski spoke first. The affidavit said that Marc Bujnowski had seen bruises on her arm.\n\n'
      + '"They appeared to be several finger marks," he wrote.';
    expect(only(body).speaker).toBe('Marc Bujnowski');
  });

  it('does not take the object of a verb: "many of them backed Cruz during the primary"', () => {
    const body = 'Gordon Humphrey said he is hopeful, even though many of them backed Ted Cruz during the primary.\n\n'
      + '"The first thing, obviously, is to stop him on the first ballot," he said.';
    expect(only(body).speaker).toBe('Gordon Humphrey');
  });

  it('keeps an inverted attribution\'s speaker: "…, said Alan Abramowitz, a demographer."', () => {
    const body = 'The promise appeals to many whites, said Alan Abramowitz, a demographer at Emory University.\n\n'
      + '"He is trying to appeal to a sense of displacement," he said.';
    expect(only(body).speaker).toBe('Alan Abramowitz');
  });

  it('reads a gender from a kinship word before a name: "her husband, Milton Berg"', () => {
    const body = 'Rachel Berg came from Monsey. Along with her husband, Milton Berg, a money manager, she has given to many.\n\n'
      + '"I feel bad to say it, but I do not see him as the president," she said.';
    expect(only(body).speaker).toBe('Rachel Berg');
  });

  it('keeps what it knows of a person named in an inverted attribution: "wrote Ben Jacobs" is no "she"', () => {
    const body = '"It was likely the first time in American history," wrote Ben Jacobs in The Guardian.\n\n'
      + 'The woman who started it all identified herself as a resident named Caroline.\n\n'
      + '"He truly cares about the American people," she said of Trump.';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Ben Jacobs', 'Caroline']);
  });

  it('gives no gender to a given name that women and men share: "Terry Strada" can be "she"', () => {
    const body = 'Terry Strada, whose husband died on 9/11, leads the families.\n\n'
      + '"All we are asking for is the truth about what happened," she said.';
    expect(only(body).speaker).toBe('Terry Strada');
  });

  it('takes a name before a colon as what the sentence is about: "And oh yes, Carly Fiorina: …"', () => {
    const body = 'And oh yes, Carly Fiorina: what are her qualifications? She had a great line when she said, '
      + '"Unlike Hillary Clinton, I know that flying is an activity, not an accomplishment."';
    expect(only(body).speaker).toBe('Carly Fiorina');
  });
});

describe('speakers from pronouns and context', () => {
  it('resolves "he said" to the most recent male person who was a subject', () => {
    const body = 'John Carter met Maria Lopez in Denver. Carter later spoke to reporters. "The meeting went very well for both of us," he said.';
    expect(only(body).speaker).toBe('John Carter');
  });

  it('resolves "she said" past a more recent male subject', () => {
    const body = 'Mrs. Helen Park arrived first. Then David Kim joined the panel. "We have the votes to pass it this week," she said.';
    expect(only(body).speaker).toBe('Helen Park');
  });

  it('does not resolve "she" to a name inside the quotation before it', () => {
    const body = 'Maria Lopez waited at the back of the hall.\n\n"Here comes Big Daddy, the man himself," she said, clapping.';
    expect(only(body).speaker).toBe('Maria Lopez');
  });

  it('does not resolve "he" to a name that only owns a thing inside a sentence, when a subject comes before it', () => {
    const body = 'John Carter spoke in Denver, after Paul Grant’s remarks.\n\n"We were never going to win that state," he said.';
    expect(only(body).speaker).toBe('John Carter'); // (one whose thing opens it: pronouns-after-clauses.test.ts)
  });

  it('resolves "he" to a name that owns the subject when no subject comes before it', () => {
    const body = 'President Barack Obama’s speech did not stand up to scrutiny.\n\nHe told his audience: "Nobody is more qualified than she is."';
    expect(only(body).speaker).toBe('Barack Obama');
  });

  it('gives a bare surname to the person named most so far, not to a relative named last in full', () => {
    const body = 'Bernie Sanders spoke. Sanders waved. Sanders left, at the urging of his wife, Mary Sanders.\n\n'
      + '"We really can win on Tuesday in this district," said Sanders.';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });

  it('does not take a word that only ever opens a sentence for a speaker\'s name: "Partial transcript as follows:"', () => {
    const body = 'The debate went on.\n\nPartial transcript as follows:\n\n"We will not take any more questions on that tonight."';
    expect(only(body).speaker).toBeNull();
    const named = 'Garin is a pollster. He spoke to Geoff Garin.\n\nGarin added: "We will not take any more questions tonight."';
    expect(only(named).speaker).toBe('Geoff Garin');
  });

  it('reads a word that is no name by itself as the surname of someone named: "Will wrote" after "George Will"', () => {
    const body = 'Columnist George Will spoke first.\n\n"The eruption of war is a reminder of what will come next," Will wrote.';
    expect(only(body).speaker).toBe('George Will');
  });

  it('prefers a subject of the right gender to one of unknown gender in the same sentence', () => {
    const body = 'Carly Fiorina ran the company. At the meeting, Fiorina spoke first, while Hewlett replied.\n\n'
      + '"This is a choice between taking the hill and charging ahead," she said.';
    expect(only(body).speaker).toBe('Carly Fiorina');
  });

  it('does not take a name that qualifies a role for a subject: "McConnell spokesman Don Stewart"', () => {
    const body = 'Mitch McConnell spoke on Monday. Later, McConnell spokesman Don Stewart would not say when.\n\n'
      + '"I do not have any new announcements yet," he said.';
    expect(only(body).speaker).toBe('Don Stewart');
  });

  it('reads a lone capitalized word mid-sentence as a name even when the article writes it in lowercase', () => {
    const body = 'It happened many times. "Mr. Trump was left holding some $8.8 billion in debt," the Times wrote.';
    expect(only(body).speaker).toBe('Times');
  });

  it('does not take names in a list or after a described preposition for subjects', () => {
    const body = 'Christopher Harvey was there. Harvey said Trump was his fourth choice, behind arch-conservative Rick '
      + 'Santorum, Senator Marco Rubio, and Senator Ted Cruz.\n\n"We are alive, unlike the robots you will see," he said.';
    expect(only(body).speaker).toBe('Christopher Harvey');
  });

  it('takes words that open a sentence for a person\'s name when an age follows them: "Dewayne Smithy, 33, of …"', () => {
    const body = 'Barack Obama spoke on Tuesday.\n\nDewayne Smithy, 33, of Baldwin, Miss., dismisses the idea.\n\n'
      + '"I can\'t really find a candidate that I like," he said.';
    expect(only(body).speaker).toBe('Dewayne Smithy');
  });

  it('does not take a name before a conjunction for a subject: "would not support Clinton if he loses"', () => {
    const body = 'Hillary Clinton spoke. "It is a legitimate concern," Susan Sarandon told MSNBC when asked about fears that '
      + 'his supporters would not support Clinton if he loses.\n\n"I think Bernie would probably encourage people," she said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Susan Sarandon', 'Susan Sarandon']);
  });

  it('does not take the subject of a clause in the pronoun\'s own sentence: "Asked … that Clinton faces Trump, she replied"', () => {
    const body = 'Susan Sarandon spoke about Hillary Clinton.\n\nAsked about her vote in the event that Clinton faces Trump, she replied: '
      + '"I do not know. I am going to see what happens."';
    expect(only(body).speaker).toBe('Susan Sarandon');
  });

  it('lets a resolved "she" stand for the person for the next "she"', () => {
    const body = 'Susan Sarandon spoke about Hillary Clinton.\n\nAsked about her vote in the event that Clinton faces Trump, she replied: '
      + '"I do not know. I am going to see what happens."\n\nShe appeared to imply that Trump could lead to more upheaval.\n\n'
      + '"Some people feel Trump will bring revolution immediately," she said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Susan Sarandon', 'Susan Sarandon']);
  });

  it('takes the one asked "if" for who answers: "Conroy asked Sanders whether …"', () => {
    const body = 'Scott Conroy asked Bernie Sanders whether his health was fair game.\n\n"Sure it is. I would not have run '
      + 'if I was not blessed," he said.';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });

  it('takes whose words they are for a subject: "the very words of Abraham Lincoln. He concluded, “…”"', () => {
    const body = 'The speech can be summed up in the very words of Abraham Lincoln in 1865. He concluded so eloquently, '
      + '"With malice toward none, let us strive on to finish the work we are in."';
    expect(only(body).speaker).toBe('Abraham Lincoln');
  });

  it('takes who sent the words for a subject: "according to a post from Arianna Huffington. “…,” she wrote"', () => {
    const body = 'Hillary Clinton leads the race. That news will come with a bias, according to a post from Arianna Huffington.\n\n'
      + '"We will not only be covering the ways the campaign is unique," she wrote.';
    expect(only(body).speaker).toBe('Arianna Huffington');
  });

  it('takes words that open a sentence for a woman\'s name when a gendered appositive follows: "Dottie Deans, the chairwoman"', () => {
    const body = 'Hillary Clinton leads.\n\nDottie Deans, the chairwoman of the Vermont Democratic Party, is supporting Sanders.\n\n'
      + '"He has a desire to ensure that those voters feel like part of the process," she said.';
    expect(only(body).speaker).toBe('Dottie Deans');
  });

  it('takes a sentence-opening name with a role after it for a person: "Raynard Jackson, a Republican consultant,"', () => {
    const body = 'Barack Obama won.\n\nRaynard Jackson, a black Republican campaign consultant, voted in the primary. '
      + '"If South Carolina had come before Iowa, Obama would not have won," he said.';
    expect(only(body).speaker).toBe('Raynard Jackson');
  });

  it('takes a sentence-opening name that speaks for a person: "Zeynep Akar told CNN"', () => {
    const body = 'A witness named Violet spoke to reporters.\n\nZeynep Akar told CNN that the truck drove into crowds.\n\n'
      + '"I suddenly heard the crash and people shouting," she said.';
    expect(only(body).speaker).toBe('Zeynep Akar');
  });

  it('gives a bare surname to the person the story is about, not to a relative a kinship word introduces', () => {
    const hillary = 'Democratic candidate Hillary Clinton spoke, with her husband, former President Bill Clinton.\n\n'
      + '"We also need to make sure that the messages Trump is sending do not fall on receptive ears," Clinton said.';
    expect(only(hillary).speaker).toBe('Hillary Clinton');
    const bill = 'Former President Bill Clinton criticized the law at a stop for his wife Hillary Clinton.\n\n'
      + '"It does not make any sense. The insurance model does not work here," Clinton said.';
    expect(only(bill).speaker).toBe('Bill Clinton');
  });

  it('takes a lone word for a person when an age follows it or "named" comes before it', () => {
    const aged = 'Donald Trump spoke.\n\nGroberg, 33, opened up about his decision.\n\n"He has absolutely zero military experience," he said.';
    expect(only(aged).speaker).toBe('Groberg');
    const named = 'The woman identified herself to CNN as a resident named Caroline.\n\n"He truly cares about the American people," she said.';
    expect(only(named).speaker).toBe('Caroline');
  });

  it('takes a word after a kinship word for a person: "his wife, Jane, called for …"', () => {
    const body = 'Tad Devine spoke. On CNN, his wife, Jane, called for an open primary. '
      + '"Shutting people out of the process when they are excited about politics is not smart," she said.';
    expect(only(body).speaker).toBe('Jane');
  });

  it('learns the gender of a name it does not know from the "she" that refers to it: Deja is no "he"', () => {
    const body = 'Bernie Sanders may now feel that way himself.\n\nMy favorite description of him came from Hampton '
      + 'University student Deja Stewart, who forced me to confront my age when she called him "somebody\'s savage grandpa."\n\n"Savage," she said, '
      + 'meaning that he\'s "radical enough and doesn\'t care what people think."\n\nI met with Sanders in his office.\n\n'
      + '"What is imperative is that we keep the movement alive," he told me.';
    expect(extractQuotes(body).at(-1)?.speaker).toBe('Bernie Sanders');
  });

  it('takes a name a description follows for a person, so a "she" can refer to it: "Maryam Violet, an Iranian journalist"', () => {
    const body = 'Then shots were fired.\n\nMaryam Violet, an Iranian journalist visiting Nice, told the Guardian that she '
      + 'saw the truck.\n\n"I saw that suddenly people were fleeing," she said.';
    expect(only(body).speaker).toBe('Maryam Violet');
  });

  it('does not take the subject of a question inside the sentence: "to explain to her who Ali was. He said: …"', () => {
    const body = 'Muhammad Ali died on Friday.\n\nAndrew Hale took his daughter, Chloe, there on Sunday to explain to her '
      + 'who Ali was.\n\nHe said: "He was strong, courageous, and I hope I can be like that one day."';
    expect(only(body).speaker).toBe('Andrew Hale');
  });

  it('does not take the subject reported by an earlier "he": "He said that Trump needs …. “…,” he said"', () => {
    const body = '"I am not there right now," Paul Ryan told CNN.\n\nIt was a reversal for the Wisconsin Republican. He said '
      + 'on Thursday that Donald Trump needs to do more work.\n\n"Republicans want a standard-bearer that bears our standards," he said.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['Paul Ryan', 'Paul Ryan']);
  });

  it('reads past a home state to the verb: "Sen. Bernie Sanders of Vermont, was …. Instead he …"', () => {
    const body = 'Donald Trump spoke first. Clinton\'s chief rival, Sen. Bernie Sanders of Vermont, was the only candidate who '
      + 'skipped the meeting. Instead he gave a speech in which he pledged to be "a friend not only to Israel but to the Palestinian people."';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });

  it('takes a name for a person when a role without an article follows: "Jo-Renee Formicola, political science professor at"', () => {
    const body = 'Trump accused Lester Holt of bias.\n\nJo-Renee Formicola, political science professor at Seton Hall University, '
      + 'described his approach.\n\n"If he is asked questions he is unable to answer, he would deflect them," she said.';
    expect(only(body).speaker).toBe('Jo-Renee Formicola');
  });

  it('does not take the subject of a clause after the main one: "… will take every state if Sanders wins. “…,” he said"', () => {
    const body = 'Bernie Sanders spoke in Iowa.\n\nOhio Gov. John Kasich predicted that Republicans will take "every state" if '
      + 'Sanders wins the nomination.\n\n"That is not even an issue," he said to applause.';
    expect(only(body).speaker).toBe('John Kasich');
  });

  it('keeps the subject of a clause that opens the sentence: "Ever since Bernie Sanders announced …, he has said: “…”"', () => {
    const body = 'Ever since Bernie Sanders announced his candidacy last year, he has said the same thing at every rally: '
      + '"It is not about me, it is about us."';
    expect(only(body).speaker).toBe('Bernie Sanders');
  });

  it('does not take a relative named in an appositive for the subject: "Howard, the brother of Hollywood legend Ron Howard,"', () => {
    const body = 'Actor Clint Howard likes Ted Cruz, said Howard.\n\nHoward, the younger brother of Hollywood legend Ron Howard, '
      + 'endorsed Cruz in November. He said Cruz "has courage to fight and take the flak from people."';
    expect(only(body).speaker).toBe('Clint Howard');
  });

  it('does not take the subject of a reported clause past its owner: "pointing out that the paper\'s Robert Costa had …"', () => {
    const body = 'Ben Carson turned the story back on the Post, pointing out that the paper\'s Robert Costa had reported that '
      + 'the campaign was coming apart. He hoped the paper would shy away from it.\n\n"A leopard does not change its spots," he said.';
    expect(only(body).speaker).toBe('Ben Carson');
  });

  it('reads past a state in an appositive and does not take a title on a poster for a subject', () => {
    const body = 'Christyn Gionfriddo, a Neptune, N.J., native and 2009 Centenary College graduate, is saddled with debt. She '
      + 'lives in her childhood bedroom, walls plastered with the same Dirty Dancing, 98 Degrees and Justin Timberlake posters.'
      + '\n\n"Who wants to live at home at 29?" she said.';
    expect(only(body).speaker).toBe('Christyn Gionfriddo');
  });

  it('does not take a relative named after a preposition\'s object for a subject: "the campaign of his wife, Hillary Clinton,"', () => {
    const body = 'Juanita Broaddrick recounted the incident on the radio. She went public again as Bill Clinton joined the '
      + 'campaign of his wife, Hillary Clinton, in Iowa.\n\n"I was shocked to say the least," she said.';
    expect(only(body).speaker).toBe('Juanita Broaddrick');
  });

  it('gives null for "they said" rather than guessing', () => {
    const body = 'Many voters came to the hall. "We are tired of waiting for answers from this city," they said.';
    expect(only(body).speaker).toBeNull();
  });

  it('gives null to a long quote with no attribution and no speaker before it', () => {
    const body = 'The sign at the entrance was hard to miss.\n\n"Everyone who enters this building must show a valid ticket."';
    const q = only(body);
    expect(q.speaker).toBeNull();
    expect(q.verb).toBeNull();
  });

  it('lets an unattributed quote paragraph go on with the previous quote\'s speaker', () => {
    const body = '"The plan is dead," Senator Paul Grant said.\n\n"It will not come back this year, and everybody in this building knows it."';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.speaker)).toEqual(['Paul Grant', 'Paul Grant']);
  });
});
