// The REST front door: records every request, applies forced failures, auth and the global limit,
// routes to a handler, and answers in Discord's format. Unknown routes get 404 and are recorded.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChangeFeed } from './change-feed.ts';
import { ResponseHolds } from './held-responses.ts';
import { apiErrors, DiscordApiError, readBody, writeJson, type ParsedBody } from './http-io.ts';
import type { RateLimiter } from './rate-limits.ts';
import type { RecordedFile, RecordedRequest } from './types.ts';

const API_PREFIX = '/api/v10';

export interface RouteContext {
  /** Path parameters in template order. */
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  readonly method: string;
  readonly path: string;
  readonly now: number;
}

export interface RouteResult {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Route {
  readonly method: string;
  readonly template: string;
  readonly pattern: RegExp;
  /** Interaction callbacks and webhooks use their token instead of the bot's, and skip the global limit. */
  readonly auth: 'bot' | 'none';
  readonly handle: (context: RouteContext) => RouteResult;
}

/** A route from a template such as `/channels/:id/messages`; every `:name` matches one path segment. */
export function route(method: string, template: string, handle: Route['handle'], auth: Route['auth'] = 'bot'): Route {
  const source = template
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '([^/]+)' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { method, template, pattern: new RegExp(`^${source}$`), auth, handle };
}

export interface RestOptions {
  readonly routes: readonly Route[];
  readonly limiter: RateLimiter;
  readonly feed: ChangeFeed;
  isValidToken(token: string): boolean;
}

export class RestApi {
  readonly requests: RecordedRequest[] = [];
  readonly unhandled: RecordedRequest[] = [];
  readonly authorizations = new Set<string>();
  /** Answers to keep back instead of sending (see held-responses.ts). */
  readonly holds = new ResponseHolds();

  constructor(private readonly options: RestOptions) {}

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname.startsWith(`${API_PREFIX}/`) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const authorization = req.headers.authorization ?? null;
    if (authorization !== null) this.authorizations.add(authorization);
    let parsed: ParsedBody = { json: undefined, files: [] };
    let bodyError: DiscordApiError | null = null;
    try {
      parsed = await readBody(req);
    } catch (error) {
      bodyError = error instanceof DiscordApiError ? error : apiErrors.invalidJson();
    }
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      route: null,
      body: parsed.json,
      files: parsed.files,
      authorization,
      at: Date.now(),
      status: 0,
      errorCode: null,
    };
    this.requests.push(record);
    const { status, body, headers } = this.answer(record, url, bodyError, parsed, !url.pathname.startsWith(`${API_PREFIX}/`));
    record.status = status;
    record.errorCode = typeof body === 'object' && body !== null && 'code' in body ? Number(body.code) : null;
    const send = (): void => {
      // A held answer may be released after the client has gone: there is nobody left to tell.
      if (!res.destroyed) writeJson(res, status, body, headers);
    };
    if (!this.holds.hold(record, send)) send();
    this.options.feed.notify();
  }

  private answer(
    record: RecordedRequest,
    url: URL,
    bodyError: DiscordApiError | null,
    parsed: ParsedBody,
    outsideApi: boolean,
  ): { status: number; body: unknown; headers: Readonly<Record<string, string>> } {
    const now = Date.now();
    try {
      const forced = this.options.limiter.forcedFailure(record.method, record.path, now);
      if (forced !== null) throw forced;
      const matched = outsideApi ? undefined : this.match(record.method, record.path);
      if (matched === undefined) {
        this.unhandled.push(record);
        throw apiErrors.notFound();
      }
      record.route = `${record.method} ${matched.route.template}`;
      if (bodyError !== null) throw bodyError;
      if (matched.route.auth === 'bot') {
        this.checkAuthorization(record.authorization);
        this.options.limiter.takeGlobal(record.method, record.path, now);
      }
      const result = matched.route.handle({
        params: matched.params,
        query: url.searchParams,
        body: parsed.json,
        files: parsed.files,
        method: record.method,
        path: record.path,
        now,
      });
      return { status: result.status ?? (result.body === undefined ? 204 : 200), body: result.body, headers: result.headers ?? {} };
    } catch (error) {
      if (error instanceof DiscordApiError) return { status: error.status, body: error.body, headers: error.headers };
      // A bug in this server, not in the bot: make it loud and visible in `unhandled`.
      console.error('[discord-server] handler crashed', record.method, record.path, error);
      this.unhandled.push(record);
      return { status: 500, body: { code: 0, message: '500: Internal Server Error' }, headers: {} };
    }
  }

  private match(method: string, path: string): { route: Route; params: string[] } | undefined {
    for (const candidate of this.options.routes) {
      if (candidate.method !== method) continue;
      const found = candidate.pattern.exec(path);
      if (found !== null) return { route: candidate, params: found.slice(1).map((p) => decodeURIComponent(p)) };
    }
    return undefined;
  }

  private checkAuthorization(authorization: string | null): void {
    const token = /^Bot\s+(.+)$/i.exec(authorization ?? '')?.[1];
    if (token === undefined || !this.options.isValidToken(token)) throw apiErrors.unauthorized();
  }
}
