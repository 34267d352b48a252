// `npm run bench [-- --json]`: the figures the issues ask for. A benchmark, not a test: these
// machines are shared, so numbers vary from run to run; read them as orders of magnitude.
import { engineFigures, removeCorpus, writeCorpus } from './engine-bench.ts';
import { interactionFigures } from './interaction-bench.ts';
import { digestFanoutFigures } from './digest-fanout.ts';

const json = process.argv.includes('--json');
const figures: Record<string, number> = {};
const say = (line: string): void => {
  if (!json) process.stdout.write(`${line}\n`);
};
const ms = (n: number): string => `${n.toFixed(3)} ms`;

const corpusDir = writeCorpus(10_000);
try {
  const engine = engineFigures(corpusDir);
  Object.assign(figures, engine);
  say('Briefing engine');
  say(`  brief, ~1,000-word article   median ${ms(engine.briefMedianMs)}   p99 ${ms(engine.briefP99Ms)}   (target < 5 ms median)`);
  say(`  load + index ${engine.corpusArticles} articles   ${engine.corpusLoadSeconds.toFixed(2)} s   peak RSS ${engine.corpusPeakRssMb.toFixed(0)} MB   (targets < 10 s, < 500 MB)`);
  say(`  quote search over ${engine.corpusQuotes} quotes   median ${ms(engine.quoteSearchMedianMs)}   p99 ${ms(engine.quoteSearchP99Ms)}   (target p99 < 2 ms)`);

  const interactions = await interactionFigures(corpusDir);
  Object.assign(figures, interactions);
  say('Bot, through discord.js and the local Discord server, on the same corpus');
  say(`  /brief and /quote, INTERACTION_CREATE → reply (${interactions.interactions})   median ${ms(interactions.interactionMedianMs)}   p99 ${ms(interactions.interactionP99Ms)}   (target p99 < 50 ms)`);
  say(`  autocomplete → choices   p99 ${ms(interactions.autocompleteP99Ms)}`);
} finally {
  removeCorpus(corpusDir);
}

// Waits for the next minute boundary (up to ~70 s) so node-cron itself fires the slot.
const fanout = await digestFanoutFigures();
Object.assign(figures, fanout);
say('Digest fan-out: 1,000 subscriptions due in one minute, 1,000 channels, Discord limits (50 requests/s, 5 messages/5 s per channel)');
say(`  slot → last digest landed   ${fanout.digestFanoutSeconds.toFixed(2)} s   floor ${fanout.digestFanoutFloorSeconds.toFixed(0)} s (×${(fanout.digestFanoutSeconds / fanout.digestFanoutFloorSeconds).toFixed(2)})   429s ${fanout.digest429s}   duplicates ${fanout.digestDuplicates}   lost ${fanout.digestLost}   (targets ≤ 1.2× floor, 0 duplicates, 0 lost)`);

const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
process.stdout.write(`${JSON.stringify(rounded)}\n`);
