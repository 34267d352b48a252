// The renderer's output: plain objects in Discord's raw API JSON shape (snake_case), so nothing here needs discord.js.
// Arrays are deliberately mutable: discord.js's APIEmbed/APIActionRowComponent types use mutable arrays,
// and a readonly array would not be assignable to them.

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  url?: string;
  /** 0xRRGGBB as an integer. */
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
  author?: { name: string };
  /** ISO-8601. */
  timestamp?: string;
}

/** Discord's component types and button styles (raw API numbers). */
export const ComponentTypeId = { ActionRow: 1, Button: 2 } as const;
export const ButtonStyleId = { Primary: 1, Secondary: 2, Success: 3, Danger: 4 } as const;

export interface Button {
  type: typeof ComponentTypeId.Button;
  style: (typeof ButtonStyleId)[keyof typeof ButtonStyleId];
  custom_id: string;
  label: string;
  disabled?: boolean;
}

export interface ActionRow {
  type: typeof ComponentTypeId.ActionRow;
  components: Button[];
}

/** `parse: []`: nobody is pinged, whatever the text says. */
export interface AllowedMentions {
  parse: never[];
}

export interface MessagePayload {
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  allowed_mentions: AllowedMentions;
  flags?: number;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

/**
 * Every payload carries this. Returned fresh each time so no caller can mutate a shared object.
 * (A frozen constant would be shared, but discord.js and tests may spread or mutate payloads.)
 */
export function noMentions(): AllowedMentions {
  return { parse: [] };
}

/** The value every payload's `allowed_mentions` equals. Frozen: copy it (or call `noMentions()`) before handing it out. */
export const NO_MENTIONS: Readonly<AllowedMentions> = Object.freeze({ parse: Object.freeze([]) as never[] });

/** Brand colours: one for content, one for problems, so users can tell them apart at a glance. */
export const BRAND_COLOR = 0x3b82f6;
export const ERROR_COLOR = 0xdc2626;
