/**
 * The server's side of sync, over SQL only (PGlite and PostgreSQL alike): apply a push
 * (field-level merge of each change into the team's copy, numbered in the team's change
 * sequence) and answer a pull (every record changed after a cursor, in sequence order).
 * The HTTP layer (routes.ts) has already parsed the payload with lib/sync/protocol.ts.
 */
import { aheadBy, formatHlc, observe, parseHlc, type ClockState } from '../../../lib/sync/hlc';
import { mergeRecord, type SyncedRecord } from '../../../lib/sync/merge';
import { canRead, canWrite, ownOnly, type Role } from '../../../lib/sync/policy';
import {
  LOG_FIELDS,
  SYNC_TABLES,
  type Change,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../../lib/sync/protocol';
import type { Db } from '../db/db';

/** Who is asking: every query is scoped to this member's team. */
export interface SyncMember {
  memberId: string;
  teamId: string;
  role: Role;
}

/** How far ahead of the server's clock a client's stamp may be (a misset clock). */
export const MAX_CLOCK_AHEAD_MS = 10 * 60_000;

export class SyncRefused extends Error {
  constructor(
    readonly status: 400 | 403,
    readonly code: 'forbidden' | 'clock_ahead',
    message: string,
  ) {
    super(message);
  }
}

const keyOf = (table: string, id: string) => `${table}\u0000${id}`;

interface StoredRow {
  tbl: string;
  id: string;
  fields: Record<string, unknown>;
  clocks: Record<string, string>;
  owner_member: string | null;
  erased: boolean;
}

/** What an erasure leaves of a record: its tombstone, stamped by the erasure. */
const tombstoneOf = (change: Change): SyncedRecord => ({
  fields: { deleted: true },
  clocks: { deleted: change.clocks.deleted! },
});

function checkAllowed(member: SyncMember, changes: readonly Change[], now: number) {
  for (const change of changes) {
    if (!canWrite(member.role, change.table))
      throw new SyncRefused(
        403,
        'forbidden',
        `the ${member.role} role cannot change ${change.table}`,
      );
    for (const stamp of Object.values(change.clocks)) {
      const ahead = aheadBy(stamp, now);
      if (ahead > MAX_CLOCK_AHEAD_MS)
        throw new SyncRefused(
          400,
          'clock_ahead',
          `this computer's clock is ${Math.round(ahead / 60_000)} minutes ahead of the server's: set it right to sync`,
        );
    }
  }
}

/** Applies a push once: a retried pushId answers as before and changes nothing. */
export async function applyPush(
  db: Db,
  member: SyncMember,
  push: PushRequest,
  now = Date.now(),
): Promise<PushResponse> {
  checkAllowed(member, push.changes, now);
  return db.transaction(async (tx) => {
    // The team row's lock orders this team's pushes (see 002_sync.sql).
    const team = (
      await tx.query<{ sync_seq: string; sync_clock: string }>(
        'select sync_seq::text as sync_seq, sync_clock from teams where id = $1 for update',
        [member.teamId],
      )
    ).rows[0];
    if (!team) throw new SyncRefused(403, 'forbidden', 'no such team');
    const done = await tx.query<{ response: PushResponse }>(
      'select response from sync_pushes where team_id = $1 and push_id = $2',
      [member.teamId, push.pushId],
    );
    if (done.rows[0]) return { ...done.rows[0].response, duplicate: true };

    const stored = await loadRecords(tx, member.teamId, push.changes);
    const current = new Map<string, SyncedRecord>();
    const erased = new Set<string>();
    for (const row of stored) {
      if (row.erased) erased.add(keyOf(row.tbl, row.id));
      if (ownOnly(member.role, row.tbl as Change['table']) && row.owner_member !== member.memberId)
        throw new SyncRefused(403, 'forbidden', `${row.tbl} ${row.id} is another member's`);
      current.set(keyOf(row.tbl, row.id), { fields: row.fields, clocks: row.clocks });
    }

    let clock: ClockState = { ...parseHlc(team.sync_clock), node: 'server' };
    const changed = new Map<
      string,
      { table: string; id: string; record: SyncedRecord; erased: boolean }
    >();
    let applied = 0;
    for (const change of push.changes) {
      const key = keyOf(change.table, change.id);
      for (const stamp of Object.values(change.clocks)) clock = observe(clock, stamp, now);
      // Erased stays erased: no edit made anywhere before it had arrived brings content back.
      if (erased.has(key)) continue;
      if (change.erase) {
        erased.add(key);
        applied += 1;
        current.set(key, tombstoneOf(change));
        changed.set(key, {
          table: change.table,
          id: change.id,
          record: tombstoneOf(change),
          erased: true,
        });
        continue;
      }
      const { record, taken } = mergeRecord(
        current.get(key) ?? null,
        change,
        LOG_FIELDS[change.table],
      );
      if (taken.length === 0) continue;
      applied += 1;
      current.set(key, record);
      changed.set(key, { table: change.table, id: change.id, record, erased: false });
    }

    const firstSeq = BigInt(team.sync_seq) + 1n;
    const rows = [...changed.values()];
    if (rows.length) await saveRecords(tx, member, rows, firstSeq);
    const response: PushResponse = { applied, duplicate: false, clock: formatHlc(clock) };
    await tx.query('update teams set sync_seq = $2::bigint, sync_clock = $3 where id = $1', [
      member.teamId,
      String(firstSeq + BigInt(rows.length) - 1n),
      response.clock,
    ]);
    await tx.query(
      'insert into sync_pushes (team_id, push_id, member_id, response) values ($1, $2, $3, $4::jsonb)',
      [member.teamId, push.pushId, member.memberId, JSON.stringify(response)],
    );
    return response;
  });
}

async function loadRecords(tx: Db, teamId: string, changes: readonly Change[]) {
  const tables = changes.map((change) => change.table);
  const ids = changes.map((change) => change.id);
  const { rows } = await tx.query<StoredRow>(
    `select r.tbl, r.id, r.fields, r.clocks, r.owner_member::text as owner_member, r.erased
       from sync_records r
       join unnest($2::text[], $3::text[]) as wanted(tbl, id) using (tbl, id)
      where r.team_id = $1`,
    [teamId, tables, ids],
  );
  return rows;
}

async function saveRecords(
  tx: Db,
  member: SyncMember,
  rows: { table: string; id: string; record: SyncedRecord; erased: boolean }[],
  firstSeq: bigint,
) {
  await tx.query(
    `insert into sync_records (team_id, tbl, id, fields, clocks, seq, owner_member, erased)
     select $1, tbl, id, fields, clocks, seq, $7, erased
       from unnest($2::text[], $3::text[], $4::jsonb[], $5::jsonb[], $6::bigint[], $8::boolean[])
         as changed(tbl, id, fields, clocks, seq, erased)
     on conflict (team_id, tbl, id) do update
        set fields = excluded.fields, clocks = excluded.clocks, seq = excluded.seq,
            erased = excluded.erased, updated_at = now()`,
    [
      member.teamId,
      rows.map((row) => row.table),
      rows.map((row) => row.id),
      rows.map((row) => JSON.stringify(row.record.fields)),
      rows.map((row) => JSON.stringify(row.record.clocks)),
      rows.map((_, i) => String(firstSeq + BigInt(i))),
      member.memberId,
      rows.map((row) => row.erased),
    ],
  );
}

/**
 * Records changed after `cursor`, oldest change first, that this member may read. The page
 * and the team's head are read in one statement (one snapshot), so the cursor given back
 * passes records the member may not see without ever passing one not yet committed.
 */
export async function pull(
  db: Db,
  member: SyncMember,
  cursor: string,
  limit: number,
): Promise<PullResponse> {
  const readable = SYNC_TABLES.filter((table) => canRead(member.role, table));
  const ownOnlyTables = readable.filter((table) => ownOnly(member.role, table));
  const { rows } = await db.query<{
    tbl: Change['table'] | null;
    id: string | null;
    fields: Record<string, unknown> | null;
    clocks: Record<string, string> | null;
    seq: string | null;
    erased: boolean | null;
    head: string;
    clock: string;
  }>(
    `with page as (
       select tbl, id, fields, clocks, seq, erased from sync_records
        where team_id = $1 and seq > $2::bigint and tbl = any($3::text[])
          and (tbl <> all($4::text[]) or owner_member = $5)
        order by seq limit $6)
     select page.tbl, page.id, page.fields, page.clocks, page.seq::text as seq, page.erased,
            t.sync_seq::text as head, t.sync_clock as clock
       from teams t left join page on true
      where t.id = $1
      order by page.seq`,
    [member.teamId, cursor, readable, ownOnlyTables, member.memberId, limit],
  );
  const first = rows[0];
  if (!first) throw new SyncRefused(403, 'forbidden', 'no such team');
  const changes = rows.flatMap((row) =>
    row.tbl && row.id && row.fields && row.clocks && row.seq
      ? [
          {
            table: row.tbl,
            id: row.id,
            fields: row.fields,
            clocks: row.clocks,
            seq: row.seq,
            ...(row.erased ? { erased: true as const } : {}),
          },
        ]
      : [],
  );
  const more = changes.length === limit;
  const last = changes.at(-1)?.seq;
  const next = more && last ? last : maxCursor(cursor, first.head);
  return { changes, cursor: next, more, clock: first.clock };
}

const maxCursor = (a: string, b: string) => (BigInt(a) >= BigInt(b) ? a : b);
