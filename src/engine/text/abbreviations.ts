// Words that end with a period without ending the sentence. The sentence splitter asks `periodKind`
// about the word in front of every period; the answer says how much evidence a split then needs.
import { US_STATE_ABBREVIATIONS } from './us-states.ts';

/**
 * - `title`: always followed by a name ("Mr. Smith", "Gen. Lee"): never ends a sentence.
 * - `inner`: Latin and list abbreviations that live inside a sentence ("e.g.", "vs."): never ends one.
 * - `numeric`: usually precedes a number ("No. 5", "Jan. 12", "p. 7"): no split before a digit.
 * - `ambiguous`: often ends a sentence too ("Apple Inc.", "the U.S.", "10 p.m.", "J. K. Rowling"):
 *   split only when the next word clearly opens a sentence.
 */
export type PeriodKind = 'title' | 'inner' | 'numeric' | 'ambiguous';

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'drs', 'prof', 'profs', 'gen', 'sen', 'sens', 'rep', 'reps',
  'gov', 'govs', 'pres', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'cmdr', 'cdr', 'brig', 'cpl', 'pvt',
  'rev', 'hon', 'supt', 'det', 'insp', 'atty', 'amb', 'fr', 'sra', 'srta', 'gens', 'lieut', 'comdr',
]);

const INNER = new Set(['e.g', 'i.e', 'cf', 'vs', 'v', 'viz', 'approx', 'incl', 'esp', 'ca', 'resp', 'et']);

const NUMERIC = new Set([
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'art', 'fig', 'figs', 'ch', 'sec', 'para', 'op', 'est', 'ed', 'ref', 'tel',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'rm', 'pt', 'pts', 'nr',
]);

const AMBIGUOUS = new Set([
  'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'bros', 'jr', 'etc', 'al', 'dept', 'univ', 'assn', 'ave', 'blvd',
  'ph.d', 'rd', 'st', 'mt', 'ft', 'hwy', 'sq', 'min', 'max', 'hrs', 'mins', 'yrs', 'oz', 'lb', 'lbs', 'sr',
]);

// US state abbreviations in AP style, capitalized (the dotted ones, "N.Y", are acronyms below). Case-sensitive: "fell
// ill." ends a sentence, "Springfield, Ill." may not.
const STATES = new Set([...US_STATE_ABBREVIATIONS.keys()].filter((k) => !k.includes('.'))
  .map((k) => k.charAt(0).toUpperCase() + k.slice(1)));

/**
 * What kind of abbreviation `word` (the text before a period, without that period, e.g. "Mr", "U.S", "e.g")
 * is, or null when it is an ordinary word whose period may end the sentence.
 */
export function periodKind(word: string): PeriodKind | null {
  const lower = word.toLowerCase();
  if (TITLES.has(lower)) return 'title';
  if (INNER.has(lower)) return 'inner';
  if (NUMERIC.has(lower)) return 'numeric';
  if (AMBIGUOUS.has(lower) || STATES.has(word)) return 'ambiguous';
  // Dotted acronyms ("U.S", "a.m", "D.C") and single-letter initials ("J", "W").
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'ambiguous';
  if (/^\p{Lu}$/u.test(word)) return 'ambiguous';
  return null;
}

/**
 * Capitalized words that typically open an English sentence: after an ambiguous abbreviation
 * ("in the U.S. The president...") one of these is the evidence that the sentence did end.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'Here',
  'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'For',
  'From', 'With', 'By', 'After', 'Before', 'When', 'While', 'If', 'As', 'What', 'Who', 'Why', 'How', 'Where',
  'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'One', 'Now', 'Then', 'Still', 'However', 'Meanwhile', 'Also',
  'Since', 'Although', 'Though', 'Because', 'Under', 'During', 'According', 'Last', 'Earlier', 'Later', 'Police',
  'Officials', 'Authorities', 'No', 'Not', 'Such', 'Other', 'Another', 'Several', 'Despite', 'Instead',
]);

/** Speech verbs that may follow a quoted question or exclamation within the same sentence. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'tells', 'replied', 'replies', 'wrote', 'writes',
  'shouted', 'cried', 'exclaimed', 'explained', 'continued', 'insisted', 'stated', 'declared', 'recalled',
  'joked', 'warned', 'wondered', 'demanded', 'screamed', 'yelled', 'tweeted', 'posted', 'noted', 'quipped',
]);
