// The test-facing handle of a dispatched interaction: awaitable views on its callback, @original and
// follow-ups, with timeouts whose messages say what did happen.
import type { APIInteraction } from 'discord.js';
import { DEFAULT_WAIT_MS, type ChangeFeed } from './change-feed.ts';
import type { InteractionRecord } from './interactions.ts';
import type { DiscordState } from './state.ts';
import type { AutocompleteHandle, InteractionHandle, RecordedMessage } from './types.ts';

function describe(record: InteractionRecord, state: DiscordState): string {
  const original = record.originalId === null ? undefined : state.messages.get(record.originalId);
  const data = record.payload.data;
  const name = typeof data === 'object' && data !== null && 'name' in data ? String(data.name) : 'component';
  return [
    `interaction ${record.id} (${name})`,
    `callback: ${record.callback === null ? 'none' : `type ${record.callback.type} after ${record.callback.latencyMs.toFixed(0)} ms`}`,
    `rejections: ${JSON.stringify(record.rejections)}`,
    `@original: ${original === undefined ? 'none' : JSON.stringify({ loading: original.loading, deleted: original.deleted, content: original.content, embeds: original.embeds.length })}`,
    `follow-ups: ${record.followUpIds.length}`,
  ].join('; ');
}

function followUpsOf(record: InteractionRecord, state: DiscordState): RecordedMessage[] {
  return record.followUpIds.flatMap((id) => {
    const message = state.messages.get(id);
    return message === undefined || message.deleted ? [] : [message];
  });
}

/** The payload as typed by discord-api-types; it is built field by field after APIInteraction. */
const asInteraction = (record: InteractionRecord): APIInteraction => record.payload as unknown as APIInteraction;

export function interactionHandle(record: InteractionRecord, state: DiscordState, feed: ChangeFeed): InteractionHandle {
  const explain = (): string => describe(record, state);
  return {
    id: record.id,
    token: record.token,
    payload: asInteraction(record),
    dispatchedAt: record.dispatchedAtMs,
    get callback() {
      return record.callback;
    },
    get rejections() {
      return record.rejections;
    },
    get latencyMs() {
      return record.callback?.latencyMs ?? null;
    },
    get followUps() {
      return followUpsOf(record, state);
    },
    response: (options) => feed.until(() => record.callback ?? undefined, options?.timeoutMs ?? DEFAULT_WAIT_MS, explain),
    rejection: (options) => feed.until(() => record.rejections[0], options?.timeoutMs ?? DEFAULT_WAIT_MS, explain),
    original: (options) =>
      feed.until(
        () => {
          const message = record.originalId === null ? undefined : state.messages.get(record.originalId);
          if (message === undefined || message.loading || message.deleted) return undefined;
          return (options?.where?.(message) ?? true) ? message : undefined;
        },
        options?.timeoutMs ?? DEFAULT_WAIT_MS,
        explain,
      ),
    waitForFollowUps: (count, options) =>
      feed.until(
        () => {
          const messages = followUpsOf(record, state);
          return messages.length >= count ? messages : undefined;
        },
        options?.timeoutMs ?? DEFAULT_WAIT_MS,
        explain,
      ),
  };
}

export function autocompleteHandle(record: InteractionRecord, state: DiscordState, feed: ChangeFeed): AutocompleteHandle {
  return {
    id: record.id,
    token: record.token,
    payload: asInteraction(record),
    get latencyMs() {
      return record.callback?.latencyMs ?? null;
    },
    get rejections() {
      return record.rejections;
    },
    choices: (options) =>
      feed.until(
        () => record.callback?.data?.choices,
        options?.timeoutMs ?? DEFAULT_WAIT_MS,
        () => describe(record, state),
      ),
  };
}
