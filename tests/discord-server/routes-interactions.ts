// Interaction routes, authenticated by the interaction token rather than the bot token:
// the callback, @original and follow-ups through the interaction webhook.
import { messagePayload } from './payloads.ts';
import { route, type Route, type RouteContext } from './rest.ts';
import type { ServerContext } from './server-context.ts';

const param = (c: RouteContext, index: number): string => c.params[index] ?? '';

export function interactionRoutes(ctx: ServerContext): Route[] {
  const { state, tracker } = ctx;
  const webhook = (c: RouteContext) => tracker.webhook(param(c, 0), param(c, 1));

  return [
    route(
      'POST',
      '/interactions/:id/:token/callback',
      (c) => tracker.callback(param(c, 0), param(c, 1), c.body, c.files, c.query.get('with_response') === 'true'),
      'none',
    ),
    route(
      'POST',
      '/webhooks/:app/:token',
      (c) => {
        const message = tracker.followUp(webhook(c), c.body, c.files);
        // Without `wait=true` Discord answers 204 and the caller never sees the message.
        return c.query.get('wait') === 'true' ? { body: messagePayload(state, message) } : { status: 204 };
      },
      'none',
    ),
    route(
      'GET',
      '/webhooks/:app/:token/messages/:message',
      (c) => ({ body: messagePayload(state, tracker.message(webhook(c), param(c, 2))) }),
      'none',
    ),
    route(
      'PATCH',
      '/webhooks/:app/:token/messages/:message',
      (c) => ({ body: messagePayload(state, tracker.edit(webhook(c), param(c, 2), c.body, c.files)) }),
      'none',
    ),
    route(
      'DELETE',
      '/webhooks/:app/:token/messages/:message',
      (c) => {
        tracker.delete(webhook(c), param(c, 2));
        return { status: 204 };
      },
      'none',
    ),
  ];
}
