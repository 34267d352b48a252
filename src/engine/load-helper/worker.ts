// A loading helper thread: reads, parses and analyzes the article files it is sent, block by block, and sends back
// what it found. Analysis (quotes, speakers, counts) is the costliest step of a load and needs nothing but the body,
// so the main thread, which must index every article anyway, hands most of it to a helper on another core.
import { parentPort } from 'node:worker_threads';
import { readAndAnalyze } from './read-and-analyze.ts';
import type { HelperReply, HelperRequest } from './protocol.ts';

parentPort?.on('message', (request: HelperRequest) => {
  const reply: HelperReply = { block: request.block, results: request.files.map(readAndAnalyze) };
  parentPort?.postMessage(reply);
});
