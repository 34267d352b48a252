// The bot as its own process (`node --import tsx src/main.ts`, what `npm start` runs), so a test can SIGKILL it
// at a chosen moment, as a crash or an OOM kill would, and start it again on the same data directory.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { afterEach } from 'vitest';

export interface LogRecord {
  readonly msg: string;
  readonly [key: string]: unknown;
}

export interface BotProcess {
  readonly pid: number;
  /** Every JSON log line so far. */
  readonly logs: readonly LogRecord[];
  /** Resolves with the first log line matching, failing after `timeoutMs` (or if the process exits first). */
  waitForLog(match: (line: LogRecord) => boolean, timeoutMs?: number): Promise<LogRecord>;
  /** Resolves with the exit code, or the signal that ended it. */
  readonly exited: Promise<number | NodeJS.Signals>;
  kill(signal: NodeJS.Signals): void;
}

const DEFAULT_WAIT_MS = 15_000;

/** Call at the top of a test file: returns a starter whose processes are SIGKILLed after each test if still up. */
export function useBotProcesses(): (env: Readonly<Record<string, string>>) => BotProcess {
  const running: BotProcess[] = [];
  afterEach(async () => {
    for (const bot of running.splice(0)) {
      bot.kill('SIGKILL');
      await bot.exited;
    }
  });
  return (env) => {
    const bot = startBotProcess(env);
    running.push(bot);
    return bot;
  };
}

export function startBotProcess(env: Readonly<Record<string, string>>): BotProcess {
  // NODE_ENV=production: JSON log lines on stdout, one per line, which is what the test reads.
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogRecord[] = [];
  const listeners = new Set<() => void>();
  let pending = '';
  let stderr = '';
  let alive = true;
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim() !== '') logs.push(JSON.parse(line) as LogRecord);
    for (const listener of [...listeners]) listener();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => {
    child.on('exit', (code, signal) => {
      alive = false;
      for (const listener of [...listeners]) listener();
      resolve(code ?? signal ?? 'SIGKILL');
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the bot process did not start');

  function waitForLog(match: (line: LogRecord) => boolean, timeoutMs = DEFAULT_WAIT_MS): Promise<LogRecord> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = logs.find(match);
        if (found) finish(() => resolve(found));
        else if (!alive) finish(() => reject(new Error(`the bot exited before the log line came\n${describe()}`)));
      };
      const timer = setTimeout(() => finish(() => reject(new Error(`no such log line after ${timeoutMs} ms\n${describe()}`))), timeoutMs);
      const finish = (settle: () => void): void => {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      };
      listeners.add(check);
      check();
    });
  }
  const describe = (): string => `log: ${logs.map((l) => l.msg).join(' | ')}\nstderr: ${stderr.slice(-2000)}`;

  return {
    pid,
    logs,
    waitForLog,
    exited,
    kill(signal) {
      if (alive) child.kill(signal);
    },
  };
}
