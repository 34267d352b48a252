// Builds an article body from a seed file the way the corpus loader does, just enough for these tests: the body is
// what follows the first two non-empty lines (slug and title), with `\"` unescaped.
import { readFileSync } from 'node:fs';

export interface Seed {
  readonly title: string;
  readonly body: string;
}

export function readSeed(file: string): Seed {
  const text = readFileSync(new URL(`../../../seeds/${file}`, import.meta.url), 'utf8');
  const lines = text.split('\n');
  const filled = lines.flatMap((line, index) => (line.trim() ? [index] : []));
  const titleLine = filled[1] ?? 0;
  return {
    title: (lines[titleLine] ?? '').trim(),
    body: lines.slice(titleLine + 1).join('\n').trim().replaceAll('\\"', '"'),
  };
}
