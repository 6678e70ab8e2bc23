// The one database interface the server uses. Two engines behind it, one SQL: PGlite
// (PostgreSQL compiled to WebAssembly, data in a folder) so `npm run server` needs nothing
// installed, and node-postgres when DATABASE_URL names a real server (issue 8, item 1).
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Db {
  /** Which engine answers: /health reports it, tests name their suites by it. */
  readonly kind: DatabaseKind;
  /**
   * One statement with $1… placeholders. Without params the text may hold several
   * statements (both engines then use PostgreSQL's simple protocol): migrations need that.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs fn in one transaction (BEGIN/COMMIT, ROLLBACK on throw); nested calls reuse it. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenDbOptions {
  /** postgres://… of a real PostgreSQL server; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** PGlite's data folder (default server/.data); `memory://` keeps it in memory (tests). */
  dataDir?: string;
}

export const DEFAULT_DATA_DIR = new URL('../../.data', import.meta.url).pathname;

export async function openDb(options: OpenDbOptions): Promise<Db> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? DEFAULT_DATA_DIR);
}
