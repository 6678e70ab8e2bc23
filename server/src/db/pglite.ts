// The embedded engine. PGlite is one connection: it queues concurrent queries itself, and
// its transaction() holds that connection until the callback settles, so a query made
// outside the transaction meanwhile waits instead of joining it.
import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import type { Db } from './db';
import { INT8_OID, parseInt8 } from './types';

type Queryable = Pick<Transaction, 'query' | 'exec'>;

async function run<T>(target: Queryable, sql: string, params?: unknown[]) {
  if (params && params.length > 0) {
    const result = await target.query<T>(sql, params);
    return { rows: result.rows };
  }
  // Several statements need the simple protocol (exec); the last result is the answer,
  // as node-postgres gives it for a single statement.
  const results = await target.exec(sql);
  return { rows: (results.at(-1)?.rows ?? []) as T[] };
}

function transactionDb(tx: Transaction): Db {
  const db: Db = {
    kind: 'pglite',
    query: (sql, params) => run(tx, sql, params),
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() the database, not a transaction')),
  };
  return db;
}

export async function openPglite(dataDir: string): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, { parsers: { [INT8_OID]: parseInt8 } });
  } catch (error) {
    unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    query: (sql, params) => run(pglite, sql, params),
    transaction: (fn) => pglite.transaction((tx) => fn(transactionDb(tx))),
    close: async () => {
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
}
