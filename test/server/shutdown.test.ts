// What main.ts relies on for a graceful stop: app.close() stops taking connections but lets
// a request in flight finish (a push half-way through its transaction must complete), and
// does not wait for the keep-alive connections to time out.
import type { AddressInfo } from 'node:net';
import type { FastifyPluginAsync } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, type V1PluginOptions } from '../../server/src/app';
import type { Db } from '../../server/src/db/db';
import { migrate } from '../../server/src/db/migrate';
import { openTestDatabase, type TestDatabase } from './support/databases';
import { bearer, seedTeam } from './support/teams';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase('PGlite');
  db = database.db;
  await migrate(db);
});
afterAll(() => database.dispose());

it('app.close() lets the request in flight finish, then refuses new connections', async () => {
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const slow: FastifyPluginAsync<V1PluginOptions> = async (app) => {
    app.get('/slow', async () => {
      entered();
      await released;
      return { finished: true };
    });
  };
  const app = buildApp({ db, logger: false, plugins: [slow] });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const team = await seedTeam(db);

  const inFlight = fetch(`${base}/v1/slow`, { headers: bearer(team.admin.token) });
  await inside;
  const closed = app.close();
  await expect(fetch(`${base}/health`)).rejects.toThrow();
  release();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(response.headers.get('connection')).toBe('close');
  expect(await response.json()).toEqual({ finished: true });
  const started = Date.now();
  await closed;
  expect(Date.now() - started).toBeLessThan(5_000);
});
