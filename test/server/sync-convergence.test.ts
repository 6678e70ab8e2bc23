/**
 * Seeded convergence (issue 8, item 5): five clients make random edits and deletes, push in
 * random batches, pull in random pages, and lose requests and answers on the way, with
 * clocks up to five minutes apart. At the end every client and the server hold the same
 * records, and no acknowledged write is lost (each acknowledged field stamp is still there
 * or was overtaken by a later one). SYNC_SEEDS=500 runs more seeds (the longer optional run).
 */
import { expect, it } from 'vitest';
import { seededRandom } from '../dom/damage';
import type { SyncedRecord } from '../../lib/sync/merge';
import type { Db } from '../../server/src/db/db';
import { pull } from '../../server/src/sync/store';
import { SimClient } from './sync-sim';
import { describeOnEachDatabase, useMigratedDatabase } from './support/databases';

const SEEDS = Number(process.env.SYNC_SEEDS ?? 12);
const CLIENTS = 5;
const STEPS = 250;
const T0 = 1_795_000_000_000;

async function newTeam(db: Db, seed: number) {
  const teamId = crypto.randomUUID();
  await db.query('insert into teams (id, name) values ($1, $2)', [teamId, `Seed ${seed}`]);
  const members = [];
  for (let i = 0; i < CLIENTS; i++) {
    const memberId = crypto.randomUUID();
    await db.query('insert into members (id, team_id, name, role) values ($1, $2, $3, $4)', [
      memberId,
      teamId,
      `Agent ${i}`,
      'lead',
    ]);
    members.push({ memberId, teamId, role: 'lead' as const });
  }
  return members;
}

async function serverRecords(db: Db, member: Parameters<typeof pull>[1]) {
  const records = new Map<string, SyncedRecord>();
  let cursor = '0';
  for (;;) {
    const page = await pull(db, member, cursor, 1000);
    for (const change of page.changes)
      records.set(`${change.table}/${change.id}`, { fields: change.fields, clocks: change.clocks });
    cursor = page.cursor;
    if (!page.more) return records;
  }
}

describeOnEachDatabase('sync convergence', (engine) => {
  const database = useMigratedDatabase(engine);

  it(`${SEEDS} seeds of ${CLIENTS} clients with lost requests, lost answers and skewed clocks end identical`, async () => {
    const db = database.db;
    let faults = 0;
    let notesKept = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const random = seededRandom(seed);
      const members = await newTeam(db, seed);
      const clients = members.map((member, i) => new SimClient(`c${i}`, member, random));
      const skew = clients.map(() => Math.round((random() - 0.5) * 10 * 60_000));
      for (let step = 0; step < STEPS; step++) {
        const i = Math.floor(random() * CLIENTS);
        const client = clients[i]!;
        const now = T0 + step * 1000 + skew[i]!;
        const roll = random();
        if (roll < 0.45) client.edit(now);
        else if (roll < 0.75) {
          const lose = { request: random() < 0.15, answer: random() < 0.15 };
          if (lose.request || lose.answer) faults++;
          await client.push(db, now, lose);
        } else {
          const lost = random() < 0.1;
          if (lost) faults++;
          await client.pull(db, now, lost);
        }
      }
      const end = T0 + STEPS * 1000;
      for (const client of clients) await client.settle(db, end);
      for (const client of clients) await client.catchUp(db, end);

      const server = await serverRecords(db, members[0]!);
      for (const client of clients) {
        expect(Object.fromEntries(client.records), `seed ${seed}, ${client.name}`).toEqual(
          Object.fromEntries(server),
        );
        for (const write of client.acked) {
          const kept = server.get(write.key)?.clocks[write.field];
          expect(kept! >= write.stamp, `seed ${seed}: ${write.key}.${write.field}`).toBe(true);
        }
        // Notes are a log: every acknowledged note is still there, whoever wrote after it.
        for (const { key, noteId } of client.ackedNotes) {
          const notes = (server.get(key)?.fields.notes ?? []) as { id: string }[];
          expect(
            notes.some((note) => note.id === noteId),
            `seed ${seed}: ${key} lost note ${noteId}`,
          ).toBe(true);
        }
        notesKept += client.ackedNotes.length;
      }
      expect(server.size).toBeGreaterThan(0);
    }
    expect(faults).toBeGreaterThan(SEEDS * 10);
    expect(notesKept).toBeGreaterThan(SEEDS * 5);
  }, 600_000);
});
