/**
 * Field-level merge of one record: each field carries the clock stamp of its last edit, and
 * the later stamp wins that field (last writer wins per field). Two agents editing different
 * fields of a case both keep their edit; the same field goes to the later edit by the hybrid
 * clock (hlc.ts), so a machine whose clock is behind cannot make an old edit win over one it
 * had already seen. Deleting is a field too (`deleted`), so a delete and an edit merge the
 * same way. Pure and deterministic: every replica that has seen the same changes holds the
 * same record, whatever order they arrived in.
 */
import type { Hlc } from './hlc';

export type FieldValues = Record<string, unknown>;
export type FieldClocks = Record<string, Hlc>;

/** A record as sync sees it: its field values and the stamp of each field's last edit. */
export interface SyncedRecord {
  fields: FieldValues;
  clocks: FieldClocks;
}

export interface MergeResult {
  record: SyncedRecord;
  /** Fields whose value came from `incoming` (the others kept `current`'s). */
  taken: string[];
}

/** `current` with every field of `incoming` whose stamp is later. */
export function mergeRecord(current: SyncedRecord | null, incoming: SyncedRecord): MergeResult {
  const fields: FieldValues = { ...current?.fields };
  const clocks: FieldClocks = { ...current?.clocks };
  const taken: string[] = [];
  for (const [field, stamp] of Object.entries(incoming.clocks)) {
    const mine = clocks[field];
    if (mine !== undefined && mine >= stamp) continue;
    fields[field] = incoming.fields[field];
    clocks[field] = stamp;
    taken.push(field);
  }
  return { record: { fields, clocks }, taken };
}

/** The latest stamp of a record (when it last changed, by any field). */
export function latestStamp(clocks: FieldClocks): Hlc | null {
  let latest: Hlc | null = null;
  for (const stamp of Object.values(clocks)) if (latest === null || stamp > latest) latest = stamp;
  return latest;
}
