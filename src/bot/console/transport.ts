// The console edge: commands from stdin, replies and digest posts printed as text.
import type { Logger } from 'pino';
import type { Transport } from '../app.ts';
import { renderAsText } from '../../render/console-text.ts';
import { runConsole, type ConsoleIO } from './session.ts';

export type { ConsoleIO };

export function createConsoleTransport(io: ConsoleIO, logger: Logger): Transport {
  const abort = new AbortController();
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    digests: {
      post(channelId, message, nonce) {
        io.output.write(`── digest posted to #${channelId} ──\n${renderAsText(message)}\n\n`);
        return Promise.resolve({ messageId: `console-${nonce}` });
      },
    },
    channelAccess: () => Promise.resolve({ ok: true }),
    ownsGuild: () => true,
    start(services) {
      runConsole(io, services, logger, abort.signal).then(finish, (err: unknown) => {
        logger.error({ err }, 'console failed');
        finish();
      });
      return Promise.resolve();
    },
    done,
    drain: () => Promise.resolve(),
    stop() {
      abort.abort();
      return Promise.resolve();
    },
  };
}
