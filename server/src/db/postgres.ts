// A real PostgreSQL server through a node-postgres pool. A transaction must keep to one
// pooled client from BEGIN to COMMIT; every other query takes whichever client is free.
import pg from 'pg';
import type { Db } from './db';
import { INT8_OID, parseInt8 } from './types';

type Queryable = Pick<pg.PoolClient, 'query'>;

async function run<T>(target: Queryable, sql: string, params?: unknown[]) {
  // Without values node-postgres uses the simple protocol, which allows several statements;
  // it then answers with one result per statement (its types say one): the last one counts.
  const result: pg.QueryResult | pg.QueryResult[] = await target.query(
    sql,
    params && params.length > 0 ? params : undefined,
  );
  const last = Array.isArray(result) ? result.at(-1) : result;
  return { rows: (last?.rows ?? []) as T[] };
}

function clientDb(client: pg.PoolClient): Db {
  const db: Db = {
    kind: 'postgres',
    query: (sql, params) => run(client, sql, params),
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() the database, not a transaction')),
  };
  return db;
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

export async function openPostgres(databaseUrl: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: databaseUrl, types, max: 10 });
  // An idle client whose connection drops emits 'error' on the pool; unhandled, that
  // would end the process. The pool discards the client and the next query reports a
  // lasting outage (and /health answers 503).
  pool.on('error', () => {});
  // Fail at start-up, not at the first request, when the server cannot be reached.
  await pool.query('select 1');
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('begin');
        const result = await fn(clientDb(client));
        await client.query('commit');
        return result;
      } catch (error) {
        // A rollback that fails means a broken connection: release(true) destroys it.
        broken = await client.query('rollback').then(
          () => false,
          () => true,
        );
        throw error;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
