/**
 * The sync endpoints, under the authenticated /v1 scope (the member and team come from the
 * token, never from the payload): POST /v1/sync/push and GET /v1/sync/pull. Every body and
 * query is parsed with lib/sync/protocol.ts; server/README.md "Sync protocol" describes them.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { z } from 'zod';
import { PullQuerySchema, PushRequestSchema } from '../../../lib/sync/protocol';
import { memberOf } from '../http/auth';
import { badRequest, HttpError } from '../http/errors';
import type { V1PluginOptions } from '../routes/v1';
import { applyPush, pull, SyncRefused } from './store';

function parsed<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw badRequest(`${where}${issue?.message ?? 'invalid'}`);
}

/** The store's refusals as HTTP errors (the error handler writes { error: { code, message } }). */
async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SyncRefused) throw new HttpError(error.status, error.code, error.message);
    throw error;
  }
}

export const syncRoutes: FastifyPluginAsync<V1PluginOptions> = async (app, { db }) => {
  app.post('/sync/push', async (request) => {
    const push = parsed(PushRequestSchema.safeParse(request.body));
    return answering(() => applyPush(db, memberOf(request), push));
  });

  app.get('/sync/pull', async (request) => {
    const { cursor, limit } = parsed(PullQuerySchema.safeParse(request.query));
    return answering(() => pull(db, memberOf(request), cursor, limit));
  });
};
