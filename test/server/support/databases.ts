// The server suites run once per database engine: PGlite in memory always, PostgreSQL when
// the global setup found one. Each suite gets a database of its own (a fresh PGlite, or a
// fresh database on the shared PostgreSQL server), so suites never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { openDb, type Db } from '../../../server/src/db/db';
import { migrate } from '../../../server/src/db/migrate';
import { NO_POSTGRES } from './global-setup';

export type Engine = 'PGlite' | 'PostgreSQL';

export interface TestDatabase {
  db: Db;
  /** postgres://… for PostgreSQL (a spawned server can use it); undefined for PGlite. */
  url?: string;
  dispose(): Promise<void>;
}

async function onAdminConnection(url: string, sql: string): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty PostgreSQL database beside the server's URL, dropped by dispose(). */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('postgresUrl');
  if (!serverUrl) throw new Error(NO_POSTGRES);
  const name = `casebook_test_${randomBytes(6).toString('hex')}`;
  await onAdminConnection(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onAdminConnection(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'PGlite') {
    const db = await openDb({ dataDir: 'memory://' });
    return { db, dispose: () => db.close() };
  }
  const database = await createPostgresDatabase();
  const db = await openDb({ databaseUrl: database.url });
  return {
    db,
    url: database.url,
    dispose: async () => {
      await db.close();
      await database.drop();
    },
  };
}

/**
 * describe(title) once per available engine. Without PostgreSQL its suite is still listed,
 * as skipped (never as passed), beside the global setup's warning.
 */
export function describeOnEachDatabase(title: string, body: (engine: Engine) => void): void {
  const engines: Engine[] = inject('postgresUrl') ? ['PGlite', 'PostgreSQL'] : ['PGlite'];
  describe.each(engines)(`${title} (%s)`, body);
  if (!inject('postgresUrl')) {
    describe.skip(`${title} (PostgreSQL: not available, SKIPPED)`, () => body('PostgreSQL'));
  }
}

/** A migrated database for the enclosing describe; `handle.db` is set once beforeAll ran. */
export function useMigratedDatabase(engine: Engine): { readonly db: Db; readonly url?: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await migrate(database.db);
  });
  afterAll(async () => {
    await database?.dispose();
  });
  return {
    get db() {
      if (!database) throw new Error('database used before beforeAll');
      return database.db;
    },
    get url() {
      return database?.url;
    },
  };
}
