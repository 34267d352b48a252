// Words for search and scoring: one normalization shared by the index, the queries and the
// summarizer, so that "Café", "cafe" and "CAFÉS" all meet as the term "cafe".

// Any UTF-16 code unit above 0x7f (astral characters are surrogate pairs, also above).
const NON_ASCII = /[\u0080-\uffff]/;

/** Removes diacritics: NFD, then drops combining marks ("Café" → "Cafe", "Düsterwald" → "Dusterwald"). */
export function foldAccents(text: string): string {
  // Most text is plain ASCII: skip the (costly) decomposition when there is nothing to fold.
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '') : text;
}

// A word: letters (with their combining marks) and digits, joined across inner apostrophes ("don't",
// "O'Neill") and across the separators of a number ("3.14", "1,000"). Hyphens and other marks split words.
// It opens with a letter or a digit: a combining mark left over from a symbol ("↚" is "←" and a mark) opens
// none, or folding it away would leave a term that starts with the separator of a number.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*(?:[.,]\p{N}+)*/gu;
// The same for text whose letters and digits are all ASCII (curly quotes, dashes and currency signs
// allowed), which a simpler character class matches about twice as fast.
const ASCII_WORD = /[a-z0-9]+(?:['’][a-z0-9]+)*(?:[.,][0-9]+)*/g;
/** A letter, mark or digit outside ASCII: the text needs the full WORD pattern and accent folding. */
const NON_ASCII_WORD_CHARACTER = /(?=\P{ASCII})[\p{L}\p{M}\p{N}]/u;

// Terms of the words seen lately. A corpus repeats its vocabulary, so most words skip normalization, and
// equal words come out as one string, which the index's maps compare and hash faster. Cleared when full,
// so its memory stays bounded however large the vocabulary grows.
const TERM_CACHE_SIZE = 100_000;
const TERM_OF_WORD = new Map<string, string>();

/** Words of `text` as normalized terms (see `normalizeTerm`), in order. Stopwords are kept: filter with `STOPWORDS`. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  const ascii = !NON_ASCII.test(lower) || !NON_ASCII_WORD_CHARACTER.test(lower);
  const words = ascii ? ASCII_WORD : WORD;
  words.lastIndex = 0;
  for (let m = words.exec(lower); m; m = words.exec(lower)) {
    const raw = m[0];
    let term = TERM_OF_WORD.get(raw);
    if (term === undefined) {
      // Fold accents word by word: only the few words that need it pay for the decomposition.
      term = normalizeWord(ascii ? raw : foldAccents(raw));
      if (TERM_OF_WORD.size >= TERM_CACHE_SIZE) TERM_OF_WORD.clear();
      TERM_OF_WORD.set(raw, term);
    }
    if (term) out.push(term);
  }
  return out;
}

/**
 * One word as a term: accents folded, lowercased, possessive and apostrophes dropped
 * ("Vietnam's" → "vietnam", "don't" → "dont"), thousands separators dropped ("1,000" → "1000"),
 * then stemmed for plurals (`stemPlural`). Returns "" when nothing word-like is left.
 * Safe for prefixes too: a prefix is normalized exactly like a word.
 */
export function normalizeTerm(word: string): string {
  const match = word.toLowerCase().match(WORD);
  return match ? normalizeWord(foldAccents(match.join(''))) : '';
}

/** Normalizes one match of WORD, already accent-folded and lowercased; "" when only marks were left. */
function normalizeWord(raw: string): string {
  let word = raw;
  if (!word) return '';
  if (word.includes("'") || word.includes('’')) word = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (word.includes(',')) word = word.replace(/,/g, ''); // WORD admits commas only before digits: "1,000"
  return stemPlural(word);
}

// Words that look plural but are not, or whose singular the rules below would get wrong.
const NOT_PLURAL = new Set([
  'news', 'series', 'species', 'means', 'always', 'perhaps', 'whereas', 'towards', 'afterwards', 'besides',
  'lens', 'chaos', 'texas', 'kansas', 'arkansas', 'christmas', 'vegas', 'atlas', 'canvas', 'alias', 'bias',
  'overseas', 'ethos', 'pathos', 'thanks', 'sometimes', 'whereabouts', 'headquarters', 'politics', 'physics',
  'economics', 'athletics', 'mathematics', 'diabetes', 'herpes', 'rabies', 'measles',
]);

const IRREGULAR = new Map([
  ['men', 'man'], ['women', 'woman'], ['children', 'child'], ['feet', 'foot'], ['teeth', 'tooth'],
  ['mice', 'mouse'], ['geese', 'goose'], ['crises', 'crisis'], ['analyses', 'analysis'], ['theses', 'thesis'],
  ['heroes', 'hero'], ['potatoes', 'potato'], ['tomatoes', 'tomato'], ['echoes', 'echo'], ['vetoes', 'veto'],
  ['headaches', 'headache'], ['aches', 'ache'], ['niches', 'niche'], ['caches', 'cache'], ['avalanches', 'avalanche'],
]);

// Nouns ending in -ie, whose plural -ies must not become -y ("movies" → "movie", not "movy").
const IE_NOUNS = new Set([
  'movie', 'cookie', 'zombie', 'calorie', 'rookie', 'selfie', 'hippie', 'goalie', 'prairie', 'brownie',
  'smoothie', 'auntie', 'bookie', 'genie', 'lingerie', 'newbie', 'pixie', 'sortie', 'hoodie', 'veggie',
  'yuppie', 'foodie', 'birdie', 'collie', 'cutie', 'junkie', 'techie', 'budgie', 'freebie', 'groupie', 'indie',
]);

/**
 * A light English stemmer that only undoes plurals (and the third-person -s, which looks the same):
 * "policies" → "policy", "boxes" → "box", "ties" → "tie", "talks" → "talk", "classes" → "class".
 * It leaves words of three letters or fewer ("is", "was", "bus") and words ending in -ss, -us or
 * -is ("boss", "status", "crisis") alone, plus a short list of false plurals ("news", "series").
 * Deliberately no -ed/-ing stripping: it would merge more unrelated words than it would help.
 */
export function stemPlural(word: string): string {
  const n = word.length;
  if (word[n - 1] !== 's' || n <= 3) return IRREGULAR.get(word) ?? word; // "men", "children", "bus"
  const before = word[n - 2] ?? '';
  // "boss", "status", "crisis", "1990s": not plurals we can undo.
  if (before === 's' || before === 'u' || before === 'i' || (before >= '0' && before <= '9')) return word;
  if (NOT_PLURAL.has(word)) return word;
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  if (word.endsWith('ies')) {
    const base = word.slice(0, -3);
    if (base.length <= 1 || IE_NOUNS.has(`${base}ie`)) return `${base}ie`; // "ties" → "tie"
    return `${base}y`; // "policies" → "policy"
  }
  if (before === 'e' && /(?:x|ch|sh|ss|zz)es$/.test(word)) return word.slice(0, -2); // "boxes", "wishes", "classes"
  return word.slice(0, -1);
}

const STOPWORD_LIST = `a about above after again against all almost also although am among an and another any are
around as at be because been before being below between both but by can cannot could did do does doing done down
during each either else ever every few for from further had has have having he her here hers herself him himself his
how however i if in into is it its itself just least less like made make many may me might more most much must my
myself neither no nor not now of off often on once only or other others otherwise our ours ourselves out over own
per perhaps rather really same say says said shall she should since so some still such than that the their theirs
them themselves then there these they this those though through thus to too under until up upon us very via was we
were what whatever when whenever where whether which while who whom whose why will with within without would yet you
your yours yourself yourselves s t didn doesn isn wasn aren weren wouldn couldn shouldn`;

/**
 * Common English function words, already in normalized form (so `STOPWORDS.has(term)` works on the
 * output of `tokenize`). Includes "said"/"says": in news they carry no topic.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORD_LIST.split(/\s+/).map(stemPlural));
