// Reads the PolNeAR gold only (no engine): how many named gold speakers are a name *with* what follows it
// ("Huma Abedin, vice chairwoman for Clinton's presidential campaign,", "Robert Antonacci of the New York
// delegation", "Sen. Ron Johnson, R-Wis.,"). score.mjs compares speakers by their last word, so for those a
// speaker that is a name (as the product returns it) cannot match: this prints that ceiling.
import { readFileSync } from 'node:fs';

const PRONOUN = /^(he|she|they|i|we|it|you|him|her|them)$/i;
const norm = (s) => s.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
const head = (s) => norm(s).split(' ').pop();
// What may follow a name in a gold mention: an appositive, a parenthesis, a relative clause, a prepositional phrase.
const AFTER_NAME = /\s*(,|\(|\s(of|who|whose|which|from|at|for|to|in|with|on|under|and)\s).*$/;

export function speakerCeiling(file) {
  let named = 0;
  let postModified = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    for (const quote of JSON.parse(line).quotes) {
      const speaker = quote.speaker?.trim();
      if (!speaker || PRONOUN.test(speaker)) continue;
      for (const _span of quote.spans) {
        named++;
        // A lowercase mention is a description ("a longtime adviser to Trump"): the product returns it whole.
        if (/^[a-z]/.test(speaker)) continue;
        if (head(speaker.replace(AFTER_NAME, '')) !== head(speaker)) postModified++;
      }
    }
  }
  return { named, postModified, ceiling: (100 * (named - postModified)) / named };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { named, postModified, ceiling } = speakerCeiling(process.argv[2]);
  console.log(`gold speakers that are a name with a description after it: ${postModified} of ${named} spans (${(100 * postModified / named).toFixed(1)} %)`);
  console.log(`so a speaker that is a name matches at most ${ceiling.toFixed(1)} % of them by last word`);
}
