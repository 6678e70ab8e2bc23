/**
 * The server's sync store on each available database: pushes are idempotent, merge by
 * field, stay inside their team and their role; pull cursors never skip or repeat a change,
 * also with pushes landing concurrently.
 */
import { beforeAll, expect, it } from 'vitest';
import { formatHlc } from '../../lib/sync/hlc';
import type { Role } from '../../lib/sync/policy';
import type { Change } from '../../lib/sync/protocol';
import type { Db } from '../../server/src/db/db';
import { applyPush, pull, SyncRefused, type SyncMember } from '../../server/src/sync/store';
import { describeOnEachDatabase, useMigratedDatabase } from './support/databases';

const NOW = 1_795_000_000_000;
const at = (wall: number, node = 'a') => formatHlc({ wall: NOW + wall, counter: 0, node });
const change = (
  table: Change['table'],
  id: string,
  fields: Record<string, unknown>,
  wall = 0,
): Change => ({
  table,
  id,
  fields,
  clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, at(wall)])),
});
const push = (changes: Change[], pushId = crypto.randomUUID()) => ({ pushId, changes });

async function pullAll(db: Db, member: SyncMember, limit = 1000) {
  const seen: { key: string; seq: string }[] = [];
  let cursor = '0';
  for (;;) {
    const page = await pull(db, member, cursor, limit);
    seen.push(...page.changes.map((c) => ({ key: `${c.table}/${c.id}`, seq: c.seq })));
    cursor = page.cursor;
    if (!page.more) return { seen, cursor };
  }
}

describeOnEachDatabase('sync store', (engine) => {
  const database = useMigratedDatabase(engine);
  let db: Db;
  let teamA: string;
  let teamB: string;
  const member = async (teamId: string, role: Role): Promise<SyncMember> => {
    const memberId = crypto.randomUUID();
    await db.query('insert into members (id, team_id, name, role) values ($1, $2, $3, $4)', [
      memberId,
      teamId,
      role,
      role,
    ]);
    return { memberId, teamId, role };
  };

  beforeAll(async () => {
    db = database.db;
    teamA = crypto.randomUUID();
    teamB = crypto.randomUUID();
    await db.query('insert into teams (id, name) values ($1, $2), ($3, $4)', [
      teamA,
      'A',
      teamB,
      'B',
    ]);
  });

  it('a retried push changes nothing and answers as the first time', async () => {
    const lead = await member(teamA, 'lead');
    const body = push([change('cases', 'retry-1', { status: 'open', title: 'Hi' })]);
    const first = await applyPush(db, lead, body, NOW);
    const before = await pullAll(db, lead);
    const again = await applyPush(db, lead, body, NOW);
    expect(first).toMatchObject({ applied: 1, duplicate: false });
    expect(again).toEqual({ ...first, duplicate: true });
    expect((await pullAll(db, lead)).cursor).toBe(before.cursor);
  });

  it('merges by field: an older edit loses, other fields are kept', async () => {
    const lead = await member(teamA, 'lead');
    await applyPush(
      db,
      lead,
      push([change('cases', 'm-1', { status: 'open', title: 'A' }, 5)]),
      NOW,
    );
    const older = await applyPush(
      db,
      lead,
      push([change('cases', 'm-1', { status: 'closed' }, 1)]),
      NOW,
    );
    const newer = await applyPush(db, lead, push([change('cases', 'm-1', { title: 'B' }, 9)]), NOW);
    expect([older.applied, newer.applied]).toEqual([0, 1]);
    const page = await pull(db, lead, '0', 1000);
    const record = page.changes.find((c) => c.id === 'm-1');
    expect(record?.fields).toEqual({ status: 'open', title: 'B' });
  });

  it('an erasure leaves only the tombstone, and no later push brings content back', async () => {
    const marketer = await member(teamA, 'marketer');
    const quote = { quote: 'Dana says: best support ever', favourite: true };
    await applyPush(db, marketer, push([change('testimonials', 'er-1', quote, 1)]), NOW);
    const erase: Change = { ...change('testimonials', 'er-1', { deleted: true }, 5), erase: true };
    expect((await applyPush(db, marketer, push([erase]), NOW)).applied).toBe(1);
    // An edit made before the erasure arrived, and one stamped later: both refused quietly.
    const late = await applyPush(
      db,
      marketer,
      push([
        change('testimonials', 'er-1', { favourite: false }, 3),
        change('testimonials', 'er-1', { quote: 'Dana again' }, 9),
      ]),
      NOW,
    );
    expect(late.applied).toBe(0);
    const record = (await pull(db, marketer, '0', 1000)).changes.find((c) => c.id === 'er-1');
    expect(record).toMatchObject({ fields: { deleted: true }, erased: true });
    expect(Object.keys(record!.clocks)).toEqual(['deleted']);
    const { rows } = await db.query<{ text: string }>(
      "select fields::text || clocks::text as text from sync_records where id = 'er-1'",
    );
    expect(rows[0]?.text).not.toContain('Dana');
  });

  it('a pull cursor never skips or repeats a change, with pushes landing at the same time', async () => {
    const team = crypto.randomUUID();
    await db.query('insert into teams (id, name) values ($1, $2)', [team, 'Busy']);
    const writers = await Promise.all([1, 2, 3, 4, 5].map(() => member(team, 'agent')));
    const lead = await member(team, 'lead');
    const collected: string[] = [];
    let cursor = '0';
    const pushes = writers.flatMap((writer, w) =>
      Array.from({ length: 6 }, (_, n) =>
        applyPush(db, writer, push([change('cases', `w${w}-${n}`, { title: `t${n}` }, n)]), NOW),
      ),
    );
    // Pull while the pushes land, in pages of 2.
    const reader = (async () => {
      for (let round = 0; round < 40; round++) {
        const page = await pull(db, lead, cursor, 2);
        collected.push(...page.changes.map((c) => c.seq));
        cursor = page.cursor;
        await new Promise((done) => setTimeout(done, 1));
      }
    })();
    await Promise.all([...pushes, reader]);
    for (;;) {
      const page = await pull(db, lead, cursor, 2);
      collected.push(...page.changes.map((c) => c.seq));
      cursor = page.cursor;
      if (!page.more) break;
    }
    const numbers = collected.map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length).toBe(30);
  });

  it('nothing of another team is read or written, whatever the ids say', async () => {
    const a = await member(teamA, 'lead');
    const b = await member(teamB, 'lead');
    await applyPush(db, a, push([change('cases', 'shared-id', { title: 'A secret' }, 1)]), NOW);
    await applyPush(db, b, push([change('cases', 'shared-id', { title: 'B own' }, 0)]), NOW);
    const seenByB = (await pull(db, b, '0', 1000)).changes;
    expect(seenByB.map((c) => c.fields.title)).toEqual(['B own']);
    const seenByA = (await pull(db, a, '0', 1000)).changes.find((c) => c.id === 'shared-id');
    expect(seenByA?.fields.title).toBe('A secret');
    // A team that does not exist (a deleted one) gets a refusal, not an empty answer.
    await expect(pull(db, { ...b, teamId: crypto.randomUUID() }, '0', 10)).rejects.toThrow(
      SyncRefused,
    );
  });

  it('roles: agents see their own follow-ups, marketers no cases, agents write no experts', async () => {
    const lead = await member(teamA, 'lead');
    const agent1 = await member(teamA, 'agent');
    const agent2 = await member(teamA, 'agent');
    const marketer = await member(teamA, 'marketer');
    await applyPush(db, agent1, push([change('followUps', 'f-1', { updatedAt: 1 })]), NOW);
    await applyPush(db, agent2, push([change('followUps', 'f-2', { updatedAt: 2 })]), NOW);
    const ids = async (m: SyncMember, table: string) =>
      (await pull(db, m, '0', 1000)).changes.filter((c) => c.table === table).map((c) => c.id);
    expect(await ids(agent1, 'followUps')).toEqual(['f-1']);
    expect((await ids(lead, 'followUps')).sort()).toEqual(['f-1', 'f-2']);
    expect(await ids(marketer, 'cases')).toEqual([]);
    await expect(
      applyPush(db, agent1, push([change('followUps', 'f-2', { updatedAt: 9 }, 9)]), NOW),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      applyPush(db, agent1, push([change('experts', 'e-1', { updatedAt: 1 })]), NOW),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    expect(await ids(lead, 'experts')).toEqual([]);
  });

  it('refuses stamps from a clock far ahead, saying so', async () => {
    const lead = await member(teamA, 'lead');
    const ahead = change('cases', 'ahead', { title: 'x' }, 3 * 3_600_000);
    await expect(applyPush(db, lead, push([ahead]), NOW)).rejects.toMatchObject({
      status: 400,
      code: 'clock_ahead',
      message: expect.stringMatching(/180 minutes ahead/),
    });
  });
});
