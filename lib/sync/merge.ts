/**
 * Field-level merge of one record: each field carries the clock stamp of its last edit, and
 * the later stamp wins that field (last writer wins per field). Two agents editing different
 * fields of a case both keep their edit; the same field goes to the later edit by the hybrid
 * clock (hlc.ts), so a machine whose clock is behind cannot make an old edit win over one it
 * had already seen. Deleting is a field too (`deleted`), so a delete and an edit merge the
 * same way. Pure and deterministic: every replica that has seen the same changes holds the
 * same record, whatever order they arrived in.
 *
 * Logs are the exception: a case's notes and history, a follow-up's history. They only
 * grow, and two agents adding a note at the same time must both keep theirs, so a log
 * merges as a set: the union of both sides' entries, in time order, the latest `limit` kept
 * (union, order and cut are the same whichever side arrives first).
 */
import { canonical } from './canonical';
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

/** A table's log fields and how many entries each keeps (its schema's maximum). */
export type LogLimits = Readonly<Record<string, number>>;

/** The entries of two logs, each once, in time order (then by content), the latest kept. */
export function unionLog(a: readonly unknown[], b: readonly unknown[], limit: number): unknown[] {
  const byContent = new Map<string, unknown>();
  for (const entry of [...a, ...b]) byContent.set(canonical(entry), entry);
  const timeOf = (entry: unknown) => {
    const at = (entry as { at?: unknown } | null)?.at;
    return typeof at === 'number' ? at : 0;
  };
  const ordered = [...byContent].sort(
    ([keyA, a], [keyB, b]) => timeOf(a) - timeOf(b) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
  );
  return ordered.slice(Math.max(0, ordered.length - limit)).map(([, entry]) => entry);
}

/**
 * `current` with every field of `incoming` whose stamp is later, and each log field (named
 * in `logs`) the union of both.
 */
export function mergeRecord(
  current: SyncedRecord | null,
  incoming: SyncedRecord,
  logs: LogLimits = {},
): MergeResult {
  const fields: FieldValues = { ...current?.fields };
  const clocks: FieldClocks = { ...current?.clocks };
  const taken: string[] = [];
  for (const [field, stamp] of Object.entries(incoming.clocks)) {
    const mine = clocks[field];
    const limit = logs[field];
    const ours = fields[field];
    const theirs = incoming.fields[field];
    if (limit !== undefined && Array.isArray(theirs)) {
      // Always in the merged form, even on first sight: every replica then stores the same.
      const union = unionLog(mine !== undefined && Array.isArray(ours) ? ours : [], theirs, limit);
      const later = mine === undefined || stamp > mine ? stamp : mine;
      if (later === mine && canonical(union) === canonical(ours)) continue;
      fields[field] = union;
      clocks[field] = later;
      taken.push(field);
      continue;
    }
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
