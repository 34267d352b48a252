// Reading request bodies and writing responses the way Discord does (JSON everywhere, multipart with
// `payload_json` when discord.js attaches files), plus the error values route handlers throw.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RecordedFile } from './types.ts';

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds one error to Discord's nested `errors` tree: `{ embeds: { 0: { title: { _errors: [...] } } } }`. */
export function addFormError(tree: JsonRecord, path: readonly (string | number)[], code: string, message: string): void {
  let node = tree;
  for (const part of path) {
    const key = String(part);
    const child = node[key];
    node = isRecord(child) ? child : ((node[key] = {}));
  }
  const errors = Array.isArray(node._errors) ? (node._errors as unknown[]) : ((node._errors = []) as unknown[]);
  errors.push({ code, message });
}

/** A Discord error response. Route handlers throw it; the router turns it into the HTTP answer. */
export class DiscordApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: JsonRecord,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
  }
}

/** The error bodies Discord answers with, by name, so handlers read like the API docs. */
export const apiErrors = {
  notFound: () => new DiscordApiError(404, { code: 0, message: '404: Not Found' }),
  unauthorized: () => new DiscordApiError(401, { code: 0, message: '401: Unauthorized' }),
  unknownChannel: () => new DiscordApiError(404, { code: 10003, message: 'Unknown Channel' }),
  unknownGuild: () => new DiscordApiError(404, { code: 10004, message: 'Unknown Guild' }),
  unknownMessage: () => new DiscordApiError(404, { code: 10008, message: 'Unknown Message' }),
  unknownWebhook: () => new DiscordApiError(404, { code: 10015, message: 'Unknown Webhook' }),
  unknownInteraction: () => new DiscordApiError(404, { code: 10062, message: 'Unknown interaction' }),
  alreadyAcknowledged: () =>
    new DiscordApiError(400, { code: 40060, message: 'Interaction has already been acknowledged.' }),
  missingPermissions: () => new DiscordApiError(403, { code: 50013, message: 'Missing Permissions' }),
  emptyMessage: () => new DiscordApiError(400, { code: 50006, message: 'Cannot send an empty message' }),
  invalidWebhookToken: () => new DiscordApiError(401, { code: 50027, message: 'Invalid Webhook Token' }),
  invalidJson: () => new DiscordApiError(400, { code: 50109, message: 'The request body contains invalid JSON.' }),
  invalidFormBody: (errors: JsonRecord) =>
    new DiscordApiError(400, { code: 50035, message: 'Invalid Form Body', errors }),
  serverError: (status: number) =>
    new DiscordApiError(status, { code: 0, message: `${status}: ${status === 500 ? 'Internal Server Error' : 'Server Error'}` }),
};

export interface ParsedBody {
  readonly json: unknown;
  readonly files: readonly RecordedFile[];
}

export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return parseBody(Buffer.concat(chunks), req.headers['content-type'] ?? '');
}

/** A JSON body, or a multipart one (discord.js with files) whose `payload_json` part is the JSON. */
export function parseBody(raw: Buffer, contentType: string): ParsedBody {
  if (raw.length === 0) return { json: undefined, files: [] };
  if (contentType.startsWith('multipart/form-data')) return parseMultipartBody(raw, contentType);
  return { json: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw apiErrors.invalidJson();
  }
}

interface Part {
  readonly name: string;
  readonly filename: string | null;
  readonly contentType: string | null;
  readonly content: Buffer;
}

function parseMultipartBody(raw: Buffer, contentType: string): ParsedBody {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundaryText = boundary?.[1] ?? boundary?.[2];
  if (boundaryText === undefined) throw apiErrors.invalidJson();
  let json: unknown = undefined;
  const files: RecordedFile[] = [];
  for (const part of splitMultipart(raw, boundaryText.trim())) {
    if (part.filename === null) {
      if (part.name === 'payload_json') json = parseJson(part.content.toString('utf8'));
      continue;
    }
    files.push({ field: part.name, filename: part.filename, contentType: part.contentType, size: part.content.length });
  }
  return { json, files };
}

function splitMultipart(raw: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let position = raw.indexOf(delimiter);
  while (position !== -1) {
    const start = position + delimiter.length;
    if (raw.subarray(start, start + 2).toString('latin1') === '--') break;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    // Each part sits between "\r\n" after its delimiter and "\r\n" before the next one.
    const part = raw.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      parts.push({
        name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
        filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null,
        contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim() ?? null,
        content: part.subarray(headerEnd + 4),
      });
    }
    position = next;
  }
  return parts;
}

export function writeJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status === 200 ? 204 : status, headers);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}
