// Discord's hard limits, in one place: every renderer budgets against these names, never against bare numbers.
// Lengths are UTF-16 code units (JavaScript `.length`), which is how Discord counts them.

/** Message `content`. */
export const CONTENT_LIMIT = 2000;

export const EMBED_TITLE_LIMIT = 256;
export const EMBED_DESCRIPTION_LIMIT = 4096;
export const EMBED_FIELD_NAME_LIMIT = 256;
export const EMBED_FIELD_VALUE_LIMIT = 1024;
export const EMBED_FOOTER_TEXT_LIMIT = 2048;
export const EMBED_AUTHOR_NAME_LIMIT = 256;
export const EMBED_FIELD_COUNT_LIMIT = 25;
/** Sum of title, description, field names and values, footer text and author name over ALL embeds of one message. */
export const EMBED_TOTAL_LIMIT = 6000;
export const EMBEDS_PER_MESSAGE_LIMIT = 10;

export const AUTOCOMPLETE_CHOICE_LIMIT = 25;
export const AUTOCOMPLETE_NAME_LIMIT = 100;
export const AUTOCOMPLETE_VALUE_LIMIT = 100;

export const BUTTON_LABEL_LIMIT = 80;
export const CUSTOM_ID_LIMIT = 100;
/** Action rows per message and buttons per action row. */
export const ACTION_ROWS_PER_MESSAGE_LIMIT = 5;
export const BUTTONS_PER_ROW_LIMIT = 5;

/** Discord rejects embed URLs longer than this. */
export const EMBED_URL_LIMIT = 2048;
