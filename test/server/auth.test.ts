// /health and the bearer-token gate in front of /v1: missing, malformed, unknown and revoked
// tokens are 401 with a reason; a good token identifies member, team and role.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { generateToken, hashToken } from '../../server/src/teams/tokens';
import { describeOnEachDatabase, useMigratedDatabase } from './support/databases';
import { bearer, seedTeam, type SeededTeam } from './support/teams';

describeOnEachDatabase('health and authentication', (engine) => {
  const database = useMigratedDatabase(engine);
  let app: FastifyInstance;
  let team: SeededTeam;
  beforeAll(async () => {
    app = buildApp({ db: database.db, logger: false });
    await app.ready();
    team = await seedTeam(database.db, 'Acme Support');
  });
  afterAll(() => app.close());

  const me = (headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url: '/v1/me', headers });

  it('GET /health answers ok with the engine after asking the database', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      ok: true,
      database: engine === 'PGlite' ? 'pglite' : 'postgres',
    });
  });

  it('GET /health is 503 when the database fails', async () => {
    const failing: Db = {
      ...database.db,
      kind: database.db.kind,
      query: () => Promise.reject(new Error('connection refused')),
    };
    const sick = buildApp({ db: failing, logger: false });
    const response = await sick.inject({ method: 'GET', url: '/health' });
    await sick.close();
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({
      ok: false,
      error: { code: 'service_unavailable', message: 'Database unavailable' },
    });
    expect(response.body).not.toContain('connection refused');
  });

  it('no Authorization header: 401 with a reason and WWW-Authenticate', async () => {
    const response = await me();
    expect(response.statusCode).toBe(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
    expect(response.json()).toEqual({
      error: { code: 'unauthorized', message: 'Missing Authorization: Bearer <token> header' },
    });
  });

  it('a header that is not "Bearer <token>": 401', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', team.admin.token]) {
      const response = await me({ authorization });
      expect(response.statusCode, authorization).toBe(401);
      expect(response.json().error.code).toBe('unauthorized');
    }
  });

  it('a wrong token: 401, whether or not it has the shape of one', async () => {
    for (const token of [generateToken(), 'cbk_short', 'x'.repeat(5000), team.admin.token + 'x']) {
      const response = await me(bearer(token));
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: { code: 'unauthorized', message: 'Unknown token' },
      });
    }
  });

  it('a good token: the member, the team name and the role', async () => {
    const agent = await team.add('agent', 'Alex Agent');
    const response = await me(bearer(agent.token));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      member: { id: agent.memberId, name: 'Alex Agent', role: 'agent' },
      team: {
        id: team.teamId,
        name: 'Acme Support',
        members: expect.arrayContaining([
          { name: 'Acme Support Admin', role: 'admin' },
          { name: 'Alex Agent', role: 'agent' },
        ]),
      },
      role: 'agent',
      tokenId: agent.tokenId,
    });
  });

  it('the scheme is case-insensitive, as HTTP says', async () => {
    const response = await me({ authorization: `bearer ${team.admin.token}` });
    expect(response.statusCode).toBe(200);
  });

  it('a revoked token: 401 "Token revoked", at once', async () => {
    const lead = await team.add('lead');
    expect((await me(bearer(lead.token))).statusCode).toBe(200);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/v1/tokens/${lead.tokenId}`,
      headers: bearer(team.admin.token),
    });
    expect(revoked.statusCode).toBe(200);
    const response = await me(bearer(lead.token));
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthorized', message: 'Token revoked' } });
  });

  it('records last use, at most once a minute per token', async () => {
    const marketer = await team.add('marketer');
    const lastUsed = async () =>
      (
        await database.db.query<{ last_used_at: Date | null }>(
          'select last_used_at from tokens where id = $1',
          [marketer.tokenId],
        )
      ).rows[0]!.last_used_at;
    expect(await lastUsed()).toBeNull();
    await me(bearer(marketer.token));
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await me(bearer(marketer.token));
    expect(await lastUsed()).toEqual(first);
  });

  it('stores only the SHA-256 of a token, never the token', async () => {
    const agent = await team.add('agent');
    const { rows } = await database.db.query('select * from tokens where id = $1', [agent.tokenId]);
    const row = rows[0]!;
    expect(row.hash).toBe(hashToken(agent.token));
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(agent.token.slice(4));
  });

  it('tokens are cbk_ and 32 random bytes in base64url', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => generateToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(token).toMatch(/^cbk_[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token.slice(4), 'base64url')).toHaveLength(32);
    }
  });
});
