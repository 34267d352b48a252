// Held answers: a matching request is handled in full (a posted message is stored, its nonce remembered) but
// its HTTP answer is kept back until released. That is the moment a crash hurts most: Discord has the message,
// the bot has not heard so. Tests kill the client while the answer is held, then check what a restart does.
import type { RecordedRequest } from './types.ts';

export interface HoldRule {
  /** Any method when omitted. */
  readonly method?: string;
  /** Matched against the path after `/api/v10` (a string must match it exactly). */
  readonly route: RegExp | string;
  /** How many matching requests to hold. Default 1. */
  readonly times?: number;
}

export interface HeldResponse {
  /** The request as recorded; its `status` is the answer that is being held back. */
  readonly request: RecordedRequest;
  readonly released: boolean;
  /** Sends the held answer now (a no-op the second time, or if the client has gone). */
  release(): void;
}

interface ActiveRule {
  readonly rule: HoldRule;
  remaining: number;
  /** What this rule has held so far. */
  readonly held: HeldResponse[];
}

export class ResponseHolds {
  private readonly rules: ActiveRule[] = [];

  /** Holds the next `times` matching answers; the returned list is live and fills as they are held. */
  add(rule: HoldRule): readonly HeldResponse[] {
    const active: ActiveRule = { rule, remaining: rule.times ?? 1, held: [] };
    this.rules.push(active);
    return active.held;
  }

  /**
   * Holds this request's answer if a rule matches (using up one of its `times`): `send` (which writes the
   * answer) then waits for release. Returns whether it was held; if not, the caller sends at once.
   */
  hold(request: RecordedRequest, send: () => void): boolean {
    const active = this.rules.find(({ rule, remaining }) => {
      if (remaining <= 0) return false;
      if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) return false;
      return typeof rule.route === 'string' ? rule.route === request.path : rule.route.test(request.path);
    });
    if (active === undefined) return false;
    active.remaining -= 1;
    active.held.push(keep(request, send));
    return true;
  }
}

function keep(request: RecordedRequest, send: () => void): HeldResponse {
  let released = false;
  return {
    request,
    get released() {
      return released;
    },
    release() {
      if (released) return;
      released = true;
      send();
    },
  };
}
