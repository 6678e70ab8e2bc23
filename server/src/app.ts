// The HTTP server, without listening: main.ts listens, tests call app.inject(). Fastify
// brings what a self-hosted service needs built in: pino JSON logs, body limits, graceful
// close, and encapsulated plugins (the authenticated /v1 scope the sync routes join).
import Fastify, {
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyServerOptions,
} from 'fastify';
import type { Db } from './db/db';
import { addAuthentication } from './http/auth';
import { errorBody, handleError } from './http/errors';
import { healthRoutes } from './routes/health';
import { meRoutes } from './routes/me';
import { memberRoutes } from './routes/members';
import type { V1PluginOptions } from './routes/v1';
import { syncRoutes } from './sync/routes';

export type { V1PluginOptions } from './routes/v1';
export { requireRole, memberOf } from './http/auth';

/** Large enough for a batch of a few thousand changed records, small enough for memory. */
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

export interface BuildAppOptions {
  db: Db;
  /** Fastify's logger options (pino); false for none. Default: info level to stdout. */
  logger?: FastifyServerOptions['logger'];
  /** Registered under /v1 after authentication: each receives { db }. */
  plugins?: FastifyPluginAsync<V1PluginOptions>[];
}

/** Tokens must never reach a log line, whatever a serializer or an error logs. */
const REDACT = {
  paths: ['req.headers.authorization', 'headers.authorization', 'request.headers.authorization'],
  censor: '[redacted]',
};

function loggerOptions(logger: BuildAppOptions['logger']): FastifyServerOptions['logger'] {
  if (logger === false) return false;
  const options = typeof logger === 'object' ? logger : {};
  return { level: 'info', ...options, redact: REDACT };
}

/**
 * app.close() waits for every open connection, and a keep-alive one that a response leaves
 * idle during the close would hold it until its 72 s timeout (past main.ts's grace period).
 * Responses sent while closing carry `Connection: close`, so each connection ends with its
 * last request.
 */
function closeConnectionsWhenClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
}

export function buildApp({ db, logger = true, plugins = [] }: BuildAppOptions): FastifyInstance {
  const app = Fastify({
    logger: loggerOptions(logger),
    bodyLimit: BODY_LIMIT_BYTES,
    // A client that stops sending mid-request does not hold a connection for ever.
    requestTimeout: 30_000,
  });
  app.decorateRequest('member', null);
  // JSON only: a text/plain body is refused (415) rather than handed to a handler as a string.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(handleError);
  closeConnectionsWhenClosing(app);
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(errorBody('not_found', `No route ${request.method} ${request.url}`)),
  );

  app.register(healthRoutes, { db });
  app.register(
    async (v1) => {
      addAuthentication(v1, db);
      await v1.register(meRoutes, { db });
      await v1.register(memberRoutes, { db });
      await v1.register(syncRoutes, { db });
      for (const plugin of plugins) await v1.register(plugin, { db });
    },
    { prefix: '/v1' },
  );
  return app;
}
