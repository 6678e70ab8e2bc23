// Migrations: applied once in order, recorded, atomic per file, idempotent when run again
// (every start runs them), safe when two servers start together, and strict about edits.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../server/src/db/migrate';
import { describeOnEachDatabase, openTestDatabase, type TestDatabase } from './support/databases';

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
  return dir;
}

it('reads the project migrations in order, starting with 001_teams.sql', () => {
  const names = readMigrations().map((migration) => migration.name);
  expect(names[0]).toBe('001_teams.sql');
  expect(names).toEqual([...names].sort());
});

it('refuses a badly named or twice-numbered migration file', () => {
  const badName = migrationsDir({ '1_teams.sql': 'select 1' });
  const twice = migrationsDir({ '001_a.sql': 'select 1', '001_b.sql': 'select 1' });
  expect(() => readMigrations(badName)).toThrow(/NNN_lower_case_name/);
  expect(() => readMigrations(twice)).toThrow(/used twice/);
  rmSync(badName, { recursive: true });
  rmSync(twice, { recursive: true });
});

describeOnEachDatabase('migrate', (engine) => {
  let database: TestDatabase;
  const dirs: string[] = [];
  const dir = (files: Record<string, string>) => {
    const made = migrationsDir(files);
    dirs.push(made);
    return made;
  };
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database.dispose();
    for (const made of dirs) rmSync(made, { recursive: true, force: true });
  });

  it('applies the project migrations once; a second run changes nothing', async () => {
    const { db } = database;
    expect(await migrate(db)).toContain('001_teams.sql');
    expect(await migrate(db)).toEqual([]);
    const { rows } = await db.query<{ name: string }>(
      'select name from schema_migrations order by name',
    );
    expect(rows.map((row) => row.name)).toEqual(readMigrations().map((m) => m.name));
    const tables = await db.query<{ table_name: string }>(
      `select table_name from information_schema.tables
       where table_schema = 'public' and table_name in ('teams', 'members', 'tokens')
       order by table_name`,
    );
    expect(tables.rows.map((row) => row.table_name)).toEqual(['members', 'teams', 'tokens']);
  });

  it('rolls back a failing migration whole and stops there; the fixed file applies later', async () => {
    const { db } = database;
    const broken = dir({
      '001_first.sql': 'create table m_first (id int);',
      '002_second.sql': 'create table m_second (id int); select no_such_function();',
      '003_third.sql': 'create table m_third (id int);',
    });
    await expect(migrate(db, broken)).rejects.toThrow(/002_second.sql failed: .*no_such_function/);
    const exists = async (table: string) =>
      (await db.query('select 1 from information_schema.tables where table_name = $1', [table]))
        .rows.length === 1;
    expect(await exists('m_first')).toBe(true);
    expect(await exists('m_second')).toBe(false);
    expect(await exists('m_third')).toBe(false);

    writeFileSync(join(broken, '002_second.sql'), 'create table m_second (id int);');
    expect(await migrate(db, broken)).toEqual(['002_second.sql', '003_third.sql']);
    expect(await exists('m_third')).toBe(true);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const { db } = database;
    const edited = dir({ '001_edited.sql': 'create table m_edited (id int);' });
    await migrate(db, edited);
    writeFileSync(join(edited, '001_edited.sql'), 'create table m_edited (id bigint);');
    await expect(migrate(db, edited)).rejects.toThrow(/changed after it was applied/);
  });

  it('two servers migrating at once apply each file exactly once', async () => {
    const fresh = await openTestDatabase(engine);
    try {
      const [first, second] = await Promise.all([migrate(fresh.db), migrate(fresh.db)]);
      expect([...first, ...second].sort()).toEqual(readMigrations().map((m) => m.name));
    } finally {
      await fresh.dispose();
    }
  });
});
