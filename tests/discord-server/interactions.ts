// The life of an interaction after dispatch: one callback within the deadline, then @original and
// follow-ups through its webhook token. Enforces the 3-second rule and "already acknowledged".
import { performance } from 'node:perf_hooks';
import type { APIUser } from 'discord.js';
import type { ChangeFeed } from './change-feed.ts';
import { apiErrors, isRecord, type JsonRecord } from './http-io.ts';
import { applyEdit, buildLoadingMessage, buildMessage, EPHEMERAL_FLAG, type MessageOrigin } from './message-body.ts';
import { choicesErrors } from './message-limits.ts';
import { messagePayload } from './payloads.ts';
import type { DiscordState } from './state.ts';
import type { CallbackData, InteractionCallbackRecord, RecordedFile, RecordedMessage, RejectedCallback } from './types.ts';

export const InteractionKind = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
const Callback = { Pong: 1, Reply: 4, DeferReply: 5, DeferUpdate: 6, Update: 7, Autocomplete: 8, Modal: 9 } as const;

/** Which callback types Discord accepts for which interaction type. */
const ALLOWED_CALLBACKS: Readonly<Record<number, readonly number[]>> = {
  [InteractionKind.Ping]: [Callback.Pong],
  [InteractionKind.Command]: [Callback.Reply, Callback.DeferReply, Callback.Modal],
  [InteractionKind.Component]: [Callback.Reply, Callback.DeferReply, Callback.DeferUpdate, Callback.Update, Callback.Modal],
  [InteractionKind.Autocomplete]: [Callback.Autocomplete],
  [InteractionKind.ModalSubmit]: [Callback.Reply, Callback.DeferReply, Callback.DeferUpdate, Callback.Update],
};

export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly type: number;
  readonly payload: JsonRecord;
  readonly guildId: string | null;
  readonly channelId: string;
  readonly user: APIUser;
  /** performance.now() right after the dispatch was written to the socket. */
  readonly dispatchedAt: number;
  readonly dispatchedAtMs: number;
  /** For component interactions: the message the component is on. */
  readonly sourceMessageId: string | null;
  callback: InteractionCallbackRecord | null;
  readonly rejections: RejectedCallback[];
  originalId: string | null;
  readonly followUpIds: string[];
}

export interface TrackerOptions {
  readonly deadlineMs: number;
  readonly tokenTtlMs: number;
}

export interface CallbackResult {
  readonly status: number;
  readonly body?: unknown;
}

export class InteractionTracker {
  private readonly byId = new Map<string, InteractionRecord>();
  private readonly byToken = new Map<string, InteractionRecord>();

  constructor(
    private readonly state: DiscordState,
    private readonly feed: ChangeFeed,
    private readonly options: TrackerOptions,
  ) {}

  register(record: InteractionRecord): void {
    this.byId.set(record.id, record);
    this.byToken.set(record.token, record);
  }

  get(id: string): InteractionRecord | undefined {
    return this.byId.get(id);
  }

  /** POST /interactions/{id}/{token}/callback */
  callback(id: string, token: string, body: unknown, files: readonly RecordedFile[], withResponse: boolean): CallbackResult {
    const record = this.byId.get(id);
    if (record === undefined || record.token !== token) throw apiErrors.unknownInteraction();
    const latencyMs = performance.now() - record.dispatchedAt;
    try {
      if (record.callback !== null) throw apiErrors.alreadyAcknowledged();
      if (latencyMs > this.options.deadlineMs) throw apiErrors.unknownInteraction();
      const request = isRecord(body) ? body : {};
      const type = typeof request.type === 'number' ? request.type : -1;
      if (!(ALLOWED_CALLBACKS[record.type] ?? []).includes(type)) {
        throw apiErrors.invalidFormBody({ type: { _errors: [{ code: 'INTERACTION_CALLBACK_TYPE_INVALID', message: 'Invalid interaction callback type.' }] } });
      }
      const message = this.applyCallback(record, type, request.data, files);
      record.callback = { type, data: request.data as CallbackData | undefined, latencyMs, at: Date.now(), withResponse };
      this.feed.notify();
      if (!withResponse) return { status: 204 };
      return { status: 200, body: this.callbackResponse(record, type, message) };
    } catch (error) {
      if (error instanceof Error && 'status' in error && 'body' in error && isRecord(error.body)) {
        record.rejections.push({ status: Number(error.status), code: Number(error.body.code), latencyMs });
        this.feed.notify();
      }
      throw error;
    }
  }

  private origin(record: InteractionRecord, source: 'interaction' | 'follow-up'): MessageOrigin {
    return { channelId: record.channelId, guildId: record.guildId, source, interactionId: record.id };
  }

  private addMessage(record: InteractionRecord, message: RecordedMessage): RecordedMessage {
    return this.state.addMessage(message, { id: record.id, type: record.type, user: record.user });
  }

  /** The message the callback created or changed, if any. */
  private applyCallback(record: InteractionRecord, type: number, data: unknown, files: readonly RecordedFile[]): RecordedMessage | null {
    switch (type) {
      case Callback.Reply: {
        const message = this.addMessage(record, buildMessage(data, files, this.origin(record, 'interaction')));
        record.originalId = message.id;
        return message;
      }
      case Callback.DeferReply: {
        const flags = isRecord(data) && typeof data.flags === 'number' ? data.flags & EPHEMERAL_FLAG : 0;
        const message = this.addMessage(record, buildLoadingMessage(flags, this.origin(record, 'interaction')));
        record.originalId = message.id;
        return message;
      }
      case Callback.Update: {
        const message = this.sourceMessage(record);
        applyEdit(message, data, files);
        record.originalId = message.id;
        return message;
      }
      case Callback.DeferUpdate:
        record.originalId = this.sourceMessage(record).id;
        return null;
      case Callback.Autocomplete: {
        const errors = choicesErrors(data);
        if (errors !== null) throw apiErrors.invalidFormBody(errors);
        return null;
      }
      default:
        return null;
    }
  }

  private sourceMessage(record: InteractionRecord): RecordedMessage {
    const message = record.sourceMessageId === null ? undefined : this.state.messages.get(record.sourceMessageId);
    if (message === undefined || message.deleted) throw apiErrors.unknownMessage();
    return message;
  }

  private callbackResponse(record: InteractionRecord, type: number, message: RecordedMessage | null): JsonRecord {
    return {
      interaction: {
        id: record.id,
        type: record.type,
        ...(message === null
          ? {}
          : {
              response_message_id: message.id,
              response_message_loading: message.loading,
              response_message_ephemeral: (message.flags & EPHEMERAL_FLAG) !== 0,
            }),
      },
      resource: { type, ...(message === null ? {} : { message: messagePayload(this.state, message) }) },
    };
  }

  /** The interaction behind `/webhooks/{app}/{token}`; checks the token is known, acknowledged and fresh. */
  webhook(applicationId: string, token: string): InteractionRecord {
    const record = this.byToken.get(token);
    if (record === undefined || applicationId !== this.state.applicationId) throw apiErrors.unknownWebhook();
    if (Date.now() - record.dispatchedAtMs > this.options.tokenTtlMs) throw apiErrors.invalidWebhookToken();
    if (record.callback === null) throw apiErrors.unknownWebhook();
    return record;
  }

  /** The message `@original` (or a follow-up id) names for this interaction. */
  message(record: InteractionRecord, messageId: string): RecordedMessage {
    const id = messageId === '@original' ? record.originalId : messageId;
    const allowed = id !== null && (id === record.originalId || record.followUpIds.includes(id));
    const message = allowed ? this.state.messages.get(id) : undefined;
    if (message === undefined || message.deleted) throw apiErrors.unknownMessage();
    return message;
  }

  edit(record: InteractionRecord, messageId: string, body: unknown, files: readonly RecordedFile[]): RecordedMessage {
    const message = applyEdit(this.message(record, messageId), body, files);
    this.feed.notify();
    return message;
  }

  delete(record: InteractionRecord, messageId: string): void {
    this.message(record, messageId).deleted = true;
    this.feed.notify();
  }

  /** A follow-up. The first one after a deferred reply replaces the "thinking…" placeholder, as on Discord. */
  followUp(record: InteractionRecord, body: unknown, files: readonly RecordedFile[]): RecordedMessage {
    const placeholder = record.originalId === null ? undefined : this.state.messages.get(record.originalId);
    let message: RecordedMessage;
    if (placeholder?.loading === true) {
      message = applyEdit(placeholder, body, files);
    } else {
      message = this.addMessage(record, buildMessage(body, files, this.origin(record, 'follow-up')));
    }
    record.followUpIds.push(message.id);
    this.feed.notify();
    return message;
  }
}
