// HTTP behaviour shared by every route: JSON errors (400, 404, 413, 415, 500 without
// internals), the plugin hook for the sync routes, and logs that never carry a token.
import { Writable } from 'node:stream';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, memberOf, requireRole, type V1PluginOptions } from '../../server/src/app';
import { describeOnEachDatabase, useMigratedDatabase } from './support/databases';
import { bearer, seedTeam, type SeededTeam } from './support/teams';

/** Stands in for the sync routes: reads the member, checks a role, fails on demand. */
const probePlugin: FastifyPluginAsync<V1PluginOptions> = async (app, { db }) => {
  app.get('/probe', async (request) => ({ member: memberOf(request), engine: db.kind }));
  app.get('/probe/leads', { preHandler: requireRole('lead', 'admin') }, async () => ({ ok: 1 }));
  app.get('/probe/crash', async (request) => {
    request.log.info({ headers: request.headers }, 'probe: headers as a careless plugin logs them');
    await db.query('select * from a_table_that_does_not_exist');
    return {};
  });
};

describeOnEachDatabase('HTTP', (engine) => {
  const database = useMigratedDatabase(engine);
  let app: FastifyInstance;
  let team: SeededTeam;
  const logLines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    app = buildApp({ db: database.db, logger: { level: 'info', stream }, plugins: [probePlugin] });
    await app.ready();
    team = await seedTeam(database.db);
  });
  afterAll(() => app.close());

  const postMembers = (payload: string, contentType = 'application/json') =>
    app.inject({
      method: 'POST',
      url: '/v1/members',
      headers: { ...bearer(team.admin.token), 'content-type': contentType },
      payload,
    });

  describe('errors are JSON', () => {
    it('malformed JSON: 400 with a message', async () => {
      const response = await postMembers('{"name": "Alex", "role": ');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        error: { code: 'bad_request', message: 'Request body is not valid JSON' },
      });
    });

    it('an empty JSON body: 400 with a message', async () => {
      const response = await postMembers('');
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/empty/);
    });

    it('a body that is not JSON: 415', async () => {
      const response = await postMembers('name=Alex&role=agent', 'text/plain');
      expect(response.statusCode).toBe(415);
      expect(response.json().error.code).toBe('unsupported_media_type');
    });

    it('a body over 5 MB: 413 with a message, nothing created', async () => {
      const before = await database.db.query('select count(*)::int as n from members');
      const huge = JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024), role: 'agent' });
      const response = await postMembers(huge);
      expect(response.statusCode).toBe(413);
      expect(response.json()).toEqual({
        error: { code: 'payload_too_large', message: 'Request body is larger than the 5 MB limit' },
      });
      const after = await database.db.query('select count(*)::int as n from members');
      expect(after.rows).toEqual(before.rows);
    });

    it('a body just under 5 MB is read (and then judged by its content)', async () => {
      const big = JSON.stringify({ name: 'x'.repeat(4 * 1024 * 1024), role: 'agent' });
      const response = await postMembers(big);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/name: Too big/);
    });

    it('an unknown route: 404', async () => {
      const response = await app.inject({ method: 'GET', url: '/nowhere' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        error: { code: 'not_found', message: 'No route GET /nowhere' },
      });
    });

    it('an unknown /v1 route or method: 404, with or without a token', async () => {
      // The routes are public (server/README.md): a 404 before authentication hides nothing.
      for (const headers of [{}, bearer(team.admin.token)]) {
        const missing = await app.inject({ method: 'GET', url: '/v1/nowhere', headers });
        expect(missing.statusCode).toBe(404);
        const wrongMethod = await app.inject({ method: 'PUT', url: '/v1/me', headers });
        expect(wrongMethod.json().error.code).toBe('not_found');
      }
    });

    it('a failure inside: 500 without internals, the details in the log', async () => {
      const response = await app.inject({
        method: 'GET',
        url: '/v1/probe/crash',
        headers: bearer(team.admin.token),
      });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toEqual({
        error: { code: 'internal', message: 'Internal server error' },
      });
      expect(response.body).not.toContain('a_table_that_does_not_exist');
      expect(logLines.some((line) => line.includes('a_table_that_does_not_exist'))).toBe(true);
    });
  });

  describe('plugins under /v1', () => {
    it('are authenticated: no token, 401', async () => {
      const response = await app.inject({ method: 'GET', url: '/v1/probe' });
      expect(response.statusCode).toBe(401);
    });

    it('see request.member and the db', async () => {
      const agent = await team.add('agent', 'Alex Agent');
      const response = await app.inject({
        method: 'GET',
        url: '/v1/probe',
        headers: bearer(agent.token),
      });
      expect(response.json()).toEqual({
        member: {
          memberId: agent.memberId,
          teamId: team.teamId,
          role: 'agent',
          name: 'Alex Agent',
          tokenId: agent.tokenId,
        },
        engine: database.db.kind,
      });
    });

    it('can require roles', async () => {
      const agent = await team.add('agent');
      const lead = await team.add('lead');
      const get = (token: string) =>
        app.inject({ method: 'GET', url: '/v1/probe/leads', headers: bearer(token) });
      expect((await get(agent.token)).statusCode).toBe(403);
      expect((await get(lead.token)).statusCode).toBe(200);
      expect((await get(team.admin.token)).statusCode).toBe(200);
    });
  });

  describe('logs', () => {
    it('are JSON lines with a request id, status and time', () => {
      const entries = logLines.map((line) => JSON.parse(line));
      const completed = entries.filter((entry) => entry.msg === 'request completed');
      expect(completed.length).toBeGreaterThan(5);
      expect(completed[0]).toMatchObject({ reqId: expect.any(String), res: { statusCode: 400 } });
      expect(completed[0].responseTime).toEqual(expect.any(Number));
    });

    it('never contain a token, even when a plugin logs the headers', () => {
      const logged = logLines.join('\n');
      expect(logged).toContain('probe: headers as a careless plugin logs them');
      expect(logged).toContain('[redacted]');
      expect(logged).not.toContain(team.admin.token);
      expect(logged).not.toMatch(/cbk_[A-Za-z0-9_-]{43}/);
    });
  });
});
