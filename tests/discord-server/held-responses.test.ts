// Held answers: the server does the work of a request but keeps the answer back, as if the client crashed
// between Discord accepting a message and hearing so. Driven with plain fetch so a test can abandon a request.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { snowflake, startDiscordServer, type DiscordServer } from './server.ts';

const NEWS = snowflake();
const OTHER = snowflake();
const servers: DiscordServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(): Promise<DiscordServer> {
  const server = await startDiscordServer({ guilds: [{ name: 'Newsroom', channels: [{ id: NEWS, name: 'news' }, { id: OTHER, name: 'other' }] }] });
  servers.push(server);
  return server;
}

function post(server: DiscordServer, channelId: string, body: object, signal?: AbortSignal): Promise<Response> {
  return fetch(`${server.apiUrl}/v10/channels/${channelId}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bot ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
}

/** Whether `promise` settles within `ms` (it is not cancelled either way). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true, () => true), sleep(ms).then(() => false)]);
}

describe('held responses', () => {
  it('store the message at once but answer only when released, with that same message', async () => {
    const server = await start();
    const held = server.holdResponses({ method: 'POST', route: `/channels/${NEWS}/messages` });

    const answer = post(server, NEWS, { content: 'hello' });
    const [stored] = await server.waitForMessages(NEWS, 1);

    expect(held).toHaveLength(1);
    expect(held[0]?.request.status).toBe(200);
    expect(await settlesWithin(answer, 150)).toBe(false);
    held[0]?.release();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe(stored?.id);
  });

  it('hold only `times` matching requests; other routes and later requests are answered at once', async () => {
    const server = await start();
    const held = server.holdResponses({ route: /^\/channels\/\d+\/messages$/, method: 'POST', times: 2 });

    const first = post(server, NEWS, { content: 'one' });
    const second = post(server, OTHER, { content: 'two' });
    await server.waitForMessages(OTHER, 1);
    const fetched = await fetch(`${server.apiUrl}/v10/channels/${NEWS}`, { headers: { Authorization: `Bot ${server.token}` } });
    const third = await post(server, NEWS, { content: 'three' });

    expect(fetched.status).toBe(200);
    expect(third.status).toBe(200);
    expect(held.map((h) => (h.request.body as { content: string }).content).sort()).toEqual(['one', 'two']);
    for (const h of held) h.release();
    expect((await Promise.all([first, second])).map((r) => r.status)).toEqual([200, 200]);
  });

  it('let a client that gave up retry with the same enforced nonce and get the one message back', async () => {
    const server = await start();
    const held = server.holdResponses({ method: 'POST', route: `/channels/${NEWS}/messages` });
    const body = { content: 'digest', nonce: 'k7m2qx-tbq3k0-0', enforce_nonce: true };
    const abandoned = new AbortController();

    const first = post(server, NEWS, body, abandoned.signal).catch((err: unknown) => err);
    await server.waitForMessages(NEWS, 1);
    abandoned.abort();
    await first;
    const retry = await post(server, NEWS, body);
    held[0]?.release(); // the first client is gone: releasing must not break the server

    expect(retry.status).toBe(200);
    expect(((await retry.json()) as { id: string }).id).toBe(server.messages(NEWS)[0]?.id);
    expect(server.messages(NEWS)).toHaveLength(1);
    expect(server.unhandled).toEqual([]);
  });
});
