// Buttons in raw API shape. Custom ids are the bot's own routing keys, so a bad one is a programming error
// and throws here, long before Discord would reject the whole message.
import { BUTTON_LABEL_LIMIT, CUSTOM_ID_LIMIT } from './limits.ts';
import { ButtonStyleId, ComponentTypeId } from './payload.ts';
import type { ActionRow, Button } from './payload.ts';
import { verbatimText } from './safe-text.ts';

export function button(customId: string, label: string, disabled = false): Button {
  if (customId.length === 0 || customId.length > CUSTOM_ID_LIMIT) {
    throw new RangeError(`custom_id must be 1 to ${CUSTOM_ID_LIMIT} characters, got ${customId.length}`);
  }
  return {
    type: ComponentTypeId.Button,
    style: ButtonStyleId.Secondary,
    custom_id: customId,
    label: verbatimText(label, BUTTON_LABEL_LIMIT, '…'),
    disabled,
  };
}

/** "Previous" and "Next", each disabled when there is nowhere to go. Discord requires distinct custom ids. */
export function previousNextRow(
  ids: { prevId: string; nextId: string },
  canGoBack: boolean,
  canGoForward: boolean,
): ActionRow {
  if (ids.prevId === ids.nextId) throw new RangeError('prevId and nextId must differ: Discord rejects duplicate custom_ids');
  return {
    type: ComponentTypeId.ActionRow,
    components: [button(ids.prevId, 'Previous', !canGoBack), button(ids.nextId, 'Next', !canGoForward)],
  };
}
