// Application command registration: validates definitions like Discord (names, descriptions, option
// counts and order, choices) and stores them with stable ids, as a bulk overwrite does.
import type { APIApplicationCommand } from 'discord.js';
import { addFormError, apiErrors, isRecord, type JsonRecord } from './http-io.ts';
import { snowflake } from './snowflake.ts';
import type { DiscordState } from './state.ts';

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const CHAT_INPUT = 1;
const SUBCOMMAND_TYPES = new Set([1, 2]);
const MAX_COMMANDS = 100;
const MAX_OPTIONS = 25;

type Path = (string | number)[];

class Problems {
  readonly tree: JsonRecord = {};
  count = 0;

  add(path: Path, code: string, message: string): void {
    addFormError(this.tree, path, code, message);
    this.count += 1;
  }
}

function checkNameAndDescription(problems: Problems, item: JsonRecord, path: Path, chatInput: boolean): void {
  const name = item.name;
  if (typeof name !== 'string' || !NAME_PATTERN.test(name) || (chatInput && name !== name.toLowerCase())) {
    problems.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  if (!chatInput) return;
  const description = item.description;
  if (typeof description !== 'string' || description.length < 1 || [...description].length > 100) {
    problems.add([...path, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
}

function checkOptions(problems: Problems, options: unknown, path: Path): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) return problems.add(path, 'BASE_TYPE_LIST', 'Must be an array.');
  if (options.length > MAX_OPTIONS) problems.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_OPTIONS} or fewer in length.`);
  let sawOptional = false;
  const names = new Set<string>();
  options.forEach((option: unknown, index) => {
    const optionPath = [...path, index];
    if (!isRecord(option)) return problems.add(optionPath, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    checkNameAndDescription(problems, option, optionPath, true);
    if (typeof option.name === 'string') {
      if (names.has(option.name)) problems.add(optionPath, 'APPLICATION_COMMAND_OPTION_NAME_ALREADY_EXISTS', 'Option name already exists');
      names.add(option.name);
    }
    if (option.required === true && sawOptional) {
      problems.add(optionPath, 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
    }
    if (option.required !== true) sawOptional = true;
    if (Array.isArray(option.choices)) {
      if (option.autocomplete === true) problems.add(optionPath, 'AUTOCOMPLETE_CHOICES_EXCLUSIVE', 'Autocomplete and choices are exclusive');
      if (option.choices.length > MAX_OPTIONS) problems.add([...optionPath, 'choices'], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_OPTIONS} or fewer in length.`);
      option.choices.forEach((choice: unknown, choiceIndex) => {
        const name = isRecord(choice) ? choice.name : undefined;
        if (typeof name !== 'string' || name.length < 1 || [...name].length > 100) {
          problems.add([...optionPath, 'choices', choiceIndex, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
      });
    }
    if (typeof option.type === 'number' && SUBCOMMAND_TYPES.has(option.type)) checkOptions(problems, option.options, [...optionPath, 'options']);
  });
}

/** Throws 50035 with Discord's error tree when a definition is invalid. */
export function validateCommands(body: unknown): JsonRecord[] {
  if (!Array.isArray(body)) throw apiErrors.invalidFormBody({ _errors: [{ code: 'BASE_TYPE_LIST', message: 'Must be an array.' }] });
  const problems = new Problems();
  if (body.length > MAX_COMMANDS) problems.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_COMMANDS} or fewer in length.`);
  const seen = new Set<string>();
  body.forEach((command: unknown, index) => {
    if (!isRecord(command)) return problems.add([index], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    const type = typeof command.type === 'number' ? command.type : CHAT_INPUT;
    checkNameAndDescription(problems, command, [index], type === CHAT_INPUT);
    const key = `${type}:${String(command.name)}`;
    if (seen.has(key)) problems.add([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    seen.add(key);
    checkOptions(problems, command.options, [index, 'options']);
  });
  if (problems.count > 0) throw apiErrors.invalidFormBody(problems.tree);
  return body as JsonRecord[];
}

function stored(state: DiscordState, definition: JsonRecord, id: string, guildId: string | null): APIApplicationCommand {
  const command: JsonRecord = {
    default_member_permissions: null,
    description_localizations: null,
    name_localizations: null,
    nsfw: false,
    contexts: null,
    integration_types: [0],
    ...definition,
    id,
    application_id: state.applicationId,
    type: typeof definition.type === 'number' ? definition.type : CHAT_INPUT,
    description: typeof definition.description === 'string' ? definition.description : '',
    version: snowflake(),
    ...(guildId === null ? {} : { guild_id: guildId }),
  };
  // Shape checked by validateCommands; fields follow APIApplicationCommand.
  return command as unknown as APIApplicationCommand;
}

/** Bulk overwrite: commands keep their id when one with the same name and type existed. */
export function overwriteCommands(state: DiscordState, guildId: string | null, body: unknown): APIApplicationCommand[] {
  const definitions = validateCommands(body);
  const scope = guildId ?? 'global';
  const previous = state.commandsIn(scope);
  const commands = definitions.map((definition) => {
    const type = typeof definition.type === 'number' ? definition.type : CHAT_INPUT;
    const existing = previous.find((c) => c.name === definition.name && Number(c.type) === type);
    return stored(state, definition, existing?.id ?? snowflake(), guildId);
  });
  state.commands.set(scope, commands);
  return commands;
}

/** POST: creates the command, or replaces the one with the same name and type (Discord's upsert). */
export function upsertCommand(state: DiscordState, guildId: string | null, body: unknown): APIApplicationCommand {
  const [definition] = validateCommands([body]);
  const scope = guildId ?? 'global';
  const others = [...state.commandsIn(scope)];
  const type = typeof definition?.type === 'number' ? definition.type : CHAT_INPUT;
  const index = others.findIndex((c) => c.name === definition?.name && Number(c.type) === type);
  const command = stored(state, definition ?? {}, index === -1 ? snowflake() : (others[index]?.id ?? snowflake()), guildId);
  if (index === -1) others.push(command);
  else others[index] = command;
  state.commands.set(scope, others);
  return command;
}
