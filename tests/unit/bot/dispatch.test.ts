import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../commands/types.ts';
import { respond, type Responder } from '../../../src/bot/dispatch.ts';
import { UserError } from '../../../src/errors.ts';
import { captureLogger } from '../../helpers/capture-logger.ts';

/** A responder that records what the transport was asked to do, in order. */
class RecordingResponder implements Responder {
  readonly calls: string[] = [];
  readonly sent: Reply[] = [];
  defer(ephemeral: boolean): Promise<void> {
    this.calls.push(`defer:${ephemeral ? 'ephemeral' : 'public'}`);
    return Promise.resolve();
  }
  send(reply: Reply): Promise<void> {
    this.calls.push('send');
    this.sent.push(reply);
    return Promise.resolve();
  }
}

const ok: Reply = { payload: { content: 'done', allowed_mentions: { parse: [] } }, ephemeral: false };

afterEach(() => vi.useRealTimers());

describe('respond', () => {
  it('replies directly when the handler is quick', async () => {
    const responder = new RecordingResponder();
    await respond(() => ok, responder, captureLogger().logger, { ephemeral: false });
    expect(responder.calls).toEqual(['send']);
  });

  it('defers with the command’s visibility when the handler is slow, then sends', async () => {
    vi.useFakeTimers();
    const responder = new RecordingResponder();
    const slow = new Promise<Reply>((resolve) => setTimeout(() => resolve(ok), 2_500));
    const done = respond(() => slow, responder, captureLogger().logger, { ephemeral: true, deferAfterMs: 1_500 });
    await vi.advanceTimersByTimeAsync(1_500);
    expect(responder.calls).toEqual(['defer:ephemeral']);
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(responder.calls).toEqual(['defer:ephemeral', 'send']);
  });

  it('defers at once when asked to', async () => {
    const responder = new RecordingResponder();
    await respond(() => ok, responder, captureLogger().logger, { ephemeral: false, deferImmediately: true });
    expect(responder.calls).toEqual(['defer:public', 'send']);
  });

  it('turns a UserError into an ephemeral message with its own words, and logs nothing at error level', async () => {
    const responder = new RecordingResponder();
    const { logger, lines } = captureLogger();
    await respond(() => { throw new UserError('No article matches “zzz”.'); }, responder, logger, { ephemeral: false });
    expect(responder.sent[0]?.ephemeral).toBe(true);
    expect(responder.sent[0]?.payload.content).toContain('No article matches “zzz”');
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('turns any other error into a reference that is also in the log', async () => {
    const responder = new RecordingResponder();
    const { logger, lines } = captureLogger();
    await respond(() => Promise.reject(new Error('disk on fire')), responder, logger, { ephemeral: false });
    const content = responder.sent[0]?.payload.content ?? '';
    const ref = /ref ([0-9a-f]+)/.exec(content)?.[1];
    expect(ref).toBeDefined();
    expect(content).not.toContain('disk on fire');
    const logged = lines.find((l) => l.level === 50);
    expect(logged?.ref).toBe(ref);
    expect((logged?.err as { message?: string } | undefined)?.message).toBe('disk on fire');
  });

  it('never throws when the reply cannot be delivered', async () => {
    const { logger, lines } = captureLogger();
    const failing: Responder = { defer: () => Promise.resolve(), send: () => Promise.reject(new Error('Unknown interaction')) };
    await expect(respond(() => ok, failing, logger, { ephemeral: false })).resolves.toBeUndefined();
    expect(lines.some((l) => l.msg === 'could not deliver the reply')).toBe(true);
  });

  it('falls back to a private reference when Discord refuses the reply itself', async () => {
    const { logger, lines } = captureLogger();
    const sent: Reply[] = [];
    const refusing: Responder = {
      defer: () => Promise.resolve(),
      send: (reply) => (sent.push(reply), sent.length === 1 ? Promise.reject(new Error('Invalid Form Body')) : Promise.resolve()),
    };
    await respond(() => ok, refusing, logger, { ephemeral: false });
    expect(sent).toHaveLength(2);
    expect(sent[1]?.ephemeral).toBe(true);
    const ref = /ref ([0-9a-f]+)/.exec(sent[1]?.payload.content ?? '')?.[1];
    expect(lines.find((l) => l.msg === 'could not deliver the reply')?.ref).toBe(ref);
  });
});
