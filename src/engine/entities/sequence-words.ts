// Capitalized words that a run of capitals opens or goes on with, though they are no part of a name: a sentence's
// first word run into a name, a greeting, a pronoun's contraction; and a station's number, which is part of one.

/** Words that open a sentence and never end a name, nor sit in a title's run of capitals ("Christie Says He …"; "lost his case
 * at the Court of Appeal Millions of motorists …", a caption's lost stop). */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['there', 'elsewhere', 'meanwhile', 'however', 'according',
  'millions', 'thousands', 'hundreds', 'dozens']);

/** "BBC Radio 4", "Sydney Radio 2GB", "Channel 4": a station's number is part of its name. */
export const STATIONS: ReadonlySet<string> = new Set(['radio', 'channel']);
export const STATION_NUMBER = /^\d[\dA-Z]*(?:['’]s)?$/;

/** "I'm", "He'd", "They'll", "It's": a pronoun's contraction, capitalized, but never part of a name ("Sometimes I'm
 * good at it", "He'd starred in …"). */
export const PRONOUN_CONTRACTION = /^(?:I|He|She|It|We|They|You)['’](?:m|d|ve|ll|re|s)$/;

/** Words spoken to someone, capitalized before their name: "Sorry Ruud, what did you say?", "Hello Sarah Jones". */
export const GREETINGS: ReadonlySet<string> = new Set(['sorry', 'hello', 'hey', 'hi', 'cheers', 'goodbye', 'bye',
  'congratulations', 'thanks']);
