// `npm run --silent cli -- <command>`: the engine on the command line, the contract the evaluation drives.
import { existsSync, statSync } from 'node:fs';
import { loadConfig, loadDotEnv } from '../config/env.ts';
import { createLogger } from '../logging/logger.ts';
import { isUserError, UserError } from '../errors.ts';
import { Corpus } from '../engine/corpus/corpus.ts';
import { readArticleFile } from '../engine/corpus/loader.ts';
import { openEngine } from '../engine/open.ts';
import { BriefingEngine } from '../engine/engine.ts';
import type { Article, Briefing } from '../engine/types.ts';
import { parseCli, USAGE, type CliCommand } from './args.ts';
import { formatArticleHits, formatBriefing, formatQuoteHits } from './format.ts';

const EXIT_BAD_ARGUMENTS = 2;

function main(argv: readonly string[]): number {
  const command = parseCli(argv);
  if (command.command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  loadDotEnv();
  const config = loadConfig();
  // Logs go to stderr: stdout is the command's output, one JSON object per line with --json.
  const logger = createLogger({ level: config.logLevel === 'info' ? 'warn' : config.logLevel, pretty: !config.production, destination: 2 });
  let engine: BriefingEngine | undefined;
  const corpus = (): BriefingEngine => (engine ??= openEngine(config.seedsDir, logger, { watch: false }).engine);
  return run(command, corpus, logger);
}

function run(command: Exclude<CliCommand, { command: 'help' }>, engine: () => BriefingEngine, logger: ReturnType<typeof createLogger>): number {
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  switch (command.command) {
    case 'brief': {
      let failed = 0;
      // Files named on the command line are briefed by an engine of their own, loaded by the same loader.
      const fileEngine = new BriefingEngine(new Corpus());
      for (const target of command.targets) {
        const fromFile = isFile(target);
        const found = fromFile ? articleFromFile(target, fileEngine.corpus) : findArticle(engine(), target);
        if (typeof found === 'string') {
          failed++;
          process.stderr.write(`${target}: ${found}\n`);
          if (command.json) out(JSON.stringify({ id: null, target, error: found }));
          continue;
        }
        const briefing = (fromFile ? fileEngine : engine()).brief(found, command.size);
        out(command.json ? JSON.stringify(toJson(briefing)) : `${formatBriefing(briefing)}\n`);
      }
      logger.debug({ targets: command.targets.length, failed }, 'briefed');
      return failed > 0 ? EXIT_BAD_ARGUMENTS : 0;
    }
    case 'quotes': {
      let articleId = command.article;
      if (articleId !== undefined) {
        const found = findArticle(engine(), articleId);
        if (typeof found === 'string') throw new UserError(`--article: ${found}`);
        articleId = found.id;
      }
      const hits = engine().searchQuotes({ text: command.query, speaker: command.speaker, articleId, limit: 20 });
      if (command.json) for (const h of hits) out(JSON.stringify(h));
      else out(formatQuoteHits(hits));
      return 0;
    }
    case 'articles': {
      const hits = engine().searchArticles(command.query).slice(0, 50);
      if (command.json) for (const h of hits) out(JSON.stringify(h.article));
      else out(formatArticleHits(hits));
      return 0;
    }
  }
}

function isFile(target: string): boolean {
  try {
    return existsSync(target) && statSync(target).isFile();
  } catch {
    return false;
  }
}

function articleFromFile(file: string, corpus: Corpus): Article | string {
  const result = readArticleFile(file);
  return result.ok ? corpus.put(file, result.article, result.modifiedAt) : result.reason;
}

function findArticle(engine: BriefingEngine, text: string): Article | string {
  const resolution = engine.resolve(text);
  if (resolution.kind === 'found') return resolution.article;
  if (resolution.kind === 'ambiguous') return `'${text}' matches several articles: ${resolution.candidates.map((a) => a.id).join(', ')}`;
  return `no article matches '${text}' (list them with: articles)`;
}

/** The JSON contract of `brief --json` (see README): spans index `body`. */
function toJson(b: Briefing): Record<string, unknown> {
  return {
    id: b.id,
    title: b.title,
    body: b.body,
    summary: b.summary,
    quotes: b.quotes.map((q) => ({ text: q.text, speaker: q.speaker, role: q.role, verb: q.verb, spans: q.spans })),
    entities: b.entities,
    wordCount: b.wordCount,
    readingMinutes: b.readingMinutes,
  };
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (isUserError(err)) {
    process.stderr.write(`error: ${err.message}\n`);
    process.exitCode = EXIT_BAD_ARGUMENTS;
  } else if (err instanceof Error && err.name === 'ConfigError') {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = EXIT_BAD_ARGUMENTS;
  } else {
    process.stderr.write(`error: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
