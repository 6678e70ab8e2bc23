// Schema changes are plain SQL files, server/migrations/NNN_name.sql, applied in order at
// start-up, each in its own transaction and recorded in schema_migrations. The same files
// run on PGlite and on PostgreSQL. A file already applied must not change afterwards: its
// checksum is kept, and a different one stops the start (edit by adding a new file).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db';

export const MIGRATIONS_DIR = new URL('../../migrations', import.meta.url).pathname;

const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

/**
 * A fixed number (issue 8): servers starting together against one PostgreSQL take turns on this
 * advisory lock, so no migration runs twice.
 */
const MIGRATION_LOCK = 80_001;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const versions = new Set<string>();
  return names.map((name) => {
    const version = FILE_NAME.exec(name)?.[1];
    if (!version) throw new Error(`Migration ${name}: expected NNN_lower_case_name.sql`);
    if (versions.has(version)) throw new Error(`Migration ${name}: number ${version} used twice`);
    versions.add(version);
    const sql = readFileSync(join(dir, name), 'utf8');
    return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

async function ensureMigrationsTable(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists schema_migrations (
      name text primary key,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`);
  });
}

/** Applies the migrations not yet applied; returns their names (none: already up to date). */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  await ensureMigrationsTable(db);
  const applied: string[] = [];
  for (const migration of readMigrations(dir)) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const { rows } = await tx.query<{ checksum: string }>(
        'select checksum from schema_migrations where name = $1',
        [migration.name],
      );
      const previous = rows[0];
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} changed after it was applied; add a new migration instead`,
          );
        }
        return false;
      }
      try {
        await tx.query(migration.sql);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Migration ${migration.name} failed: ${reason}`, { cause: error });
      }
      await tx.query('insert into schema_migrations (name, checksum) values ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (ran) applied.push(migration.name);
  }
  return applied;
}
