import { describe, it, expect } from 'vitest';
import { only, speakersOf } from './only-quote.ts';
import { extractQuotes } from '../../../src/engine/quotes/index.ts';

// Attributions that close the sentence a quote runs on in, and the speakers they name.
describe('attributions that close the sentence', () => {
  it('finds the comma that opens the attribution, not the appositive\'s: `"…" that …, said X, deputy …`', () => {
    const body = '"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf, '
      + 'deputy campaign manager for John Kerry.';
    expect(only(body).speaker).toBe('Steve Elmendorf');
  });

  it('ends the sentence at its paragraph\'s end, past an abbreviation: `"…" but …, says Evan Tracey, … in Alexandria, Va.`', () => {
    const body = 'Bush drew $103 million.\n\n"Campaigns are having trouble. They don\'t have a choice" but to take the lead in '
      + 'advertising, says Evan Tracey, a Republican media consultant with National Media in Alexandria, Va.\n\nThat help '
      + 'comes at a price.';
    expect(only(body).speaker).toBe('Evan Tracey');
  });

  it('keeps "one New Hampshire Democrat" a description, as "a New Hampshire Democrat" is', () => {
    const body = '"If Hillary does win New Hampshire, it will be by a margin as close as Iowa," said one New Hampshire Democrat.';
    expect(only(body).speaker).toBe('one New Hampshire Democrat');
  });

  it('reads an appositive left open by a web address: `"…," X, the guru who founded fivethirtyeight.com tweeted`', () => {
    const body = '"Clinton needs a strategy for targeting Johnson and Stein voters," Nate Silver, the polling guru who founded '
      + 'fivethirtyeight.com tweeted on Wednesday.';
    expect(only(body).speaker).toBe('Nate Silver');
  });

  it('reads it after a quote that ends in a comma and opens its sentence: `"…," since …, said Lee Epstein, who …`', () => {
    const body = 'It was a busy term.\n\n"To see the number of cases that could change with this appointee is stunning," since so '
      + 'many of the most important cases were decided by 5-to-4 votes, said Lee Epstein, who teaches constitutional law.';
    expect(only(body).speaker).toBe('Lee Epstein');
  });

  it('prefers the words before such a quote: `fans also chanted, "…," as the Chicago Tribune reported`', () => {
    const body = 'Andrean High School fans also chanted, "Build a wall, build it high and make them pay for it," in the '
      + 'second half, the Chicago Tribune reported.';
    expect(only(body).speaker).toBe('Andrean High School fans');
  });
});

describe('an attribution that closes a sentence after a quote it runs into', () => {
  it('may end in a phrase of where: `"…" that would respond to …, counsel Caroline Lewis Wolverton wrote in a court filing.`', () => {
    const body = 'The review goes on.\n\n"If State obtains additional records, it intends to search them for records" that would '
      + 'respond to requests from Judicial Watch, Justice Department senior trial counsel Caroline Lewis Wolverton wrote in a '
      + 'court filing.\n\nThat was all.';
    expect(speakersOf(body)).toEqual(['Caroline Lewis Wolverton']);
  });

  it('takes the name before an appositive with a list in it: `"…," Anne Richards, secretary for population, refugees, and migration, said`', () => {
    const body = 'Officials spoke.\n\nThe new plans “will not solve this challenge, but are steps in the right direction,” Anne '
      + 'Richards, assistant secretary of state for population, refugees, and migration, said on the same call.';
    expect(speakersOf(body)).toEqual(['Anne Richards']);
  });
});

describe('a title quoted inside an attribution', () => {
  it('keeps the comma inside its marks as the sentence\'s: `As X, author of "Title," put it, "…"`', () => {
    const body = 'As Akhil Amar, professor of law at Yale and author of "America\'s Unwritten Constitution," put it, '
      + '"Senate Republicans should remember that a compromise candidate today may be far better for them."';
    expect(only(body).speaker).toBe('Akhil Amar');
  });

  it('reads past quoted words ending in a comma: `Rubio said that by refusing to say "radical Islam," Democrats are "…"`', () => {
    const body = 'On ABC News\'s "This Week," Rubio said that by refusing to say the words "radical Islam," Democrats are '
      + '"saying we weren\'t at war with the Nazis, because we were afraid to offend some Germans."';
    expect(only(body).speaker).toBe('Rubio');
  });
});

describe('a speech verb after "have"', () => {
  it('reads "had written" as "wrote", but not a letter "written by" someone', () => {
    expect(only('As the columnist Louella Parsons had written a few years earlier, "We just could not have a motion '
      + 'picture industry without E. J. Mannix."').speaker).toBe('Louella Parsons');
    expect(only('Exxon Mobil contended in its letter, written by Kenneth P. Cohen, a vice president, that the '
      + 'foundations had "a stated position and bias against the oil and gas industry that they want to push."').speaker)
      .toBe('Exxon Mobil');
  });
});

describe('a verb said of speakers and of things alike', () => {
  it('makes no attribution of a thing: "…’ The noise continued, with Ms Jackson forced to …", but "the passage continued"', () => {
    const body = "Emma Jackson moved in last year. ' I got this explosion, this tirade of abuse,' she remembers. ' Then he "
      + "ran off and went into his flat and I was just totally shocked.' The noise continued, with Ms Jackson forced to "
      + 'resort to headphones.';
    expect(speakersOf(body)).toEqual(['Emma Jackson', 'Emma Jackson']);
    expect(only('"Powell thus confirmed a decision she had made months earlier, to keep her account," the passage '
      + 'continued.').speaker).toBe('the passage');
  });
});

describe('two verbs before "and said"', () => {
  it('reads the subject of the first: "Eugenie looked delighted and said she was “very proud”"', () => {
    const body = 'There were cheers. Eugenie looked delighted and said she was “very proud of her father and of '
      + 'everything the awards have done for young people in the creative industries.”';
    expect(only(body).speaker).toBe('Eugenie');
  });
});

describe('someone who answers after a quote that ended with a period', () => {
  it('answers it, and did not say it: `"… anyway." Judge X interjected, pointing out …`', () => {
    const body = '"No, I don\'t need one," said Stancil, who stood before the judge. "You know what I\'m saying? I knew I '
      + 'would get life anyway." Superior Court Judge Arnold O. Jones interjected, pointing out that the maximum sentence '
      + 'is the death penalty.';
    expect(speakersOf(body)).toEqual(['Stancil']);
  });
});

describe('a second clause with a speaker of its own between two pieces', () => {
  it('parts the pieces: "…," commented Tracy Ayre while Suzi Force believes …, saying: "…"', () => {
    const body = '"The mind boggles," commented Tracy Ayre while Suzi Force believes the man should have been punished, '
      + 'saying: "Give him a holiday in a cell, maybe he will think twice next time!" Then more.';
    expect(extractQuotes(body).map((q) => [q.text, q.speaker])).toEqual([
      ['The mind boggles', 'Tracy Ayre'],
      ['Give him a holiday in a cell, maybe he will think twice next time!', 'Suzi Force'],
    ]);
  });
});

describe('words someone recalls another saying', () => {
  it('are the other\'s: `"…," Mr. Mitchell recalled Obama telling him`, and nobody\'s known for "recalled him saying"', () => {
    expect(only('Obama named an envoy. "I really want to try to do something here," Mitchell recalled Obama telling him.').speaker)
      .toBe('Obama');
    expect(only('Fred took his brother along. "I hope you don\'t mind," Stuart Oltchick recalled him saying.').speaker).toBeNull();
  });
});

describe('an attribution that says what is claimed of its subject', () => {
  it('names the subject: `"…" Nancy Perry is alleged to have told Jimmie Scott`', () => {
    const body = 'Chuck Ledbetter apologized.\n\n"See, Obama is a baby killer. He aborts babies at nine months old" Nancy '
      + 'Perry is alleged to have told Jimmie Scott.';
    expect(speakersOf(body)).toEqual(['Nancy Perry']);
    // (But "goes on to say" is still the subject's going on.)
    expect(only('"Our community is growing," Pence went on to say.').speaker).toBe('Pence');
  });
});

describe('a name someone gives another', () => {
  it('is the giver\'s words: "The New York Times dubbed him the “Che Guevara of advertising,”"', () => {
    const body = 'Stan Freberg has died.\n\n"He was and will always be my hero," his son wrote on Facebook. The New York '
      + 'Times dubbed him the "Che Guevara of advertising," and years later, Yankovic praised him.';
    expect(speakersOf(body)).toEqual(['his son', 'New York Times']);
  });
});

describe('a digest\'s items, a headline signed by its author and an excerpt', () => {
  it('gives both to the author: `"Met accused …," by Post\'s Kathianne Boniello: "A Manhattan man is suing …"`', () => {
    const body = 'Culture.\n\n"Met accused of whitewashing baby Jesus," by Post\'s Kathianne Boniello: "A Manhattan man is suing '
      + 'the Met, claiming it is committing sacrilege."\n\n"Free memberships," by DNAinfo\'s Nicole Levy: "You have a few more '
      + 'weeks to snag free memberships."';
    expect(speakersOf(body)).toEqual(['Kathianne Boniello', 'Nicole Levy']);
  });

  it('gives the excerpt to an author a plural owner comes before: `by Times\' Ben Sisario: "…"`', () => {
    const body = 'Culture.\n\nFAREWELL—"The Living Room to close," by Times\' Ben Sisario: "The Living Room, a no-frills '
      + 'nightclub, will close its doors at the end of the month."';
    expect(speakersOf(body).at(-1)).toBe('Ben Sisario');
  });

  it('gives an excerpt signed by two authors to both: `INSPIRING WINS - Frank Newport and Jim Harter: "…"`', () => {
    const body = 'This is HuffPollster.\n\nVOTERS CARE ABOUT INSPIRATION - Frank Newport and Jim Harter: “We found that the '
      + 'leadership strengths most correlated with the vote were inspiring and visionary.” [Gallup]';
    expect(speakersOf(body)).toEqual(['Frank Newport and Jim Harter']);
  });

  it('leaves a work\'s title and its maker out of it: `\'UnTrou sur l\'Orange\' by Jesus Rafael Soto:`', () => {
    const body = "A programmer made the graphs. 'It is a great resource,' said Martin Bellander, a student. 'For many of "
      + "these there is also information on the year they were painted.' He believes the experts are wrong. 'I haven't "
      + "found any data on the prices of blue. ' The same graph, but with only oil paintings 'UnTrou sur l'Orange' by Jesus "
      + 'Rafael Soto: Researchers have found orange is the most common colour.';
    expect(speakersOf(body)).not.toContain('Jesus Rafael Soto');
  });
});

describe('a sentence after a quote that ended its own', () => {
  it('is no attribution when its verb takes a side with someone: "… fix this." Dr. Sanjay Gupta agrees with Putnam.', () => {
    const body = '"You want to be sensitive to that patient," Putnam told me. "You don\'t want to nag. But doctors need to '
      + 'step in and fix this." Dr. Sanjay Gupta agrees with Putnam. "Weight is a big part of the problem," he said.';
    expect(speakersOf(body)).toEqual(['Putnam', 'Sanjay Gupta']);
  });
});
