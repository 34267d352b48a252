// Users acting: builds an interaction (command, autocomplete, component), registers it with the
// tracker, dispatches INTERACTION_CREATE to the owning shard and hands back the test's handle.
import { performance } from 'node:perf_hooks';
import type { APIUser } from 'discord.js';
import type { JsonRecord } from './http-io.ts';
import { autocompleteHandle, interactionHandle } from './interaction-handles.ts';
import { commandData, findComponent, interactionBase, resolveContext, type InteractionContext } from './interaction-payloads.ts';
import { InteractionKind, type InteractionRecord } from './interactions.ts';
import { messagePayload } from './payloads.ts';
import type { ServerContext } from './server-context.ts';
import type { AutocompleteHandle, ComponentInput, InteractionHandle, SendAutocompleteInput, SendCommandInput } from './types.ts';

const SELECT_COMPONENT_TYPES = new Set([3, 5, 6, 7, 8]);

export class InteractionLauncher {
  constructor(
    private readonly ctx: ServerContext,
    private readonly defaultUser: APIUser,
  ) {}

  command(input: SendCommandInput): InteractionHandle {
    const { state, feed } = this.ctx;
    const context = resolveContext(state, input, this.defaultUser);
    const payload = { ...interactionBase(state, context, InteractionKind.Command), data: commandData(state, context, input) };
    return interactionHandle(this.launch(payload, context, null), state, feed);
  }

  autocomplete(input: SendAutocompleteInput): AutocompleteHandle {
    const { state, feed } = this.ctx;
    const context = resolveContext(state, input, this.defaultUser);
    const data = commandData(state, context, input, input.focused);
    const payload = { ...interactionBase(state, context, InteractionKind.Autocomplete), data };
    return autocompleteHandle(this.launch(payload, context, null), state, feed);
  }

  /** A button click (`values` null) or a select menu choice on a message the bot sent. */
  component(input: ComponentInput, values: readonly string[] | null): InteractionHandle {
    const { state, feed } = this.ctx;
    const messageId = typeof input.message === 'string' ? input.message : input.message.id;
    const message = state.messages.get(messageId);
    if (message === undefined || message.deleted) throw new Error(`no live message ${messageId}`);
    const component = findComponent(message.components, input.customId);
    if (component === undefined) {
      throw new Error(`message ${message.id} has no component "${input.customId}"; components: ${JSON.stringify(message.components)}`);
    }
    if (component.disabled === true) throw new Error(`component "${input.customId}" is disabled`);
    const isSelect = SELECT_COMPONENT_TYPES.has(Number(component.type));
    if (isSelect !== (values !== null)) throw new Error(`component "${input.customId}" is ${isSelect ? 'a select menu' : 'not a select menu'}`);
    const where =
      message.guildId === null
        ? { ...input, dm: true, channelId: message.channelId }
        : { ...input, guildId: message.guildId, channelId: message.channelId };
    const context = resolveContext(state, where, this.defaultUser);
    const payload = {
      ...interactionBase(state, context, InteractionKind.Component),
      data: { custom_id: input.customId, component_type: component.type, ...(values === null ? {} : { values: [...values] }) },
      message: messagePayload(state, message),
    };
    return interactionHandle(this.launch(payload, context, message.id), state, feed);
  }

  private launch(payload: JsonRecord, context: InteractionContext, sourceMessageId: string | null): InteractionRecord {
    const record: InteractionRecord = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      payload,
      guildId: context.guild?.id ?? null,
      channelId: context.channel.id,
      user: context.user,
      dispatchedAt: performance.now(),
      dispatchedAtMs: Date.now(),
      sourceMessageId,
      callback: null,
      rejections: [],
      originalId: null,
      followUpIds: [],
    };
    // Registered before the dispatch so that even an instant callback finds it.
    this.ctx.tracker.register(record);
    if (!this.ctx.gateway.dispatch(record.guildId, 'INTERACTION_CREATE', payload)) {
      throw new Error('no client has identified for this shard yet; await discord.waitForReady() first');
    }
    return record;
  }
}
