// What users see when something fails: their mistake explained, or ours acknowledged with a reference to quote.
import { CONTENT_LIMIT } from './limits.ts';
import { noMentions } from './payload.ts';
import type { MessagePayload } from './payload.ts';
import { inlineText } from './safe-text.ts';

const WARNING_PREFIX = '⚠️ ';
/** References are log correlation ids; anything else in one is dropped so it cannot carry text into the message. */
const REF_PATTERN = /[^A-Za-z0-9_-]/gu;
const REF_LIMIT = 40;

/** A problem the user can fix ("No article matches …"). `message` is plain text and is escaped. */
export function renderUserError(message: string): MessagePayload {
  const text = inlineText(message, CONTENT_LIMIT - WARNING_PREFIX.length, 'That request could not be completed.');
  return { content: `${WARNING_PREFIX}${text}`, allowed_mentions: noMentions() };
}

/** A failure on our side: no details (they are in the log under `ref`), just what to do next. */
export function renderInternalError(ref: string): MessagePayload {
  const cleanRef = ref.replace(REF_PATTERN, '').slice(0, REF_LIMIT) || 'unknown';
  return {
    content: `Something went wrong (ref ${cleanRef}). It has been logged; please try again in a moment.`,
    allowed_mentions: noMentions(),
  };
}
