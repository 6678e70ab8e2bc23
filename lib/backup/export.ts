/**
 * Export (issue 9): every table, or the records changed in a date range, as the backup
 * file's text in pieces. Each table is read in primary-key order a chunk at a time (keyset
 * paging: no offset, so chunk 50 costs what chunk 1 does) and the generator yields to the
 * event loop between chunks, so 100,000 cases export while the page stays responsive.
 *
 * Every record is written as its schema reads it (zod's output: the schema's key order,
 * the same however the record was first written), which is what an import stores. So
 * export → import into an empty database → export gives the same `tables`, byte for byte.
 * A record that fails its schema is still written as stored (a backup must not lose data)
 * and reported: an import would refuse the file until it is fixed.
 *
 * Not a snapshot: each chunk is its own read (a transaction cannot stay open across the
 * yields), so a record changed during the export is written as it was when its chunk was read.
 */
import type { CasebookDatabase } from '../db/database';
import {
  BACKUP_FORMAT,
  BACKUP_TABLE_NAMES,
  BACKUP_TABLES,
  BACKUP_VERSION,
  backupTable,
  inRange,
  keyOf,
  type BackupTable,
  type DateRange,
  type StoredRecord,
} from './format';
import { PROBLEMS_SHOWN, problemsOf, type RecordProblem } from './problems';
import { yieldToEventLoop } from '../next-task';

export interface ExportOptions {
  /** Only records whose time is in the range (settings always); null: everything. */
  range?: DateRange | null;
  /**
   * Records read per chunk. Each is checked against its schema, and zod cannot compile its
   * parsers in an extension (no eval, and lib/zod.ts sets it jitless): 250 cases took up
   * to 60 ms on a busy 2-core machine, so 100, about half of a long task at worst.
   */
  chunkSize?: number;
  /** Records read so far, of all records in the database. */
  onProgress?: (done: number, total: number) => void;
  now?: number;
}

export interface ExportSummary {
  /** Records written to the file, per table. */
  written: Record<BackupTable, number>;
  records: number;
  /** Records written as stored that their schema refuses (first few; `invalid` counts all). */
  problems: RecordProblem[];
  invalid: number;
}

async function* tableRecords(db: CasebookDatabase, name: BackupTable, chunkSize: number) {
  const table = backupTable(db, name);
  let last: string | null = null;
  for (;;) {
    const chunk: StoredRecord[] = await (
      last === null ? table.orderBy(':id') : table.where(':id').above(last)
    )
      .limit(chunkSize)
      .toArray();
    if (!chunk.length) return;
    yield chunk;
    if (chunk.length < chunkSize) return;
    last = keyOf(name, chunk[chunk.length - 1]!);
  }
}

/** The backup file's text, in pieces; returns what was written. */
export async function* exportBackup(
  db: CasebookDatabase,
  { range = null, chunkSize = 100, onProgress, now = Date.now() }: ExportOptions = {},
): AsyncGenerator<string, ExportSummary> {
  const counts = await Promise.all(BACKUP_TABLE_NAMES.map((name) => db.table(name).count()));
  const total = counts.reduce((sum, n) => sum + n, 0);
  const summary: ExportSummary = {
    written: Object.fromEntries(BACKUP_TABLE_NAMES.map((n) => [n, 0])) as ExportSummary['written'],
    records: 0,
    problems: [],
    invalid: 0,
  };
  let done = 0;
  onProgress?.(0, total);
  const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, range };
  yield `${JSON.stringify(head).slice(0, -1)},"tables":{\n`;
  for (const [t, name] of BACKUP_TABLE_NAMES.entries()) {
    yield `${t ? ',\n' : ''}${JSON.stringify(name)}:[`;
    const schema = BACKUP_TABLES[name].schema;
    for await (const chunk of tableRecords(db, name, chunkSize)) {
      // Reading a chunk (IndexedDB's copy of it) is one task, writing it out another.
      await yieldToEventLoop();
      const lines: string[] = [];
      for (const record of chunk) {
        if (!inRange(name, record, range)) continue;
        const parsed = schema.safeParse(record);
        if (!parsed.success) {
          summary.invalid += 1;
          const index = summary.written[name];
          if (summary.problems.length < PROBLEMS_SHOWN)
            summary.problems.push(...problemsOf(name, index, parsed.error.issues).slice(0, 1));
        }
        lines.push(JSON.stringify(parsed.success ? parsed.data : record));
        summary.written[name] += 1;
      }
      if (lines.length) {
        const first = summary.written[name] === lines.length;
        yield `${first ? '\n' : ',\n'}${lines.join(',\n')}`;
      }
      done += chunk.length;
      onProgress?.(Math.min(done, total), Math.max(total, done));
      await yieldToEventLoop();
    }
    yield summary.written[name] ? '\n]' : ']';
  }
  yield '\n}}\n';
  summary.records = Object.values(summary.written).reduce((sum, n) => sum + n, 0);
  return summary;
}

/** Runs the export and keeps its pieces (a Blob takes them as they are, no big join). */
export async function collectBackup(
  db: CasebookDatabase,
  options: ExportOptions = {},
): Promise<{ parts: string[]; summary: ExportSummary }> {
  const parts: string[] = [];
  const pieces = exportBackup(db, options);
  for (;;) {
    const step = await pieces.next();
    if (step.done) return { parts, summary: step.value };
    parts.push(step.value);
  }
}
