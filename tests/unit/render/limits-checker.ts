// The one referee for Discord's limits, used by every render test: it lists every rule a payload breaks.
// It is written from Discord's documentation, not from the renderer's code, so the two can disagree.
import type { AutocompleteChoice, Embed, MessagePayload } from '../../../src/render/payload.ts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const LIVE_MENTION = /@(?:everyone|here)|<[@#]/iu;

/** Every string anywhere inside a value (keys excluded). */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

/** Shown texts must not be blank (Discord rejects them); ids only need a length of at least 1. */
function checkText(problems: string[], where: string, text: string | undefined, max: number, required: boolean, shown = true): void {
  if (text === undefined) {
    if (required) problems.push(`${where} is missing`);
    return;
  }
  if (text.length > max) problems.push(`${where} is ${text.length} > ${max} characters`);
  if (shown ? text.trim().length === 0 : text.length === 0) problems.push(`${where} is empty${shown ? ' or blank' : ''}`);
}

function embedCount(embed: Embed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) total += f.name.length + f.value.length;
  return total;
}

function checkEmbed(problems: string[], embed: Embed, i: number): void {
  const at = `embeds[${i}]`;
  checkText(problems, `${at}.title`, embed.title, 256, false);
  checkText(problems, `${at}.description`, embed.description, 4096, false);
  checkText(problems, `${at}.footer.text`, embed.footer?.text, 2048, embed.footer !== undefined);
  checkText(problems, `${at}.author.name`, embed.author?.name, 256, embed.author !== undefined);
  const fields = embed.fields ?? [];
  if (fields.length > 25) problems.push(`${at} has ${fields.length} > 25 fields`);
  fields.forEach((f, j) => {
    checkText(problems, `${at}.fields[${j}].name`, f.name, 256, true);
    checkText(problems, `${at}.fields[${j}].value`, f.value, 1024, true);
  });
  if (embed.title === undefined && embed.description === undefined && fields.length === 0) problems.push(`${at} is empty`);
  if (embed.url !== undefined && !/^https?:\/\/\S+$/u.test(embed.url)) problems.push(`${at}.url is not an http(s) URL`);
  if (embed.url !== undefined && embed.url.length > 2048) problems.push(`${at}.url is too long`);
  if (embed.timestamp !== undefined && Number.isNaN(Date.parse(embed.timestamp))) problems.push(`${at}.timestamp is not a date`);
  if (embed.color !== undefined && !(Number.isInteger(embed.color) && embed.color >= 0 && embed.color <= 0xffffff)) {
    problems.push(`${at}.color is not 0xRRGGBB`);
  }
}

/** Every Discord rule the payload breaks (empty when it is legal). */
export function limitViolations(payload: MessagePayload): string[] {
  const problems: string[] = [];
  const mentions = payload.allowed_mentions as unknown;
  if (JSON.stringify(mentions) !== '{"parse":[]}') problems.push('allowed_mentions is not { parse: [] }');
  checkText(problems, 'content', payload.content, 2000, false);
  const embeds = payload.embeds ?? [];
  if (payload.content === undefined && embeds.length === 0) problems.push('message has neither content nor embeds');
  if (embeds.length > 10) problems.push(`${embeds.length} > 10 embeds`);
  embeds.forEach((embed, i) => checkEmbed(problems, embed, i));
  const total = embeds.reduce((sum, e) => sum + embedCount(e), 0);
  if (total > 6000) problems.push(`embeds total ${total} > 6000 characters`);
  const rows = payload.components ?? [];
  if (rows.length > 5) problems.push(`${rows.length} > 5 action rows`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    if (row.type !== 1) problems.push(`components[${r}] is not an action row`);
    if (row.components.length === 0 || row.components.length > 5) problems.push(`components[${r}] has ${row.components.length} buttons`);
    row.components.forEach((b, c) => {
      const at = `components[${r}][${c}]`;
      if (b.type !== 2 || ![1, 2, 3, 4].includes(b.style)) problems.push(`${at} is not a button with a custom id`);
      checkText(problems, `${at}.label`, b.label, 80, true);
      checkText(problems, `${at}.custom_id`, b.custom_id, 100, true, false);
      if (ids.has(b.custom_id)) problems.push(`${at}.custom_id is a duplicate`);
      ids.add(b.custom_id);
    });
  });
  for (const text of allStrings(payload)) {
    if (LONE_SURROGATE.test(text)) problems.push(`a string holds a lone surrogate: ${JSON.stringify(text.slice(0, 40))}`);
  }
  return problems;
}

/** Throws (failing the test or property) with every broken rule listed. */
export function assertWithinDiscordLimits(payload: MessagePayload): void {
  const problems = limitViolations(payload);
  if (problems.length > 0) throw new Error(`payload breaks Discord's limits:\n- ${problems.join('\n- ')}`);
}

/** Every string a person is shown: custom ids (button state) are never displayed, so they are left out. */
function shownStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(shownStrings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (key === 'custom_id' ? [] : shownStrings(v)));
  return [];
}

/** Shown strings of the payload in which a mention would still parse (`@everyone`, `@here`, `<@…>`, `<#…>`). */
export function liveMentions(payload: unknown): string[] {
  return shownStrings(payload).filter((text) => LIVE_MENTION.test(text));
}

export function assertNoLiveMentions(payload: unknown): void {
  const live = liveMentions(payload);
  if (live.length > 0) throw new Error(`live mention survived in: ${JSON.stringify(live[0]?.slice(0, 200))}`);
}

/** Both of the above, the check every render property runs. */
export function assertSafePayload(payload: MessagePayload): void {
  assertWithinDiscordLimits(payload);
  assertNoLiveMentions(payload);
}

export function autocompleteViolations(choices: readonly AutocompleteChoice[]): string[] {
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} > 25 choices`);
  choices.forEach((c, i) => {
    checkText(problems, `choices[${i}].name`, c.name, 100, true);
    if (c.value.length > 100) problems.push(`choices[${i}].value is ${c.value.length} > 100 characters`);
    if (LONE_SURROGATE.test(c.name) || LONE_SURROGATE.test(c.value)) problems.push(`choices[${i}] holds a lone surrogate`);
  });
  return problems;
}
