// Admin routes: members and tokens. Only admins; only their own team: an id of another team
// is a 404 and changes nothing, whatever the payload says (issue 8, item 2).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/src/app';
import { hashToken } from '../../server/src/teams/tokens';
import { describeOnEachDatabase, useMigratedDatabase } from './support/databases';
import { bearer, seedTeam, type SeededTeam } from './support/teams';

describeOnEachDatabase('admin routes', (engine) => {
  const database = useMigratedDatabase(engine);
  let app: FastifyInstance;
  let acme: SeededTeam;
  let globex: SeededTeam;
  beforeAll(async () => {
    app = buildApp({ db: database.db, logger: false });
    await app.ready();
    acme = await seedTeam(database.db, 'Acme Support');
    globex = await seedTeam(database.db, 'Globex Care');
  });
  afterAll(() => app.close());

  const asAdmin = (team: SeededTeam) => bearer(team.admin.token);
  const counts = async () =>
    (
      await database.db.query<{ members: number; tokens: number; revoked: number }>(`select
        (select count(*)::int from members) as members,
        (select count(*)::int from tokens) as tokens,
        (select count(*)::int from tokens where revoked_at is not null) as revoked`)
    ).rows[0]!;

  describe('POST /v1/members', () => {
    it('creates a member and shows its token once; the token works', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/members',
        headers: asAdmin(acme),
        payload: { name: '  Alex Agent ', role: 'agent' },
      });
      expect(response.statusCode).toBe(201);
      const { member, token } = response.json();
      expect(member).toMatchObject({ name: 'Alex Agent', role: 'agent' });
      expect(token.token).toMatch(/^cbk_[A-Za-z0-9_-]{43}$/);
      expect(token).toMatchObject({ memberId: member.id, revokedAt: null, lastUsedAt: null });

      const me = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token.token) });
      expect(me.json()).toMatchObject({ member: { id: member.id }, team: { id: acme.teamId } });
      // Every member sees the team's roster, names and roles only, to assign work to; never
      // another team's people.
      const roster = me.json().team.members as { name: string; role: string }[];
      expect(roster).toContainEqual({ name: 'Alex Agent', role: 'agent' });
      expect(roster.map((entry) => entry.name)).not.toContain('Globex Care Admin');
      expect(roster.every((entry) => Object.keys(entry).sort().join() === 'name,role')).toBe(true);

      // Shown once: the list never has it again, nor its hash.
      const list = await app.inject({ method: 'GET', url: '/v1/members', headers: asAdmin(acme) });
      expect(list.body).not.toContain(token.token);
      expect(list.body).not.toContain(hashToken(token.token));
      expect(list.body).toContain(token.id);
    });

    it.each([
      [{}, /name: .*; role: /],
      [{ name: '', role: 'agent' }, /name: Too small/],
      [{ name: 'A', role: 'owner' }, /role: Invalid option/],
      [{ name: 'A'.repeat(201), role: 'agent' }, /name: Too big/],
      [{ name: 5, role: 'agent' }, /name: Invalid input: expected string/],
      [['name', 'role'], /expected object/],
      [{ name: 'A', role: 'admin', teamId: '00000000-0000-4000-8000-000000000000' }, /teamId/],
    ])('refuses %j with a 400 that says why, creating nothing', async (payload, message) => {
      const before = await counts();
      const response = await app.inject({
        method: 'POST',
        url: '/v1/members',
        headers: asAdmin(acme),
        payload,
      });
      expect(response.statusCode).toBe(400);
      const { error } = response.json();
      expect(error.code).toBe('bad_request');
      expect(error.message).toMatch(/^Invalid body: /);
      expect(error.message).toMatch(message);
      expect(await counts()).toEqual(before);
    });
  });

  describe('GET /v1/members', () => {
    it("lists the caller's team only, with each member's tokens (no secrets)", async () => {
      const lead = await globex.add('lead', 'Lee Lead');
      const response = await app.inject({
        method: 'GET',
        url: '/v1/members',
        headers: asAdmin(globex),
      });
      expect(response.statusCode).toBe(200);
      const { members } = response.json();
      expect(members.map((m: { id: string }) => m.id)).toEqual([
        globex.admin.memberId,
        lead.memberId,
      ]);
      expect(members[1]).toMatchObject({ name: 'Lee Lead', role: 'lead' });
      expect(members[1].tokens).toEqual([
        expect.objectContaining({ id: lead.tokenId, memberId: lead.memberId, revokedAt: null }),
      ]);
      expect(response.body).not.toContain(acme.admin.memberId);
      expect(response.body).not.toContain(lead.token);
      expect(response.body).not.toMatch(/"hash"/);
    });

    it('filters by role, and refuses an unknown role or query parameter', async () => {
      const admins = await app.inject({
        method: 'GET',
        url: '/v1/members?role=admin',
        headers: asAdmin(globex),
      });
      expect(admins.json().members).toHaveLength(1);
      for (const query of ['role=owner', 'teamId=x']) {
        const response = await app.inject({
          method: 'GET',
          url: `/v1/members?${query}`,
          headers: asAdmin(globex),
        });
        expect(response.statusCode).toBe(400);
        expect(response.json().error.message).toMatch(/^Invalid query: /);
      }
    });
  });

  describe('POST /v1/members/:id/tokens', () => {
    it('issues another token (with or without a label); both work', async () => {
      const agent = await acme.add('agent');
      const labelled = await app.inject({
        method: 'POST',
        url: `/v1/members/${agent.memberId}/tokens`,
        headers: asAdmin(acme),
        payload: { label: 'laptop' },
      });
      expect(labelled.statusCode).toBe(201);
      expect(labelled.json().token).toMatchObject({ memberId: agent.memberId, label: 'laptop' });
      const bare = await app.inject({
        method: 'POST',
        url: `/v1/members/${agent.memberId}/tokens`,
        headers: asAdmin(acme),
      });
      expect(bare.statusCode).toBe(201);
      expect(bare.json().token.label).toBeNull();
      for (const token of [agent.token, labelled.json().token.token, bare.json().token.token]) {
        const me = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(token) });
        expect(me.json().member.id).toBe(agent.memberId);
      }
    });

    it("another team's member is a 404, and no token is made", async () => {
      const outsider = await globex.add('agent');
      const before = await counts();
      const response = await app.inject({
        method: 'POST',
        url: `/v1/members/${outsider.memberId}/tokens`,
        headers: asAdmin(acme),
        payload: { label: 'stolen' },
      });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
      expect(await counts()).toEqual(before);
    });

    it('a malformed id or body is a 400', async () => {
      const badId = await app.inject({
        method: 'POST',
        url: '/v1/members/42/tokens',
        headers: asAdmin(acme),
      });
      expect(badId.statusCode).toBe(400);
      expect(badId.json().error.message).toMatch(/^Invalid path: id: /);
      const badBody = await app.inject({
        method: 'POST',
        url: `/v1/members/${acme.admin.memberId}/tokens`,
        headers: asAdmin(acme),
        payload: { label: 7 },
      });
      expect(badBody.statusCode).toBe(400);
      expect(badBody.json().error.message).toMatch(/label/);
    });
  });

  describe('DELETE /v1/tokens/:id', () => {
    it('revokes; revoking again keeps the first time', async () => {
      const agent = await acme.add('agent');
      const first = await app.inject({
        method: 'DELETE',
        url: `/v1/tokens/${agent.tokenId}`,
        headers: asAdmin(acme),
      });
      expect(first.statusCode).toBe(200);
      const { revokedAt } = first.json().token;
      expect(typeof revokedAt).toBe('string');
      const again = await app.inject({
        method: 'DELETE',
        url: `/v1/tokens/${agent.tokenId}`,
        headers: asAdmin(acme),
      });
      expect(again.json().token.revokedAt).toBe(revokedAt);
      const me = await app.inject({ method: 'GET', url: '/v1/me', headers: bearer(agent.token) });
      expect(me.statusCode).toBe(401);
    });

    it("another team's token is a 404, and it keeps working", async () => {
      const outsider = await globex.add('lead');
      const before = await counts();
      const response = await app.inject({
        method: 'DELETE',
        url: `/v1/tokens/${outsider.tokenId}`,
        headers: asAdmin(acme),
      });
      expect(response.statusCode).toBe(404);
      expect(await counts()).toEqual(before);
      const me = await app.inject({
        method: 'GET',
        url: '/v1/me',
        headers: bearer(outsider.token),
      });
      expect(me.statusCode).toBe(200);
    });

    it('an unknown id is a 404, a malformed one a 400', async () => {
      const unknown = await app.inject({
        method: 'DELETE',
        url: '/v1/tokens/7d444840-9dc0-41d1-b245-5ffdce74fad2',
        headers: asAdmin(acme),
      });
      expect(unknown.statusCode).toBe(404);
      const malformed = await app.inject({
        method: 'DELETE',
        url: "/v1/tokens/1' or '1'='1",
        headers: asAdmin(acme),
      });
      expect(malformed.statusCode).toBe(400);
    });
  });

  describe('roles', () => {
    it.each(['agent', 'lead', 'marketer'] as const)(
      'a %s gets 403 on every admin route, and nothing changes',
      async (role) => {
        const member = await acme.add(role);
        const before = await counts();
        const requests = [
          { method: 'GET', url: '/v1/members' },
          { method: 'POST', url: '/v1/members', payload: { name: 'Eve', role: 'admin' } },
          { method: 'POST', url: `/v1/members/${member.memberId}/tokens`, payload: {} },
          { method: 'DELETE', url: `/v1/tokens/${acme.admin.tokenId}` },
        ] as const;
        for (const request of requests) {
          const response = await app.inject({ ...request, headers: bearer(member.token) });
          expect(response.statusCode, `${request.method} ${request.url}`).toBe(403);
          expect(response.json().error).toEqual({
            code: 'forbidden',
            message: `This needs the role admin; you are ${role}`,
          });
        }
        expect(await counts()).toEqual(before);
      },
    );
  });
});
