/**
 * A simulated team for the convergence test: clients that edit and delete records, push
 * and pull through the server's sync store, and lose requests or answers on the way.
 * Each client is what the extension's sync does, reduced to its rules: local edits stamp
 * their fields with the client's clock and queue; pulls merge; a push is retried with the
 * same pushId until it is acknowledged.
 */
import { newClock, observe, tick, type ClockState } from '../../lib/sync/hlc';
import { mergeRecord, type SyncedRecord } from '../../lib/sync/merge';
import { LOG_FIELDS, type Change, type SyncTable } from '../../lib/sync/protocol';
import { applyPush, pull, type SyncMember } from '../../server/src/sync/store';
import type { Db } from '../../server/src/db/db';

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

/** Fields the simulation edits, with values valid for the record's schema. */
const EDITS: Record<'cases' | 'customers', Record<string, (random: Random) => unknown>> = {
  cases: {
    status: (r) => pick(r, ['new', 'open', 'waiting', 'resolved', 'closed']),
    title: (r) => `Title ${Math.floor(r() * 1000)}`,
    assignee: (r) => (r() < 0.3 ? null : pick(r, ['ana', 'ben', 'chi'])),
    priority: (r) => pick(r, ['P1', 'P2', 'P3', 'P4']),
    tags: (r) => (r() < 0.5 ? [] : [pick(r, ['refund', 'vip', 'bug'])]),
  },
  customers: {
    name: (r) => `Customer ${Math.floor(r() * 1000)}`,
    company: (r) => pick(r, ['', 'Acme', 'Globex']),
    vip: (r) => r() < 0.5,
  },
};
const TABLES = Object.keys(EDITS) as ('cases' | 'customers')[];
const IDS = Array.from({ length: 12 }, (_, i) => `rec-${i}`);

export interface AckedWrite {
  key: string;
  field: string;
  stamp: string;
}

/** A note this client added to a case (a log entry): acknowledged, it must never be lost. */
export interface AckedNote {
  key: string;
  noteId: string;
}

export class SimClient {
  clock: ClockState;
  records = new Map<string, SyncedRecord>();
  pending: Change[] = [];
  /** A push sent but not acknowledged: retried as is (same id, same changes). */
  inFlight: { pushId: string; changes: Change[] } | null = null;
  cursor = '0';
  acked: AckedWrite[] = [];
  ackedNotes: AckedNote[] = [];
  private notesAdded = 0;

  constructor(
    readonly name: string,
    readonly member: SyncMember,
    private readonly random: Random,
  ) {
    this.clock = newClock(name);
  }

  /** A random local edit (a delete one time in eight). */
  edit(now: number) {
    const table = pick(this.random, TABLES);
    const id = pick(this.random, IDS);
    const fields: Record<string, unknown> = {};
    if (this.random() < 0.125) fields.deleted = true;
    else {
      const editors = EDITS[table];
      for (const field of Object.keys(editors)) {
        if (this.random() < 0.5) fields[field] = editors[field]!(this.random);
      }
      // A note added to a case, as the extension pushes it: the whole log with one more.
      if (table === 'cases' && this.random() < 0.4) {
        const known = this.records.get(`${table}/${id}`)?.fields.notes;
        const note = {
          id: `${this.name}-n${++this.notesAdded}`,
          text: `Note from ${this.name}`,
          at: now,
          by: this.name,
        };
        fields.notes = [...(Array.isArray(known) ? known : []), note];
      }
      if (Object.keys(fields).length === 0) fields.deleted = false;
    }
    const clocks: Record<string, string> = {};
    for (const field of Object.keys(fields)) {
      const next = tick(this.clock, now);
      this.clock = next.state;
      clocks[field] = next.stamp;
    }
    const change: Change = { table: table as SyncTable, id, fields, clocks };
    this.apply(change);
    this.pending.push(change);
  }

  private apply(change: { table: string; id: string } & SyncedRecord) {
    const key = `${change.table}/${change.id}`;
    const logs = LOG_FIELDS[change.table as SyncTable];
    this.records.set(key, mergeRecord(this.records.get(key) ?? null, change, logs).record);
  }

  /** Sends pending changes (in a random order) or retries the unacknowledged push. */
  async push(db: Db, now: number, lose: { request: boolean; answer: boolean }) {
    if (!this.inFlight) {
      if (this.pending.length === 0) return;
      const batch = this.pending.splice(0, 1 + Math.floor(this.random() * 8));
      batch.sort(() => this.random() - 0.5);
      this.inFlight = { pushId: crypto.randomUUID(), changes: batch };
    }
    if (lose.request) return; // never reached the server: retried later
    const answer = await applyPush(db, this.member, { ...this.inFlight }, now);
    if (lose.answer) return; // applied, but the client never heard: retried later
    this.clock = observe(this.clock, answer.clock, now);
    for (const change of this.inFlight.changes) {
      const key = `${change.table}/${change.id}`;
      for (const [field, stamp] of Object.entries(change.clocks))
        this.acked.push({ key, field, stamp });
      const notes = change.fields.notes;
      if (Array.isArray(notes))
        for (const note of notes as { id: string }[])
          this.ackedNotes.push({ key, noteId: note.id });
    }
    this.inFlight = null;
  }

  /** Pulls one page (random size) and merges it. */
  async pull(db: Db, now: number, lostAnswer: boolean) {
    const page = await pull(db, this.member, this.cursor, 1 + Math.floor(this.random() * 20));
    if (lostAnswer) return false;
    for (const change of page.changes) {
      this.apply(change);
      for (const stamp of Object.values(change.clocks))
        this.clock = observe(this.clock, stamp, now);
    }
    this.cursor = page.cursor;
    return page.more;
  }

  /** Pushes everything and pulls to the end, with no more faults. */
  async settle(db: Db, now: number) {
    while (this.inFlight || this.pending.length)
      await this.push(db, now, { request: false, answer: false });
  }

  async catchUp(db: Db, now: number) {
    while (await this.pull(db, now, false));
  }
}
