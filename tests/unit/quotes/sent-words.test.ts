import { describe, it, expect } from 'vitest';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';
import { only, speakersOf } from './only-quote.ts';

// Quotes of words someone sent: a post, a statement, a tweet.
describe('sent words', () => {
  it('gives what "it" says after "In a letter to …, Lord Nash said …" to the letter\'s sender', () => {
    const body = 'In a letter to Dr Achmad da Costa, chair of Oldknow Academy Trust, Lord Nash said it was not meeting its '
      + 'funding agreement. "Therefore the Secretary of State is minded to terminate the funding agreement," it said.';
    expect(only(body).speaker).toBe('Lord Nash');
    // (Not when the name is not the speech verb's subject: "In a letter to the trust, Lord Nash and his deputy …".)
    expect(only('In a letter to the trust, Lord Nash and his deputy set out the breaches. "Therefore the agreement is to '
      + 'be ended," it said.').speaker).toBeNull();
  });

  it('gives a quote that someone\'s saying introduces to them: "Barrett\'s motto was: “…”"', () => {
    const body = 'He studied under Wayne Barrett, the legendary reporter. Barrett\'s motto was: "It is not a good story if you '
      + 'do not get a death threat."';
    expect(only(body).speaker).toBe('Wayne Barrett');
  });

  it('gives a quote introduced by "From X\'s Facebook post:" to X', () => {
    const body = 'Jeb Bush endorsed Ted Cruz. From Bush\'s Facebook post: "For the sake of our party, we must overcome the divisiveness."';
    expect(only(body).speaker).toBe('Jeb Bush');
  });

  it('gives a quote after "X issued a statement," to X', () => {
    const body = 'Immediately after the attacks, Donald Trump issued a statement, "Last night, our nation was attacked."';
    expect(only(body).speaker).toBe('Donald Trump');
  });

  it('gives a "he says" after "Footage of X appears." to X, who speaks in it', () => {
    const body = 'The cleric Anwar al-Awlaki lectures first. Then Donald Trump speaks.\n\nFootage of Al-Awlaki again '
      + 'appears. “The West will eventually turn against its Muslim citizens,” he says.';
    expect(only(body).speaker).toBe('Anwar al-Awlaki');
  });
});

describe('quoted as saying', () => {
  it('gives `X quoted Y as saying “…”` to Y, and `Y was quoted as saying` too', () => {
    expect(only('The Times quoted Barack Obama as saying "We need to do something about the next shooting now."').speaker)
      .toBe('Barack Obama');
    expect(only('Barack Obama was quoted as saying "We need to do something about the next shooting now."').speaker)
      .toBe('Barack Obama');
  });
});

describe('what a relative pronoun stands for', () => {
  it('reads past the places and times a phrase hangs from: "a highway sign on Friday night at an exit in Corona, which read"', () => {
    const body = 'A couple was surprised to see a highway sign on Friday night at an exit in Corona, which read, '
      + '"Inland Empire supports Donald Trump."';
    expect(only(body).speaker).toBe('a highway sign');
  });

  it('gives nobody, rather than the place, when the head cannot be read: "… (Caltrans) sign at an exit in Corona (…), which read"', () => {
    const body = 'A couple saw a California Department of Transportation (Caltrans) sign at an exit in Corona (about 45 miles east '
      + 'of L.A.), which read, "Inland Empire supports Donald Trump."';
    expect(only(body)).toMatchObject({ speaker: null, verb: 'read' });
  });

  it('does not read a verb into the phrase: "A couple saw a highway sign …, which read"', () => {
    const body = 'A couple saw a highway sign on Friday night at an exit in Corona, which read, "Inland Empire supports Trump."';
    expect(only(body).speaker).toBe('a highway sign');
  });

  it('gives a quote after "with one of her ads asking" to the ad, and reads no verb into the phrase: "The ad ends with"', () => {
    const ads = 'Kloppenburg tried to tie Bradley to Walker, with one of her ads asking, "Is Rebecca Bradley independent enough?"';
    expect(only(ads).speaker).toBe('one of her ads');
    const narrator = 'The ad ends with a narrator saying: "Amnesty for illegal immigrants. Big money for himself."';
    expect(only(narrator).speaker).toBe('a narrator');
    const voice = 'The 60 second ad ends with a voice over saying: "Amnesty for illegal immigrants. Big money for himself."';
    expect(only(voice).speaker).toBeNull();
  });

  it('takes "comments from X" for a noun, not a verb whose subject speaks: "The email contradicts comments from …"', () => {
    const body = 'The email contradicts comments from Leon Panetta that "time, distance, the lack of an adequate warning, '
      + 'events that moved very quickly on the ground prevented a more immediate response."';
    expect(extractQuotes(body).map((q) => q.speaker)).not.toContain('The email contradicts');
  });

  it('never gives the words sent to whom they were sent: "The couple were sent an email. The email explained: …"', () => {
    const body = 'The couple were sent an email which piqued their interest. The email explained: "Every so often, a hiker '
      + 'will run across something puzzling in the desert."';
    expect(only(body).speaker).toBe('The email');
  });

  it('gives what a colon introduces after "a statement by X" to X, whoever the sentence is about', () => {
    const body = 'The bias shows in how the website rated this statement by Donald Trump on June 11: “If you look at what '
      + 'is going on in this country, African-American youth is an example.”';
    expect(only(body).speaker).toBe('Donald Trump');
    const notSent = 'The bias shows in how the website rated the speech of Donald Trump: “If you look at what is going on '
      + 'in this country, African-American youth is an example.”';
    expect(only(notSent).speaker).not.toBe('Donald Trump');
  });

  it('never takes the thing sent for the speaker: "X, a super PAC, emailed a link to the video with one sentence:"', () => {
    const body = 'Priorities USA, a pro-Clinton super PAC, emailed a link to the video with one sentence: “THIS IS NOT OK, NOT OK AT ALL.”';
    expect(only(body).speaker).not.toBe('a link to the video with one sentence');
  });
});

describe('"it" after the words of something that is no person', () => {
  it('goes on with that speaker: "… the company wrote in its statement. ⏎ It added, “…”"', () => {
    const body = '"Mr. Zimmerman never contacted anyone at the website about the listing," the company wrote in its '
      + 'statement.\n\nIt added, "We want no part in the listing on our web site or in any of its publicity."';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['the company', 'the company']);
  });

  it('goes on with that speaker after a quote of its own: "“…,” the article read. ⏎ “…,” it added"', () => {
    const body = '"Business leaders in New York honored Donald J. Trump yesterday for the comeback of the decade," the '
      + 'article read.\n\n"Mr. Trump, the developer who came to epitomize opulent wealth, has managed to erase much of his '
      + 'debt. Other developers are idling," it added.';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['the article', 'the article']);
  });

  it('goes on with an outlet named by one word: "“…,” the Times wrote. ⏎ “…,” it further wrote"', () => {
    const body = '“Mr. Trump’s company was left holding some $8.8 billion in debt,” the Times wrote.\n\n“But since then, '
      + 'his fortunes have changed. He controls more real estate than ever,” it further wrote.';
    expect(speakersOf(body)).toEqual(['Times', 'Times']);
  });

  it('does not go on with a person named in full', () => {
    const body = '“We will win this state in November,” Bernie Sanders said.\n\n“The campaign will go on until the '
      + 'convention,” it added.';
    expect(speakersOf(body)).toEqual(['Bernie Sanders', null]);
  });

  it('does not reach past other sentences to an earlier speaker, but takes the outlet the last one opens with', () => {
    const body = '"It sold well and then it sold out," its Amazon summary says.\n\nThe Post noted that Edward Klein was '
      + 'seen with Donald Trump. The Post reported that Klein was gathering material. It added, "the visit comes as '
      + 'Trump promises to debut new attacks on the stump about the Clintons."';
    expect(extractQuotes(body).map((q) => q.speaker)).toEqual(['its Amazon summary', 'Post']);
  });

  it('is the words sent that a sentence before the quote opens with, or their sender: "The email … was sent … by …"', () => {
    const body = 'The email, released by Judicial Watch, came at 7:19 p.m. EST, hours after the attack. Two '
      + 'Americans were killed at each location.\n\n“I just tried you on the phone but you were all in with S,” it reads.';
    expect(speakersOf(body)).toEqual(['the email']);
    expect(speakersOf(body.replace('came at', 'was sent at').replace('EST,', 'EST by Chief of Staff Jeremy Bash,')))
      .toEqual(['Jeremy Bash']);
  });

  it('is the memo, not the day, in "Thursday\'s memo from the panel"', () => {
    const body = 'Thursday\'s memo from the panel seemed aimed at bolstering the investigation.\n\n'
      + '"So far, 59 of the 75 witnesses had never before been interviewed by Congress," it stated.';
    expect(speakersOf(body)).toEqual(['the memo']);
  });

  it('is nobody when the words sent are only an object: "A coalition sent a letter …"', () => {
    const body = 'A coalition of nearly 40 groups sent a letter this week urging Congress to pass a measure.\n\n'
      + '"The fact that Congress has failed to act would seem to reflect an appalling indifference," it read.';
    expect(speakersOf(body)).toEqual([null]);
  });
});

describe('"the statement said": words someone sent speak for their sender, named where the words were', () => {
  it('is who released, sent or put them out: "Obama released a statement", "Cook provided a written statement"', () => {
    const obama = 'In Washington, President Obama released a statement Thursday night. He said he had directed his '
      + 'team to help.\n\n“We stand in solidarity with France,” the statement said.';
    expect(speakersOf(obama)).toEqual(['Obama']);
    const cook = 'The Times said Peter Cook provided a written statement in response.\n\n“After reviewing his email '
      + 'practices, the secretary believes this was a mistake,” the statement said.';
    expect(speakersOf(cook)).toEqual(['Peter Cook']);
  });

  it('is the name after "from", past the quote itself: "a handwritten note from Donald J. Trump. “…!” the note says"', () => {
    const body = 'The writer Mark Singer has a handwritten note from Donald J. Trump. "Mark, you are a total loser! And '
      + 'your book sucks!" the note says.';
    expect(speakersOf(body)).toEqual(['Donald J. Trump']);
  });

  it('is who emailed them, or the subject after "In a statement,"', () => {
    const email = 'Huma Abedin emailed supporters on Monday evening about the speech.\n\nThe email goes on to say: '
      + '“Trump wants to literally write racism into our law books.”';
    expect(speakersOf(email)).toEqual(['Huma Abedin']);
    const statement = 'In a statement, Donald Trump announced a new team. Later he left.\n\n“Mr. Manafort will oversee '
      + 'all activities,” the statement said.';
    expect(speakersOf(statement)).toEqual(['Donald Trump']);
  });

  it('stays the words when no sentence near names a sender', () => {
    const body = 'The committee met on Tuesday. Members argued for hours. Nobody left early. The vote was close.\n\n'
      + '“We will appeal,” the statement said.';
    expect(speakersOf(body)).toEqual(['the statement']);
  });
});

describe('an "it" after a sentence whose subject is an organization', () => {
  it('is the organization: "Cornwall Council said the authority would be monitoring beaches. It said: “…”"', () => {
    const body = 'Bottles washed up.\n\nCornwall Council said the authority and partners would be monitoring beaches in the '
      + 'area. It said: "The National Trust who own the beach have arranged for the bottles to be removed."';
    expect(only(body).speaker).toBe('Cornwall Council');
  });

  it('but not one inside a quotation: "“… under the remit of [the] Department for Education,” they said."', () => {
    const body = 'Schools may close.\n\n"What happens to the schools after that would be the decision of the '
      + 'secretary of state, as they are already academy schools under the remit of [the] Department for Education," they '
      + 'said. In a letter to the chair of the trust, Lord Nash said it was not meeting the requirements set out in its '
      + 'funding agreement. "Therefore the Secretary of State is minded to terminate the funding agreement," it said.';
    expect(extractQuotes(body).map((q) => q.speaker)).not.toContain('Department for Education');
  });

  it('is a name the lists do not know that says "its" of itself: "Olam said its partnerships … “…,” it said"', () => {
    const body = 'Olam said its partnerships in the country strove to be both responsible and transparent. "We agree with '
      + 'Gabon\'s sovereign right to convert a tiny percentage of its forested land," it said.';
    expect(only(body).speaker).toBe('Olam');
    // A name that says "his" of itself is no body: the "it" is something else.
    const dawson = 'Dawson said his report was fair and transparent. "The findings are clear and we stand by them," it said.';
    expect(only(dawson).speaker).toBeNull();
  });

  it('is a body the story names by its noun, as the subject opening the sentence before: "The school issued an apology"', () => {
    const body = 'Students shared it online. The school issued an apology late last month. It said: "The institute asks '
      + 'for an apology for the content of the video that offended various persons."';
    expect(only(body).speaker).toBe('The school');
    // Not a noun that something else hangs on: "The school of thought …".
    const thought = 'The school of thought spread online. It said: "The institute asks for an apology for the video."';
    expect(only(thought).speaker).toBeNull();
    // (And a campaign, its owner's or "the": "Trump’s campaign immediately backtracked".)
    const campaign = 'Trump’s campaign immediately backtracked, putting out a statement. In cases of abortion, it said, '
      + '"the woman is a victim, and so is the unborn child in every case."';
    expect(only(campaign).speaker).toBe('Trump’s campaign');
  });

  it('is one that speaks after a phrase and its comma: "In a statement, the Russian embassy said it was investigating"', () => {
    const body = 'In a statement, the Russian embassy said it was investigating reports of the assault. "According to our '
      + 'preliminary information, the reports were distorted," it said.';
    expect(only(body).speaker).toBe('the Russian embassy');
    // (Not one that only stands after a comma: "For years, the embassy stood empty.")
    const empty = 'For years, the embassy stood empty. "According to our information, the reports are distorted," it said.';
    expect(only(empty).speaker).toBeNull();
  });

  it('is the body a statement came from, a noun in -ly too: "A statement from the family said: “…”"', () => {
    const body = 'A statement from the family said: "We are devastated by the loss of our son and ask for privacy."';
    expect(only(body).speaker).toBe('the family');
  });

  it('is one whose sentence opens after a caption\'s closing bracket: "(pictured, a fighter) The panel said …"', () => {
    const body = 'Fighters travelled to Syria (pictured, a fighter from the group) The panel said the networks pose a threat. '
      + 'With globalised travel, it said, the chance of becoming a victim of an attack “is growing, particularly with '
      + 'attacks targeting hotels, public spaces and venues”.';
    expect(only(body).speaker).toBe('The panel');
  });

  it('is a panel or a tribunal, but not one an organization named after it stands behind', () => {
    const panel = 'The panel found that Geaney had failed to uphold the standards. It also noted that it went on for years '
      + '"demonstrating that there was a pattern of behaviour, as opposed to an isolated incident".';
    expect(only(panel).speaker).toBe('The panel');
    const council = 'The advisory panel recommends changes. Still, the Business Council of British Columbia opposed an '
      + 'increase.\n\n"Keep the carbon tax in place at the current level over the balance of the decade," it recommended.';
    expect(only(council).speaker).toBeNull();
  });
});

describe('a digest\'s "More from …:"', () => {
  it('gives the words after the colon to whom it names, two together too: "More from Blumenthal and Cohen: “…”"', () => {
    const body = 'Mark Blumenthal and Jon Cohen wrote about the polls. Signs of momentum shifts were there all along - More '
      + 'from Blumenthal and Cohen: “Data collected by our firm, SurveyMonkey, helps confirm that both issues were in play.”';
    expect(speakersOf(body)).toEqual(['Mark Blumenthal and Jon Cohen']);
  });
});

describe('what "it reads" after someone sent words', () => {
  it('is the sender\'s: "Mrs Hargreaves sent a fax to her son. It read: “…”"', () => {
    const body = 'Alison Hargreaves died on K2. Days before her death, Mrs Hargreaves sent a fax to her son. It read: "Tom '
      + 'and Katie, We have arrived at our base camp. The trek was difficult."';
    expect(only(body).speaker).toBe('Alison Hargreaves');
    // Only for what "it" reads: "It said" could be something else the sentence named.
    const said = 'Alison Hargreaves died on K2. Mrs Hargreaves sent a fax to the base. It said: "We have arrived at our '
      + 'base camp. The trek was difficult."';
    expect(only(said).speaker).not.toBe('Alison Hargreaves');
  });
});

describe('words a name owns with a bare apostrophe', () => {
  const quote = ' Jane Kim “is a civil rights attorney who fought for affordable housing and fair wages.”';

  it('are the owner\'s words, as with "’s": "Sanders’ fundraising email to his supporters notes that …"', () => {
    expect(speakersOf(`Sanders’ fundraising email to his supporters notes that${quote}`))
      .toEqual(['Sanders’ fundraising email to his supporters']);
    expect(speakersOf(`Sanders' fundraising email said${quote}`)).toEqual(['Sanders\' fundraising email']);
  });

  it('but a common noun\'s apostrophe in an appositive leaves the name before it the speaker', () => {
    const body = 'He spoke. "Then what happens is that we end up paying a lot more and we end up paying for much more dirty '
      + 'power which we cannot afford to do if we are to meet our climate commitments. "Claire Jacobson, head of climate, '
      + 'energy and environment policy at the EEF manufacturers\' organisation said the government\'s decision was "yet another blow to a decision that has been '
      + 'hindered by many delays and uncertainties". Hinkley Point C is expected to provide 7% of the power.';
    expect(speakersOf(body).at(-1)).toBe('Claire Jacobson');
  });
});
