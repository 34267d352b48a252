#!/usr/bin/env node
// `npm run eval`: scores the engine on ../shared/eval (summaries at 3 sentences on CNN/DailyMail,
// 1 on XSum; quotes and speakers on PolNeAR) through the command line, as the evaluation does.
// Measurement only: the evaluation data is never copied here and no test depends on it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { speakerCeiling } from './speaker-ceiling.mjs';
import { speakerViews } from './speaker-views.mjs';

const evalDir = resolve(process.env.BRIEFBOT_EVAL_DIR ?? join(process.cwd(), '..', 'shared', 'eval'));
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`No evaluation sets at ${evalDir}; nothing to measure (set BRIEFBOT_EVAL_DIR to point elsewhere).`);
  process.exit(0);
}
const runs = [
  ['summaries', 'summaries-cnndm-dev.jsonl', ['--sentences', '3']],
  ['summaries', 'summaries-xsum-dev.jsonl', ['--sentences', '1']],
  ['quotes', 'quotes-polnear-dev.jsonl', []],
];
let failed = false;
for (const [task, file, extra] of runs) {
  const result = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), task, join(evalDir, file), ...extra], { stdio: 'inherit' });
  if (result.status !== 0) failed = true;
  console.log('');
}
// What the speaker figure can reach at all, read from the gold alone (see speaker-ceiling.mjs).
const { named, postModified, ceiling } = speakerCeiling(join(evalDir, 'quotes-polnear-dev.jsonl'));
console.log(`speaker ceiling: ${postModified} of ${named} named gold speakers are a name with a description after it`);
console.log(`("X, the mayor of Y,"), compared by their last word: a speaker that is a name scores at most ${ceiling.toFixed(1)} %.`);
const views = speakerViews(join(evalDir, 'quotes-polnear-dev.jsonl'));
const share = (n) => `${n} / ${views.named} = ${(100 * n / views.named).toFixed(2)} %`;
console.log(`speakers whose name's last word is in the gold mention (the same person, with or without description): ${share(views.nameInGold)}`);
console.log(`our spans that touch no gold span at all: ${views.outsideGold.length} of ${views.predicted} (read a sample: node tests/eval/read-spans.mjs)`);
// Articles whose gold marks no quotation at all: every span we find there counts against precision.
const p = views.matched / (views.predicted - views.inUnannotated);
const r = views.matched / views.gold;
console.log(`articles whose gold marks no quotation at all: ${views.unannotated}, holding ${views.inUnannotated} of our spans;`
  + ` leaving those articles out, spans P ${(100 * p).toFixed(2)} R ${(100 * r).toFixed(2)} F1 ${(200 * p * r / (p + r)).toFixed(2)}`);
process.exit(failed ? 1 : 0);
