// The Db interface behaves the same on both engines: the values SQL returns, multi-statement
// text, and transactions (commit, rollback, nesting, one connection throughout).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/db';
import { describeOnEachDatabase, openTestDatabase, type TestDatabase } from './support/databases';

describeOnEachDatabase('Db', (engine) => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
    await db.query('create table notes (id int primary key, body text not null)');
  });
  afterAll(() => database.dispose());

  it('names its engine', () => {
    expect(db.kind).toBe(engine === 'PGlite' ? 'pglite' : 'postgres');
  });

  it('runs $n placeholders and returns rows', async () => {
    const { rows } = await db.query<{ sum: number; text: string }>(
      'select $1::int + $2::int as sum, $3::text as text',
      [2, 3, 'hi'],
    );
    expect(rows).toEqual([{ sum: 5, text: 'hi' }]);
  });

  it('returns the same JavaScript values on both engines', async () => {
    const { rows } = await db.query(`select 9007199254740991::int8 as big, now() as at,
      '{"a":[1]}'::jsonb as doc, '7d444840-9dc0-41d1-b245-5ffdce74fad2'::uuid as id,
      1.50::numeric as exact, null::text as nothing, true as yes`);
    const row = rows[0]!;
    expect(row.big).toBe(Number.MAX_SAFE_INTEGER);
    expect(row.at).toBeInstanceOf(Date);
    expect(row.doc).toEqual({ a: [1] });
    expect(row.id).toBe('7d444840-9dc0-41d1-b245-5ffdce74fad2');
    expect(row.exact).toBe('1.50');
    expect(row.nothing).toBeNull();
    expect(row.yes).toBe(true);
  });

  it('refuses an int8 that a JavaScript number would round', async () => {
    await expect(db.query('select 9007199254740993::int8 as big')).rejects.toThrow(/2\^53/);
  });

  it('runs several statements when there are no params, answering with the last', async () => {
    const { rows } = await db.query(
      "insert into notes values (100, 'a'); insert into notes values (101, 'b'); select count(*)::int as n from notes where id >= 100",
    );
    expect(rows).toEqual([{ n: 2 }]);
  });

  it('commits a transaction', async () => {
    const result = await db.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [1, 'kept']);
      return 'done';
    });
    expect(result).toBe('done');
    const { rows } = await db.query('select body from notes where id = 1');
    expect(rows).toEqual([{ body: 'kept' }]);
  });

  it('rolls back on throw and passes the error on', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into notes values ($1, $2)', [2, 'lost']);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const { rows } = await db.query('select * from notes where id = 2');
    expect(rows).toEqual([]);
  });

  it('nested transactions join the outer one: an inner throw rolls back everything', async () => {
    await expect(
      db.transaction(async (outer) => {
        await outer.query('insert into notes values ($1, $2)', [3, 'outer']);
        await outer.transaction(async (inner) => {
          await inner.query('insert into notes values ($1, $2)', [4, 'inner']);
          const seen = await inner.query('select id from notes where id in (3, 4) order by id');
          expect(seen.rows).toEqual([{ id: 3 }, { id: 4 }]);
          throw new Error('inner failed');
        });
      }),
    ).rejects.toThrow('inner failed');
    const { rows } = await db.query('select * from notes where id in (3, 4)');
    expect(rows).toEqual([]);
  });

  it('keeps one session from BEGIN to COMMIT (SET LOCAL holds across queries)', async () => {
    const shown = await db.transaction(async (tx) => {
      await tx.query("set local statement_timeout = '4321ms'");
      const { rows } = await tx.query<{ statement_timeout: string }>('show statement_timeout');
      return rows[0]!.statement_timeout;
    });
    expect(shown).toBe('4321ms');
  });

  it('stays usable after many failed transactions (connections go back to the pool)', async () => {
    for (let attempt = 0; attempt < 15; attempt++) {
      await expect(
        db.transaction((tx) => tx.query('insert into notes values (1, $1)', ['duplicate'])),
      ).rejects.toThrow();
    }
    const { rows } = await db.query('select count(*)::int as n from notes where id = 1');
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('refuses close() on a transaction', async () => {
    await expect(db.transaction((tx) => tx.close())).rejects.toThrow(/not a transaction/);
  });
});
