// What the main thread and a loading helper thread say to each other (see parallel-load.ts). Plain data: it crosses
// the thread boundary by structured clone.
import type { ArticleFacts } from '../analysis.ts';
import type { FileReadResult } from '../corpus/loader.ts';

/** Files to read, parse and analyze, as block `block` of the directory in name order. */
export interface HelperRequest {
  readonly block: number;
  readonly files: readonly string[];
}

/** One file as the helper read it: its facts when it parsed, the reason it did not otherwise. */
export interface FileAnalysis {
  readonly file: string;
  readonly read: FileReadResult;
  readonly facts: ArticleFacts | null;
}

export interface HelperReply {
  readonly block: number;
  readonly results: readonly FileAnalysis[];
}
