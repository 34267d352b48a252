// Autocomplete answers: Discord rejects the whole response if any choice breaks a limit, so every one is clamped.
import { AUTOCOMPLETE_CHOICE_LIMIT, AUTOCOMPLETE_NAME_LIMIT, AUTOCOMPLETE_VALUE_LIMIT } from './limits.ts';
import type { AutocompleteChoice } from './payload.ts';
import { collapseWhitespace, toWellFormed, truncate } from './text.ts';

/**
 * At most 25 choices, names shortened to 100 characters with "…" (on one line), values cut to 100 characters.
 * A value is a key the bot gets back, not prose: it is cut without "…" so a prefix lookup can still find it.
 */
export function renderAutocompleteChoices(choices: readonly AutocompleteChoice[]): AutocompleteChoice[] {
  return choices.slice(0, AUTOCOMPLETE_CHOICE_LIMIT).map(({ name, value }) => {
    const cleanValue = cutValue(toWellFormed(value));
    // Names are shown verbatim (no markdown), so they are only tidied; a blank name falls back to the value.
    const shownName = collapseWhitespace(toWellFormed(name)) || collapseWhitespace(cleanValue) || '…';
    return { name: truncate(shownName, AUTOCOMPLETE_NAME_LIMIT), value: cleanValue };
  });
}

/** The first 100 UTF-16 units, one fewer if that would split a surrogate pair. */
function cutValue(value: string): string {
  if (value.length <= AUTOCOMPLETE_VALUE_LIMIT) return value;
  const code = value.charCodeAt(AUTOCOMPLETE_VALUE_LIMIT - 1);
  const splitsPair = code >= 0xd800 && code <= 0xdbff;
  return value.slice(0, splitsPair ? AUTOCOMPLETE_VALUE_LIMIT - 1 : AUTOCOMPLETE_VALUE_LIMIT);
}
