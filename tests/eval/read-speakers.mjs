#!/usr/bin/env node
// Speakers as a reader sees them: random quotes of the PolNeAR dev set, each with its speaker, its role and the
// text around it, through the command line, to be read and judged by a person. The scorer can only compare mentions
// ("the senator" against "Bernie Sanders"); this is how we check that the name given is the right person. With
// --set, the articles of a summary set instead, which have no quote gold at all: dailymail, cnn or xsum.
//   node tests/eval/read-speakers.mjs [--seed N] [--count N] [--set polnear|dailymail|cnn|xsum]
// Measurement only: it reads ../shared/eval, and nothing depends on it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { briefAll } from './speaker-views.mjs';

const { values } = parseArgs({ options: {
  seed: { type: 'string', default: '1' }, count: { type: 'string', default: '20' }, set: { type: 'string', default: 'polnear' },
} });
// Each set: its file, and which of its rows (the CNN/DailyMail file holds both, told apart by their ids).
const SETS = {
  polnear: ['quotes-polnear-dev.jsonl', () => true],
  dailymail: ['summaries-cnndm-dev.jsonl', (row) => String(row.id).startsWith('dm')],
  cnn: ['summaries-cnndm-dev.jsonl', (row) => !String(row.id).startsWith('dm')],
  xsum: ['summaries-xsum-dev.jsonl', () => true],
};
const set = SETS[values.set];
if (!set) {
  console.error(`read-speakers: unknown --set ${values.set} (one of ${Object.keys(SETS).join(', ')})`);
  process.exit(2);
}
const evalDir = resolve(process.env.BRIEFBOT_EVAL_DIR ?? join(process.cwd(), '..', 'shared', 'eval'));
const rows = readFileSync(join(evalDir, set[0]), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter(set[1]);

// A small seeded generator (Park–Miller), so that a sample can be read again by whoever checks it.
let state = Math.max(1, Number(values.seed) % 2147483647);
const random = () => (state = (state * 16807) % 2147483647) / 2147483647;
// Articles are drawn twice as many as needed, since some have no quote at all; then one quote of each.
const count = Number(values.count);
const picked = Array.from({ length: 2 * count }, () => rows[Math.floor(random() * rows.length)]);
const briefs = briefAll(picked, process.cwd()).filter((b) => b.quotes.length > 0).slice(0, count);
const CONTEXT = 300;

briefs.forEach((brief, n) => {
  const quote = brief.quotes[Math.floor(random() * brief.quotes.length)];
  const start = quote.spans[0][0];
  const end = quote.spans[quote.spans.length - 1][1];
  // The quote is marked ⟦…⟧, so that a reader judges the right one when two stand close together.
  const body = brief.body;
  const marked = `${body.slice(Math.max(0, start - CONTEXT), start)}⟦${body.slice(start, end)}⟧${body.slice(end, end + CONTEXT / 2)}`;
  const around = marked.replace(/\n+/g, ' ⏎ ');
  console.log(`#${n} speaker: ${quote.speaker ?? '(none)'}${quote.role ? ` — ${quote.role}` : ''}\n   ${around}\n`);
});
