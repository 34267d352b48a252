// The PolNeAR speaker figure two ways, through the same command line and the same span matching as score.mjs:
//   as scored     — the predicted speaker equals the gold mention or shares its last word (score.mjs's rule);
//   name in gold  — the predicted speaker's last word is a word of the gold mention: the same person, whether the
//                   annotators marked the name alone or with its description ("Huma Abedin, vice chairwoman for
//                   Clinton's presidential campaign,").
// It also lists our spans that touch no gold span at all (`outsideGold`), for reading: most are quotations the
// annotators left out (see read-spans.mjs); and counts the articles whose gold marks no quotation at all
// (`unannotated`), with our spans in them (`inUnannotated`), and the spans that match a gold span (`matched`, with
// score.mjs's overlap rule), so the span figure can be read without the articles the annotators skipped.
// Measurement only: it reads ../shared/eval, and nothing depends on it. `briefAll` runs the command line over rows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRONOUN = /^(he|she|they|i|we|it|you|him|her|them)$/i;
const norm = (s) => (s ?? '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
const head = (s) => norm(s).split(' ').pop();
const sameByHead = (a, b) => !!a && (norm(a) === norm(b) || head(a) === head(b));
const trim = (text, [s, e]) => {
  while (s < e && /[\s"“”‘’',.;:!?]/.test(text[s])) s++;
  while (e > s && /[\s"“”‘’',.;:!?]/.test(text[e - 1])) e--;
  return [s, e];
};

export function briefAll(rows, cwd) {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-speakers-'));
  const files = rows.map((r, i) => {
    const file = join(dir, `article-${String(i).padStart(5, '0')}.json`);
    writeFileSync(file, JSON.stringify(r.article));
    return file;
  });
  const out = [];
  for (let i = 0; i < files.length; i += 100) {
    const stdout = execFileSync('npm', ['run', '--silent', 'cli', '--', 'brief', '--json', ...files.slice(i, i + 100)],
      { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
    for (const line of stdout.split('\n')) if (line.trim().startsWith('{')) out.push(JSON.parse(line));
  }
  rmSync(dir, { recursive: true, force: true });
  return out;
}

export function speakerViews(file, cwd = process.cwd()) {
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const briefs = briefAll(rows, cwd);
  const count = { named: 0, scored: 0, nameInGold: 0, predicted: 0, outsideGold: [], matched: 0, gold: 0, unannotated: 0,
    inUnannotated: 0 };
  rows.forEach((row, i) => {
    const text = row.article.body;
    const gold = row.quotes.flatMap((q) => q.spans.map((sp) => ({ sp: trim(text, sp), speaker: q.speaker, used: false })));
    const brief = briefs[i];
    count.gold += gold.length;
    if (gold.length === 0) count.unannotated++;
    let from = 0;
    for (const q of brief.quotes) for (const sp of q.spans) {
      const [s, e] = trim(brief.body, sp);
      const words = brief.body.slice(s, e);
      let at = words ? text.indexOf(words, from) : -1;
      if (at < 0 && words) at = text.indexOf(words);
      if (at < 0) continue;
      from = at;
      count.predicted++;
      if (gold.length === 0) count.inUnannotated++;
      const end = at + words.length;
      if (!gold.some((g) => Math.min(end, g.sp[1]) > Math.max(at, g.sp[0]))) {
        count.outsideGold.push({ row: i, start: at, end, speaker: q.speaker });
      }
      let best = null;
      let bestJ = 0;
      for (const g of gold) {
        if (g.used) continue;
        const inter = Math.max(0, Math.min(at + words.length, g.sp[1]) - Math.max(at, g.sp[0]));
        const j = inter / (Math.max(at + words.length, g.sp[1]) - Math.min(at, g.sp[0]));
        if (j > bestJ) { bestJ = j; best = g; }
      }
      if (!best || bestJ < 0.5) continue;
      best.used = true;
      count.matched++;
      if (!best.speaker || PRONOUN.test(best.speaker.trim())) continue;
      count.named++;
      if (sameByHead(q.speaker, best.speaker)) count.scored++;
      if (q.speaker && norm(best.speaker).split(' ').includes(head(q.speaker))) count.nameInGold++;
    }
  });
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { named, scored, nameInGold } = speakerViews(process.argv[2]);
  const pct = (n) => `${n} / ${named} = ${(100 * n / named).toFixed(2)} %`;
  console.log(`speakers, of matched quotes with a named gold speaker:`);
  console.log(`  as scored (name vs gold mention, by last word): ${pct(scored)}`);
  console.log(`  the name's last word in the gold mention:       ${pct(nameInGold)}`);
}
