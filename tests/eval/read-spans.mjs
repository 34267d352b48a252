#!/usr/bin/env node
// Our quote spans that the PolNeAR gold does not touch at all, drawn at random with the text around them, to be read
// and judged by a person: a real direct quotation the annotators left out, or something that is no quotation. The
// scorer counts every one of them against precision; reading a sample tells how many it should not.
//   node tests/eval/read-spans.mjs [--seed N] [--count N]
// Measurement only: it reads ../shared/eval, and nothing depends on it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { speakerViews } from './speaker-views.mjs';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '1' }, count: { type: 'string', default: '30' } } });
const evalDir = resolve(process.env.BRIEFBOT_EVAL_DIR ?? join(process.cwd(), '..', 'shared', 'eval'));
const file = join(evalDir, 'quotes-polnear-dev.jsonl');
const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const { predicted, outsideGold } = speakerViews(file);
console.log(`${outsideGold.length} of our ${predicted} spans touch no gold span at all\n`);

// A small seeded generator (Park–Miller) and a Fisher–Yates shuffle, so that a sample can be read again.
let state = Math.max(1, Number(values.seed) % 2147483647);
const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
const spans = [...outsideGold];
for (let i = spans.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [spans[i], spans[j]] = [spans[j], spans[i]];
}
const CONTEXT = 200;
spans.slice(0, Number(values.count)).forEach(({ row, start, end, speaker }, n) => {
  const text = rows[row].article.body;
  const marked = `${text.slice(Math.max(0, start - CONTEXT), start)}⟦${text.slice(start, end)}⟧${text.slice(end, end + CONTEXT / 2)}`;
  console.log(`#${n} (article ${row}) speaker: ${speaker ?? '(none)'}\n   ${marked.replace(/\n+/g, ' ⏎ ')}\n`);
});
