// One root logger for the process; everything else takes a child of it.
import { pino, type Logger, type DestinationStream } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export interface LoggerOptions {
  readonly level: string;
  /** Human-readable lines (development) instead of JSON (production). */
  readonly pretty: boolean;
  /** 1 = stdout, 2 = stderr (the console mode and CLI keep stdout for their own output), or a stream (tests). */
  readonly destination?: 1 | 2 | DestinationStream;
}

/** Paths pino censors wherever they appear, so a token never reaches a log line. */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.discord.token',
  'discord.token',
  'headers.authorization',
  '*.headers.authorization',
  'Authorization',
  '*.Authorization',
];

export function createLogger(options: LoggerOptions): Logger {
  const base = { level: options.level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  const destination = options.destination ?? 1;
  if (typeof destination === 'object') return pino(base, destination);
  if (options.pretty) {
    // pino-pretty in-process (sync), so lines are never lost at exit and no worker thread lingers.
    return pino(base, pretty({ destination, sync: true, colorize: false, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' }));
  }
  return pino(base, pino.destination({ fd: destination, sync: true }));
}

/** A logger that drops everything: for tests and tools that have nothing to say. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
