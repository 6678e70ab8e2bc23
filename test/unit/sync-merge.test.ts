import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../lib/sync/hlc';
import { latestStamp, mergeRecord, unionLog, type SyncedRecord } from '../../lib/sync/merge';
import { seededRandom } from '../dom/damage';

const at = (wall: number, node = 'a') => formatHlc({ wall, counter: 0, node });

describe('field-level merge', () => {
  it('keeps both edits when two agents edit different fields', () => {
    const base: SyncedRecord = {
      fields: { status: 'open', title: 'Refund' },
      clocks: { status: at(1), title: at(1) },
    };
    const fromB = { fields: { title: 'Refund, urgent' }, clocks: { title: at(3, 'b') } };
    const fromA = { fields: { status: 'waiting' }, clocks: { status: at(2, 'a') } };
    const merged = mergeRecord(mergeRecord(base, fromA).record, fromB).record;
    expect(merged.fields).toEqual({ status: 'waiting', title: 'Refund, urgent' });
  });

  it('gives one field to the later stamp and says which fields it took', () => {
    const current = { fields: { status: 'closed' }, clocks: { status: at(5) } };
    const older = mergeRecord(current, { fields: { status: 'open' }, clocks: { status: at(4) } });
    expect(older.taken).toEqual([]);
    expect(older.record.fields.status).toBe('closed');
    const newer = mergeRecord(current, { fields: { status: 'open' }, clocks: { status: at(6) } });
    expect(newer.taken).toEqual(['status']);
    expect(newer.record.fields.status).toBe('open');
  });

  it('merges a delete like any field: a later delete wins, an earlier one does not', () => {
    const edited = {
      fields: { deleted: false, note: 'x' },
      clocks: { deleted: at(1), note: at(5) },
    };
    expect(
      mergeRecord(edited, { fields: { deleted: true }, clocks: { deleted: at(6) } }).record.fields
        .deleted,
    ).toBe(true);
    expect(
      mergeRecord(edited, { fields: { deleted: true }, clocks: { deleted: at(0) } }).record.fields
        .deleted,
    ).toBe(false);
  });

  it('is idempotent, commutative and associative: every order of the same changes agrees', () => {
    const random = seededRandom(8);
    const changes: SyncedRecord[] = Array.from({ length: 40 }, (_, i) => {
      const field = ['a', 'b', 'c', 'd'][Math.floor(random() * 4)]!;
      const stamp = formatHlc({ wall: Math.floor(random() * 20), counter: i, node: `n${i % 5}` });
      return { fields: { [field]: i }, clocks: { [field]: stamp } };
    });
    const apply = (order: SyncedRecord[]) =>
      order.reduce<SyncedRecord | null>(
        (record, change) => mergeRecord(record, change).record,
        null,
      );
    const expected = apply(changes);
    for (let round = 0; round < 50; round++) {
      const shuffled = [...changes, ...changes.slice(0, 10)].sort(() => random() - 0.5);
      expect(apply(shuffled)).toEqual(expected);
    }
    expect(latestStamp(expected!.clocks)).toBe(
      changes
        .map((change) => Object.values(change.clocks)[0]!)
        .sort()
        .at(-1),
    );
  });

  it('keeps the notes two agents add at once, whichever stamp is later', () => {
    const note = (id: string, at: number) => ({ id, text: `note ${id}`, at, by: 'ana' });
    const base = { fields: { notes: [note('n1', 1)] }, clocks: { notes: at(1) } };
    const fromA = { fields: { notes: [note('n1', 1), note('a', 5)] }, clocks: { notes: at(5) } };
    const fromB = {
      fields: { notes: [note('n1', 1), note('b', 4)] },
      clocks: { notes: at(4, 'b') },
    };
    const logs = { notes: 10 };
    const ab = mergeRecord(mergeRecord(base, fromA, logs).record, fromB, logs);
    const ba = mergeRecord(mergeRecord(base, fromB, logs).record, fromA, logs);
    expect(ab.record).toEqual(ba.record);
    expect((ab.record.fields.notes as { id: string }[]).map((n) => n.id)).toEqual(['n1', 'b', 'a']);
    expect(ab.record.clocks.notes).toBe(at(5));
    // The older push still brought an entry, so the field was taken from it.
    expect(ab.taken).toEqual(['notes']);
    // Hearing the same log again changes nothing.
    expect(mergeRecord(ab.record, fromB, logs).taken).toEqual([]);
    // Without log treatment, the later stamp alone would have won and dropped B's note.
    const plain = mergeRecord(mergeRecord(base, fromB).record, fromA).record;
    expect((plain.fields.notes as { id: string }[]).map((n) => n.id)).toEqual(['n1', 'a']);
  });

  it('merges logs in any order, with ties and a limit, to the same entries', () => {
    const random = seededRandom(21);
    const entries = Array.from({ length: 30 }, (_, i) => ({
      at: Math.floor(random() * 6), // many ties in time
      by: `agent${i % 3}`,
      type: ['note', 'status', 'created'][i % 3],
    }));
    const changes: SyncedRecord[] = Array.from({ length: 12 }, (_, i) => {
      const picked = entries.filter(() => random() < 0.3).sort(() => random() - 0.5);
      const stamp = formatHlc({ wall: Math.floor(random() * 20), counter: i, node: `n${i % 4}` });
      return { fields: { history: picked }, clocks: { history: stamp } };
    });
    const logs = { history: 8 };
    const apply = (order: SyncedRecord[]) =>
      order.reduce<SyncedRecord | null>(
        (record, change) => mergeRecord(record, change, logs).record,
        null,
      );
    const expected = apply(changes)!;
    const all = changes.flatMap((change) => change.fields.history as unknown[]);
    expect(expected.fields.history).toEqual(unionLog([], all, 8));
    expect(expected.fields.history).toHaveLength(8);
    for (let round = 0; round < 50; round++) {
      const shuffled = [...changes, ...changes.slice(0, 4)].sort(() => random() - 0.5);
      expect(apply(shuffled)).toEqual(expected);
    }
  });

  it('orders a log by time, drops repeats whatever their key order, and keeps the latest', () => {
    const log = unionLog(
      [
        { at: 3, by: 'b' },
        { at: 1, by: 'a' },
      ],
      [
        { by: 'a', at: 1 },
        { at: 2, by: 'c' },
      ],
      2,
    );
    expect(log).toEqual([
      { at: 2, by: 'c' },
      { at: 3, by: 'b' },
    ]);
  });
});
