// Routes about the bot itself: gateway discovery, its user and application, and application commands.
import { apiErrors } from './http-io.ts';
import { overwriteCommands, upsertCommand } from './commands.ts';
import { route, type Route, type RouteContext } from './rest.ts';
import type { ServerContext } from './server-context.ts';

const SESSION_START_TOTAL = 1000;
const DAY_MS = 86_400_000;

export function appRoutes(ctx: ServerContext): Route[] {
  const { state, settings } = ctx;

  const application = (): Record<string, unknown> => ({
    id: state.applicationId,
    name: state.botUser.username,
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    owner: state.botUser,
    bot: state.botUser,
    approximate_guild_count: state.guilds.size,
  });

  const commandRoutes = (prefix: string, perGuild: boolean): Route[] => {
    /** The app id in the path must be ours; the guild (for guild commands) must exist. */
    const scopeOf = ({ params }: RouteContext): string | null => {
      const [applicationId, guildId] = params;
      if (applicationId !== state.applicationId) throw apiErrors.notFound();
      if (!perGuild || guildId === undefined) return null;
      return state.guild(guildId).id;
    };
    return [
    route('GET', `${prefix}/commands`, (c) => ({ body: state.commandsIn(scopeOf(c) ?? 'global') })),
    route('PUT', `${prefix}/commands`, (c) => ({ body: overwriteCommands(state, scopeOf(c), c.body) })),
    route('POST', `${prefix}/commands`, (c) => ({ status: 201, body: upsertCommand(state, scopeOf(c), c.body) })),
    route('GET', `${prefix}/commands/:command`, (c) => {
      const id = c.params[c.params.length - 1];
      const command = state.commandsIn(scopeOf(c) ?? 'global').find((cmd) => cmd.id === id);
      if (command === undefined) throw apiErrors.notFound();
      return { body: command };
    }),
    route('DELETE', `${prefix}/commands/:command`, (c) => {
      const scope = scopeOf(c) ?? 'global';
      const id = c.params[c.params.length - 1];
      const remaining = state.commandsIn(scope).filter((cmd) => cmd.id !== id);
      if (remaining.length === state.commandsIn(scope).length) throw apiErrors.notFound();
      state.commands.set(scope, remaining);
      return { status: 204 };
    }),
    ];
  };

  return [
    route('GET', '/gateway', () => ({ body: { url: settings.gatewayUrl } }), 'none'),
    route('GET', '/gateway/bot', () => ({
      body: {
        url: settings.gatewayUrl,
        shards: settings.shardCount,
        session_start_limit: {
          total: SESSION_START_TOTAL,
          remaining: SESSION_START_TOTAL,
          reset_after: DAY_MS,
          max_concurrency: settings.maxConcurrency,
        },
      },
    })),
    route('GET', '/users/@me', () => ({
      body: { ...state.botUser, verified: true, mfa_enabled: false, flags: 0, public_flags: 0, locale: 'en-US' },
    })),
    route('GET', '/applications/@me', () => ({ body: application() })),
    route('GET', '/oauth2/applications/@me', () => ({ body: application() })),
    ...commandRoutes('/applications/:app/guilds/:guild', true),
    ...commandRoutes('/applications/:app', false),
  ];
}
