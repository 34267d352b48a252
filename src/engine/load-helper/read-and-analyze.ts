// Reading one article file and analyzing it: the work a loading helper thread does, and the main thread too when it
// takes a block back from the helpers (see parallel-load.ts).
import { analyze } from '../analysis.ts';
import { readArticleFile } from '../corpus/loader.ts';
import type { FileAnalysis } from './protocol.ts';

export function readAndAnalyze(file: string): FileAnalysis {
  const read = readArticleFile(file);
  return { file, read, facts: read.ok ? analyze(read.article) : null };
}
