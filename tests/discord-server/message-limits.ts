// Discord's message limits, checked like the API does, so a renderer bug fails a test with 50035 instead of
// passing locally and failing in production. Lengths count Unicode code points, as Discord does.
import { addFormError, isRecord, type JsonRecord } from './http-io.ts';

type PathPart = string | number;

interface Issue {
  readonly path: readonly PathPart[];
  readonly code: string;
  readonly message: string;
}

const COMPONENTS_V2_FLAG = 1 << 15;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);
const LINK_STYLE = 5;
const PREMIUM_STYLE = 6;

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
  choices: 25,
  choiceText: 100,
} as const;

class IssueList {
  readonly issues: Issue[] = [];

  add(path: readonly PathPart[], code: string, message: string): void {
    this.issues.push({ path, code, message });
  }

  /** Checks an optional (or required) string and returns its length for the embed total. */
  text(value: unknown, path: readonly PathPart[], max: number, required = false): number {
    if (value === undefined || value === null || (required && typeof value === 'string' && value.trim() === '')) {
      if (required) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return 0;
    }
    if (typeof value !== 'string') {
      this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
      return 0;
    }
    const length = [...value].length;
    if (length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    return length;
  }

  url(value: unknown, path: readonly PathPart[], allowAttachment: boolean): void {
    if (value === undefined || value === null) return;
    const schemes = allowAttachment ? /^(https?|attachment):\/\/\S+$/ : /^https?:\/\/\S+$/;
    if (typeof value !== 'string' || !schemes.test(value)) this.add(path, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
  }

  array(value: unknown, path: readonly PathPart[], max: number): readonly unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.add(path, 'BASE_TYPE_LIST', 'Must be an array.');
      return [];
    }
    if (value.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    return value as unknown[];
  }

  /** Discord's nested error object, or null when nothing is wrong. */
  toErrorTree(): JsonRecord | null {
    if (this.issues.length === 0) return null;
    const tree: JsonRecord = {};
    for (const issue of this.issues) addFormError(tree, issue.path, issue.code, issue.message);
    return tree;
  }
}

function checkEmbed(list: IssueList, embed: unknown, path: readonly PathPart[]): number {
  if (!isRecord(embed)) {
    list.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return 0;
  }
  let total = list.text(embed.title, [...path, 'title'], LIMITS.title);
  total += list.text(embed.description, [...path, 'description'], LIMITS.description);
  list.url(embed.url, [...path, 'url'], false);
  if (embed.color !== undefined && embed.color !== null) {
    const color = embed.color;
    if (typeof color !== 'number' || !Number.isInteger(color) || color < 0 || color > 0xffffff) {
      list.add([...path, 'color'], 'NUMBER_TYPE_MAX', 'int value should be between 0 and 16777215.');
    }
  }
  if (embed.timestamp !== undefined && (typeof embed.timestamp !== 'string' || Number.isNaN(Date.parse(embed.timestamp)))) {
    list.add([...path, 'timestamp'], 'DATE_TIME_TYPE_PARSE', 'Could not parse timestamp. Should be ISO8601.');
  }
  if (isRecord(embed.footer)) {
    total += list.text(embed.footer.text, [...path, 'footer', 'text'], LIMITS.footer, true);
    list.url(embed.footer.icon_url, [...path, 'footer', 'icon_url'], true);
  }
  if (isRecord(embed.author)) {
    total += list.text(embed.author.name, [...path, 'author', 'name'], LIMITS.authorName, true);
    list.url(embed.author.url, [...path, 'author', 'url'], false);
    list.url(embed.author.icon_url, [...path, 'author', 'icon_url'], true);
  }
  for (const media of ['image', 'thumbnail'] as const) {
    const value = embed[media];
    if (isRecord(value)) list.url(value.url, [...path, media, 'url'], true);
  }
  list.array(embed.fields, [...path, 'fields'], LIMITS.fields).forEach((field, index) => {
    const fieldPath = [...path, 'fields', index];
    if (!isRecord(field)) {
      list.add(fieldPath, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    total += list.text(field.name, [...fieldPath, 'name'], LIMITS.fieldName, true);
    total += list.text(field.value, [...fieldPath, 'value'], LIMITS.fieldValue, true);
  });
  return total;
}

function checkActionRows(list: IssueList, rows: unknown): void {
  const seenIds = new Set<string>();
  list.array(rows, ['components'], LIMITS.actionRows).forEach((row, rowIndex) => {
    const rowPath = ['components', rowIndex];
    if (!isRecord(row) || row.type !== 1) {
      list.add(rowPath, 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
      return;
    }
    const children = list.array(row.components, [...rowPath, 'components'], LIMITS.rowComponents);
    if (children.length === 0) list.add([...rowPath, 'components'], 'BASE_TYPE_MIN_LENGTH', 'Must be 1 or more in length.');
    children.forEach((child, index) => {
      const path = [...rowPath, 'components', index];
      if (!isRecord(child)) return list.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      if (SELECT_TYPES.has(Number(child.type)) && children.length > 1) {
        list.add(path, 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
      }
      const needsCustomId = !(child.type === 2 && (child.style === LINK_STYLE || child.style === PREMIUM_STYLE));
      if (needsCustomId) {
        list.text(child.custom_id, [...path, 'custom_id'], LIMITS.customId, true);
        if (typeof child.custom_id === 'string') {
          if (seenIds.has(child.custom_id)) {
            list.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
          }
          seenIds.add(child.custom_id);
        }
      } else if (child.style === LINK_STYLE) {
        list.url(child.url, [...path, 'url'], false);
        if (child.url === undefined) list.add([...path, 'url'], 'BASE_TYPE_REQUIRED', 'This field is required');
      }
      if (child.type === 2) list.text(child.label, [...path, 'label'], LIMITS.buttonLabel);
      if (child.type === 3) {
        list.array(child.options, [...path, 'options'], LIMITS.choices).forEach((option, optionIndex) => {
          const optionPath = [...path, 'options', optionIndex];
          if (!isRecord(option)) return;
          list.text(option.label, [...optionPath, 'label'], LIMITS.choiceText, true);
          list.text(option.value, [...optionPath, 'value'], LIMITS.choiceText, true);
        });
      }
    });
  });
}

/**
 * Errors in a message create/edit body, as Discord's `errors` tree, or null when it is valid.
 * Emptiness (50006) is checked separately on the resulting message, since an edit may omit fields.
 */
export function messageBodyErrors(body: JsonRecord): JsonRecord | null {
  const list = new IssueList();
  list.text(body.content, ['content'], LIMITS.content);
  let embedTotal = 0;
  list.array(body.embeds, ['embeds'], LIMITS.embeds).forEach((embed, index) => {
    embedTotal += checkEmbed(list, embed, ['embeds', index]);
  });
  if (embedTotal > LIMITS.embedTotal) {
    list.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
  }
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  if ((flags & COMPONENTS_V2_FLAG) === 0) checkActionRows(list, body.components);
  else list.array(body.components, ['components'], 40);
  if (body.allowed_mentions !== undefined && body.allowed_mentions !== null && !isRecord(body.allowed_mentions)) {
    list.add(['allowed_mentions'], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
  }
  return list.toErrorTree();
}

/** Errors in an autocomplete result (`data.choices`), or null when valid. */
export function choicesErrors(data: unknown): JsonRecord | null {
  const list = new IssueList();
  const choices = isRecord(data) ? data.choices : undefined;
  if (choices === undefined) list.add(['data', 'choices'], 'BASE_TYPE_REQUIRED', 'This field is required');
  list.array(choices, ['data', 'choices'], LIMITS.choices).forEach((choice, index) => {
    const path = ['data', 'choices', index];
    if (!isRecord(choice)) return list.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    list.text(choice.name, [...path, 'name'], LIMITS.choiceText, true);
    if (typeof choice.value === 'string') list.text(choice.value, [...path, 'value'], LIMITS.choiceText);
    else if (typeof choice.value !== 'number') list.add([...path, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
  });
  return list.toErrorTree();
}
