// Posts digest messages through discord.js's REST client, with the slot's nonce enforced so Discord
// itself drops a repeat after a crash and retry. discord.js already waits out 429s and retries 5xx;
// what still fails is classified for the runner: retryable, or permanent (channel gone, no access).
import { DiscordAPIError, HTTPError, RateLimitError, Routes, type REST } from 'discord.js';
import { DigestPostError, type DigestTransport } from '../../digest/types.ts';
import type { MessagePayload } from '../../render/payload.ts';

export function discordDigestTransport(rest: REST): DigestTransport<MessagePayload> {
  return {
    async post(channelId, message, nonce) {
      try {
        const body = { ...message, allowed_mentions: { parse: [] }, nonce, enforce_nonce: true };
        const posted = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
        return { messageId: posted.id };
      } catch (err) {
        throw classify(err);
      }
    },
  };
}

function classify(err: unknown): unknown {
  if (err instanceof RateLimitError) return new DigestPostError('retryable', 429, 'rate limited by Discord', err.retryAfter);
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    const status = err.status;
    if (status === 403) return new DigestPostError('permanent', status, 'the bot may no longer view, send or embed in this channel');
    if (status === 404) return new DigestPostError('permanent', status, 'the channel no longer exists');
    if (status === 429 || status >= 500) return new DigestPostError('retryable', status, `Discord answered ${status}`);
    return new DigestPostError('permanent', status, `Discord refused the message (${status}: ${err.message})`);
  }
  // Network errors (reset, timeout) are worth another try.
  if (err instanceof Error && /ECONNRESET|ECONNREFUSED|ETIMEDOUT|aborted|socket/i.test(err.message)) return new DigestPostError('retryable', 0, err.message);
  return err;
}
