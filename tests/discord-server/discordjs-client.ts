// Test harness around the local server: connect a real discord.js client to it, collect errors thrown by
// interaction handlers (so tests assert on them instead of losing them), and tear everything down after each test.
import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions, type Interaction } from 'discord.js';
import { afterEach } from 'vitest';
import { startDiscordServer, type DiscordServer, type DiscordServerOptions } from './server.ts';

export interface ConnectOptions extends Partial<ClientOptions> {
  /** Log in with this token instead of `server.token`. */
  readonly token?: string;
}

/** A logged-in, ready client pointed at the server (`rest.api` = `server.apiUrl`). Destroy it after use. */
export async function connectClient(server: DiscordServer, options: ConnectOptions = {}): Promise<Client<true>> {
  const { token, ...clientOptions } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...clientOptions,
    rest: { ...clientOptions.rest, api: server.apiUrl },
  });
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(token ?? server.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return client as Client<true>;
}

export interface HandlerErrors {
  readonly errors: unknown[];
}

/** Runs `handler` for every interaction; whatever it throws is kept in `errors`. */
export function onInteraction(client: Client, handler: (interaction: Interaction) => Promise<unknown>): HandlerErrors {
  const collected: HandlerErrors = { errors: [] };
  client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch((error: unknown) => collected.errors.push(error));
  });
  return collected;
}

/** A channel the bot can post in, from the client's cache (no REST request when cached). */
export async function sendableChannel(client: Client<true>, id: string) {
  const channel = await client.channels.fetch(id);
  if (channel === null || !channel.isSendable()) throw new Error(`channel ${id} is not sendable`);
  return channel;
}

export interface DiscordFixture {
  readonly discord: DiscordServer;
  readonly client: Client<true>;
}

export interface DiscordFixtures {
  /** A server (defaults merged with `options`) and a ready client on it, both closed after the test. */
  start(options?: DiscordServerOptions, client?: ConnectOptions): Promise<DiscordFixture>;
  /** Only a server, closed after the test. */
  startServer(options?: DiscordServerOptions): Promise<DiscordServer>;
  /** Runs `cleanup` after the test (last registered runs first). */
  defer(cleanup: () => unknown): void;
}

/** Call at the top of a test file: registers an afterEach that tears down what each test started. */
export function useDiscordFixtures(defaults: DiscordServerOptions = {}): DiscordFixtures {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    while (cleanups.length > 0) await cleanups.pop()?.();
  });
  const startServer = async (options: DiscordServerOptions = {}): Promise<DiscordServer> => {
    const discord = await startDiscordServer({ ...defaults, ...options });
    cleanups.push(() => discord.close());
    return discord;
  };
  return {
    startServer,
    async start(options = {}, clientOptions = {}) {
      const discord = await startServer(options);
      const client = await connectClient(discord, clientOptions);
      cleanups.push(() => client.destroy());
      return { discord, client };
    },
    defer: (cleanup) => cleanups.push(cleanup),
  };
}
