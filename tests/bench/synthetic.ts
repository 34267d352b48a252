// Deterministic synthetic news articles for benchmarks: ~1,000 words, named people, places,
// organizations and quotes in the shapes real articles use. Variation comes from a seeded PRNG.

export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const FIRST = ['Maria', 'John', 'Amara', 'Wei', 'Olga', 'Rahul', 'Fatima', 'Lucas', 'Sofia', 'Kenji', 'Aisha', 'Pedro', 'Elena', 'Tom', 'Nadia', 'Ibrahim'];
const LAST = ['Santos', 'Miller', 'Okafor', 'Zhang', 'Petrova', 'Sharma', 'Haddad', 'Silva', 'Rossi', 'Tanaka', 'Bello', 'Costa', 'Novak', 'Brennan', 'Kaur', 'Diallo'];
const PLACES = ['Paris', 'Nairobi', 'Hanoi', 'Lima', 'Berlin', 'Jakarta', 'Toronto', 'Cairo', 'Sydney', 'Mumbai', 'Oslo', 'Denver'];
const ORGS = ['the Ministry of Finance', 'the World Bank', 'the Central Bank', 'the Port Authority', 'the Energy Commission', 'the University of Lagos', 'the Transport Union'];
const NOUNS = ['budget', 'policy', 'reform', 'election', 'tariff', 'harbor', 'railway', 'drought', 'vaccine', 'market', 'strike', 'treaty', 'inflation', 'housing', 'festival', 'court', 'pension', 'grid', 'school', 'hospital'];
const VERBS = ['approved', 'delayed', 'criticized', 'expanded', 'announced', 'reviewed', 'rejected', 'funded', 'questioned', 'welcomed'];
const ADJ = ['new', 'controversial', 'regional', 'national', 'long-awaited', 'costly', 'modest', 'sweeping', 'temporary', 'ambitious'];
const SAID = ['said', 'told reporters', 'added', 'stated', 'warned', 'explained'];

export interface SyntheticArticle {
  readonly title: string;
  readonly body: string;
}

export function syntheticArticle(n: number, targetWords = 1000): SyntheticArticle {
  const r = prng(n * 7919 + 17);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const people = Array.from({ length: 3 }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const place = pick(PLACES);
  const topic = pick(NOUNS);
  const clause = (): string => `${pick(ADJ)} ${pick(NOUNS)} ${pick(VERBS)} by ${pick(ORGS)} in ${pick(PLACES)}`;
  const sentence = (): string => {
    const s = `The ${clause()} ${r() < 0.5 ? `after months of debate over the ${pick(NOUNS)}` : `as officials weighed the ${pick(ADJ)} ${pick(NOUNS)}`}.`;
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const quote = (): string => {
    const who = pick(people);
    const [first = who, last = who] = who.split(' ');
    void first;
    const words = `The ${pick(NOUNS)} is ${pick(ADJ)} and we will keep working on the ${pick(NOUNS)} for ${place}`;
    switch (Math.floor(r() * 4)) {
      case 0:
        return `"${words}," ${who} ${pick(SAID)}.`;
      case 1:
        return `${who} said: "${words}."`;
      case 2:
        return `"${words}," ${last} said. "We expect a decision on the ${pick(NOUNS)} soon."`;
      default:
        return `${last} described the plan as "${pick(ADJ)} but necessary" for the ${pick(NOUNS)}.`;
    }
  };
  const paragraphs: string[] = [`${people[0]}, a spokesperson for ${pick(ORGS)}, said on Monday that the ${topic} in ${place} was ${pick(VERBS)} after a ${pick(ADJ)} review.`];
  let words = paragraphs[0]?.split(' ').length ?? 0;
  while (words < targetWords) {
    const paragraph = [sentence(), r() < 0.6 ? quote() : sentence(), sentence()].join(' ');
    paragraphs.push(paragraph);
    words += paragraph.split(' ').length;
  }
  return { title: `${place} ${topic} ${pick(VERBS)} ${n}`.replace(/^./, (c) => c.toUpperCase()), body: paragraphs.join('\n\n') };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] as number;
}

export function summarizeTimes(times: number[]): { median: number; p99: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99) };
}
