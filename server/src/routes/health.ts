// GET /health, for load balancers and `npm run server` checks: no token, answers 200 only
// when the database answers too.
import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../db/db';
import { errorBody } from '../http/errors';

export const healthRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get('/health', async (request, reply) => {
    try {
      await db.query('select 1');
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      return reply.status(503).send({
        ok: false,
        database: db.kind,
        ...errorBody('service_unavailable', 'Database unavailable'),
      });
    }
    return { ok: true, database: db.kind };
  });
};
