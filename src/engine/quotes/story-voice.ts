// Whether words around a quotation mark are the story's own, told in the third person, or an attribution: how the
// scan tells a mark that closes a quote from one that opens the next paragraph of it (see scan.ts).

/** The few verbs that report speech in a story's own words, for the checks below. */
export const REPORTING_VERBS = 'said|says|asked|asks|added|adds|told|tells|explained|explains|wrote|replied|recalled|'
  + 'insisted|insists|admitted|admits|joked|heard|confirmed|confirms|claimed|claims|argued|argues|warned|warns|stated|'
  + 'believes|wonders|wondered|noted|notes';
/** Words of the first and second person, which a speaker uses and a story told in the third person does not. */
const SPEAKERS_WORDS = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours|you|you['’](?:re|ve|d|ll)|your|yours)\b/i;
/**
 * Verbs by which a story reports what someone said ("However, he added that …", "the jury heard"), and the honorific
 * by which it names someone ("burst into Mr Jones's hut").
 */
const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS})\\b|\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? \\p{Lu}\\p{Ll}`, 'u');

/**
 * Whether a stretch is the story, told in the third person, reporting what someone said or naming someone as the story
 * does: "However , he added that he still had concerns …", "Mr Jones considers himself one of the lucky ones." (A
 * speaker's words would say "I", "we" or "you".)
 */
export function readsAsStory(stretch: string): boolean {
  return REPORTING.test(stretch) && !SPEAKERS_WORDS.test(stretch);
}

/** Whether a stretch says "I", "we" or "you", as a speaker does and a story told in the third person does not. */
export const inFirstOrSecondPerson = (stretch: string): boolean => SPEAKERS_WORDS.test(stretch);

/** A speech verb right after a closing mark, after a pronoun or up to three capitalized words, or before them. */
export const ATTRIBUTED = new RegExp(`^[,!?]?\\s+(?:(?:he|she|they|I|we)\\s+|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3})?(?:${REPORTING_VERBS})\\b`, 'u');
/** Or one after a description: `," the newly-crowned internet star explained`. */
const ATTRIBUTED_TO_DESCRIPTION = new RegExp(`^[,!?]?\\s+(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:${REPORTING_VERBS})\\b`, 'u');
/** Whether the words after a closing mark attribute the quote, to a name, a pronoun or a description. */
export const attributesAnyone = (words: string): boolean => ATTRIBUTED.test(words) || ATTRIBUTED_TO_DESCRIPTION.test(words);
/** How far after a closing mark its attribution is looked for. */
export const ATTRIBUTION_REACH = 60;
