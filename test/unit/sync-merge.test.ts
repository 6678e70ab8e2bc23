import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../lib/sync/hlc';
import { latestStamp, mergeRecord, type SyncedRecord } from '../../lib/sync/merge';
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
});
