// The one path every interaction takes, whatever the transport: run the handler, answer in time,
// turn a UserError into its own ephemeral message and anything else into a logged reference.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { ButtonReply, Reply } from '../../commands/types.ts';
import { isUserError } from '../errors.ts';
import { renderInternalError, renderUserError } from '../render/errors.ts';

/** What a transport must be able to do with one interaction. */
export interface Responder {
  defer(ephemeral: boolean): Promise<void>;
  /** Replies, or edits the deferred reply. */
  send(reply: Reply): Promise<void>;
}

/**
 * Discord drops an interaction not acknowledged within 3 s. A handler that has not answered after
 * this long is deferred, leaving a wide margin for the network.
 */
export const DEFER_AFTER_MS = 1_500;

export function newReference(): string {
  return randomBytes(4).toString('hex');
}

/** The reply an error deserves; logs what is ours to fix, with the reference the user will quote. */
export function errorReply(err: unknown, log: Logger): Reply {
  if (isUserError(err)) return { payload: renderUserError(err.message), ephemeral: true };
  const ref = newReference();
  log.error({ err, ref }, 'interaction failed');
  return { payload: renderInternalError(ref), ephemeral: true };
}

export interface RunOptions {
  readonly ephemeral: boolean;
  readonly deferImmediately?: boolean;
  readonly deferAfterMs?: number;
}

/** Runs a handler to a reply and delivers it; never throws (a failed delivery is logged). */
export async function respond(work: () => Promise<Reply> | Reply, responder: Responder, log: Logger, options: RunOptions): Promise<void> {
  // Held in an object: TypeScript does not see assignments made inside the timer callback.
  const state: { deferral: Promise<void> | null } = { deferral: null };
  const deferNow = (): void => {
    state.deferral ??= responder.defer(options.ephemeral).catch((err: unknown) => log.warn({ err }, 'could not defer the reply'));
  };
  if (options.deferImmediately) deferNow();
  const timer = setTimeout(deferNow, options.deferAfterMs ?? DEFER_AFTER_MS);
  let reply: Reply;
  try {
    reply = await work();
  } catch (err) {
    reply = errorReply(err, log);
  } finally {
    clearTimeout(timer);
  }
  try {
    if (state.deferral) await state.deferral;
    await responder.send(reply);
  } catch (err) {
    // Discord refused the reply (or the edit): tell the user something rather than leave "thinking…".
    const ref = newReference();
    log.error({ err, ref }, 'could not deliver the reply');
    await responder.send({ payload: renderInternalError(ref), ephemeral: true }).catch(() => undefined);
  }
}

/** Same as respond, for a button: the answer may update the message the button is on. */
export async function runButton(work: () => Promise<ButtonReply> | ButtonReply, log: Logger): Promise<ButtonReply> {
  try {
    return await work();
  } catch (err) {
    return { kind: 'reply', ...errorReply(err, log) };
  }
}
