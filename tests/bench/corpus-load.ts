// Child process of the benchmark: loads a directory into the engine, then times quote searches.
import { engineForDirectory } from '../../src/engine/open.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { prng, summarizeTimes } from './synthetic.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: corpus-load.ts DIR');
const started = performance.now();
// The bot's own load: helper threads on the other cores when the machine has them.
const source = engineForDirectory(dir, silentLogger(), { watch: false });
await source.load();
const { engine } = source;
const corpusLoadSeconds = (performance.now() - started) / 1000;
const corpusPeakRssMb = process.resourceUsage().maxRSS / 1024;

const r = prng(42);
const words = ['budget', 'reform', 'railway', 'harbor', 'vaccine', 'decision', 'working', 'soon', 'necessary', 'policy', 'strike', 'pension'];
const speakers = ['santos', 'miller', 'zhang', 'kaur', 'maria', 'ibrahim'];
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const queries = Array.from({ length: 2000 }, (_, i) => {
  if (i % 3 === 0) return { text: pick(words), speaker: pick(speakers) };
  if (i % 3 === 1) return { text: `${pick(words)} ${pick(words)}` };
  return { speaker: pick(speakers) };
});
for (const q of queries.slice(0, 200)) engine.searchQuotes({ ...q, limit: 5 });
const times: number[] = [];
for (const q of queries) {
  const t = performance.now();
  engine.searchQuotes({ ...q, limit: 5 });
  times.push(performance.now() - t);
}
const search = summarizeTimes(times);
process.stdout.write(
  `${JSON.stringify({ corpusLoadSeconds, corpusPeakRssMb, quoteSearchMedianMs: search.median, quoteSearchP99Ms: search.p99, corpusArticles: engine.corpus.size, corpusQuotes: engine.quoteCount })}\n`,
);
