// POST /v1/sync/push and GET /v1/sync/pull through the whole app: the token decides the
// team and role, every payload is parsed, refusals come back as { error: { code, message } }.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { formatHlc } from '../../lib/sync/hlc';
import { PullResponseSchema, PushResponseSchema } from '../../lib/sync/protocol';
import { buildApp } from '../../server/src/app';
import { describeOnEachDatabase, useMigratedDatabase } from './support/databases';
import { bearer, seedTeam, type SeededMember, type SeededTeam } from './support/teams';

const stamp = (offsetMs = 0) =>
  formatHlc({ wall: Date.now() + offsetMs, counter: 0, node: 'ext1' });
const pushBody = (changes: unknown[]) => ({ pushId: crypto.randomUUID(), changes });
const caseChange = (id: string, fields: Record<string, unknown>, offsetMs = 0) => ({
  table: 'cases',
  id,
  fields,
  clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, stamp(offsetMs)])),
});

describeOnEachDatabase('sync over HTTP', (engine) => {
  const database = useMigratedDatabase(engine);
  let app: FastifyInstance;
  let acme: SeededTeam;
  let other: SeededTeam;
  let agent: SeededMember;
  let marketer: SeededMember;
  beforeAll(async () => {
    app = buildApp({ db: database.db, logger: false });
    await app.ready();
    acme = await seedTeam(database.db, 'Acme');
    other = await seedTeam(database.db, 'Other');
    agent = await acme.add('agent');
    marketer = await acme.add('marketer');
  });
  afterAll(() => app.close());

  const push = (token: string, body: unknown) =>
    app.inject({
      method: 'POST',
      url: '/v1/sync/push',
      headers: bearer(token),
      payload: body as object,
    });
  const pull = (token: string, query = '') =>
    app.inject({ method: 'GET', url: `/v1/sync/pull${query}`, headers: bearer(token) });

  it('pushes a change and pulls it back, answers checked by the protocol schemas', async () => {
    const body = pushBody([caseChange('c-1', { status: 'open', title: 'Refund' })]);
    const pushed = await push(agent.token, body);
    expect(pushed.statusCode).toBe(200);
    expect(PushResponseSchema.parse(pushed.json())).toMatchObject({ applied: 1 });
    const retried = await push(agent.token, body);
    expect(retried.json()).toMatchObject({ applied: 1, duplicate: true });
    const pulled = PullResponseSchema.parse((await pull(acme.admin.token)).json());
    expect(pulled.changes.map((c) => [c.id, c.fields.title])).toEqual([['c-1', 'Refund']]);
  });

  it('refuses without a valid token, and never shows another team its records', async () => {
    expect((await pull('cbk_not-a-token')).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/v1/sync/pull' })).statusCode).toBe(401);
    const seen = PullResponseSchema.parse((await pull(other.admin.token)).json());
    expect(seen.changes).toEqual([]);
  });

  it('says what is wrong with a bad payload and stores nothing of it', async () => {
    const cursor = PullResponseSchema.parse((await pull(acme.admin.token)).json()).cursor;
    const bad = [
      { pushId: 'x', changes: [] },
      pushBody([caseChange('c-2', { status: 'exploded' })]),
      pushBody([caseChange('c-2', { isAdmin: true })]),
      pushBody([{ ...caseChange('c-2', { title: 'x' }), table: 'teams' }]),
      pushBody([{ ...caseChange('c-2', { title: 'x' }), clocks: { title: 'tomorrow' } }]),
    ];
    for (const body of bad) {
      const response = await push(agent.token, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('bad_request');
      expect(response.json().error.message.length).toBeGreaterThan(5);
    }
    expect((await pull(acme.admin.token, "?cursor=1'--")).statusCode).toBe(400);
    const after = PullResponseSchema.parse(
      (await pull(acme.admin.token, `?cursor=${cursor}`)).json(),
    );
    expect(after.changes).toEqual([]);
  });

  it('holds each role to its tables, and a clock far ahead to account', async () => {
    const experts = pushBody([
      { table: 'experts', id: 'e-1', fields: { updatedAt: 1 }, clocks: { updatedAt: stamp() } },
    ]);
    const refused = await push(agent.token, experts);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/agent role cannot change experts/);
    const marketerView = PullResponseSchema.parse((await pull(marketer.token)).json());
    expect(marketerView.changes.filter((c) => c.table === 'cases')).toEqual([]);
    const ahead = await push(agent.token, pushBody([caseChange('c-3', { title: 'x' }, 3_600_000)]));
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error).toMatchObject({ code: 'clock_ahead' });
  });
});
