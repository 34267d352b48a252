// Creating and editing recorded messages from request bodies, with Discord's validation on the way in.
import type { APIEmbed, APIMessageTopLevelComponent } from 'discord.js';
import { apiErrors, isRecord, type JsonRecord } from './http-io.ts';
import { messageBodyErrors } from './message-limits.ts';
import { snowflake } from './snowflake.ts';
import type { MessageSource, RecordedFile, RecordedMessage } from './types.ts';

/** Flags a bot may set on its own messages: suppress embeds, ephemeral, silent, components v2. */
const SETTABLE_FLAGS = 4 | 64 | 4096 | 32768;
export const EPHEMERAL_FLAG = 64;
export const LOADING_FLAG = 128;

export interface MessageOrigin {
  readonly channelId: string;
  readonly guildId: string | null;
  readonly source: MessageSource;
  readonly interactionId: string | null;
}

/** Throws 50035 when the body breaks a limit. Bodies that are not objects count as empty. */
export function assertValidMessageBody(body: unknown): JsonRecord {
  const record = isRecord(body) ? body : {};
  const errors = messageBodyErrors(record);
  if (errors !== null) throw apiErrors.invalidFormBody(errors);
  return record;
}

function assertNotEmpty(message: RecordedMessage, body: JsonRecord): void {
  const hasExtras = Array.isArray(body.sticker_ids) ? body.sticker_ids.length > 0 : isRecord(body.poll);
  if (
    message.content.trim() === '' &&
    message.embeds.length === 0 &&
    message.components.length === 0 &&
    message.attachments.length === 0 &&
    !hasExtras
  ) {
    throw apiErrors.emptyMessage();
  }
}

function nonceOf(body: JsonRecord): string | number | null {
  return typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : null;
}

/** A new message from a create body (channel message, interaction reply or follow-up). */
export function buildMessage(body: unknown, files: readonly RecordedFile[], origin: MessageOrigin): RecordedMessage {
  const record = assertValidMessageBody(body);
  const message: RecordedMessage = {
    id: snowflake(),
    ...origin,
    content: typeof record.content === 'string' ? record.content : '',
    embeds: Array.isArray(record.embeds) ? (record.embeds as APIEmbed[]) : [],
    components: Array.isArray(record.components) ? (record.components as APIMessageTopLevelComponent[]) : [],
    flags: (typeof record.flags === 'number' ? record.flags : 0) & SETTABLE_FLAGS,
    attachments: [...files],
    allowedMentions: isRecord(record.allowed_mentions) ? record.allowed_mentions : null,
    nonce: nonceOf(record),
    loading: false,
    deleted: false,
    createdAt: Date.now(),
    editedAt: null,
    edits: 0,
  };
  assertNotEmpty(message, record);
  return message;
}

/** The "<bot> is thinking…" placeholder a deferred reply shows until the first edit. */
export function buildLoadingMessage(flags: number, origin: MessageOrigin): RecordedMessage {
  return {
    id: snowflake(),
    ...origin,
    content: '',
    embeds: [],
    components: [],
    flags: (flags & SETTABLE_FLAGS) | LOADING_FLAG,
    attachments: [],
    allowedMentions: null,
    nonce: null,
    loading: true,
    deleted: false,
    createdAt: Date.now(),
    editedAt: null,
    edits: 0,
  };
}

/** Applies an edit body: fields present replace the old ones; the result must not be empty. */
export function applyEdit(message: RecordedMessage, body: unknown, files: readonly RecordedFile[]): RecordedMessage {
  const record = assertValidMessageBody(body);
  const next: RecordedMessage = { ...message };
  if ('content' in record) next.content = typeof record.content === 'string' ? record.content : '';
  if ('embeds' in record) next.embeds = Array.isArray(record.embeds) ? (record.embeds as APIEmbed[]) : [];
  if ('components' in record) {
    next.components = Array.isArray(record.components) ? (record.components as APIMessageTopLevelComponent[]) : [];
  }
  if (typeof record.flags === 'number') next.flags = (message.flags & EPHEMERAL_FLAG) | (record.flags & SETTABLE_FLAGS);
  if (files.length > 0) next.attachments = [...files];
  else if (Array.isArray(record.attachments) && record.attachments.length === 0) next.attachments = [];
  if ('allowed_mentions' in record) {
    next.allowedMentions = isRecord(record.allowed_mentions) ? record.allowed_mentions : null;
  }
  next.flags &= ~LOADING_FLAG;
  assertNotEmpty(next, record);
  // Mutate in place only once the edit is known to be valid: recorded messages are live views.
  Object.assign(message, next, { loading: false, editedAt: Date.now(), edits: message.edits + 1 });
  return message;
}
