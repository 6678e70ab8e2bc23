import type { CasebookDatabase } from '../db/database';
import { rescanFrom } from '../sync/rescan';
import { bumpCounter } from '../db/counters';
import { CaseSchema, isOpenStatus, type Case } from '../db/schema';
import { readSettings } from '../settings';
import { slaRulesOf, withDerivedFields } from './derive';

/** A batch of cases that did not validate; nothing of it was written. */
export class CaseImportError extends Error {
  constructor(readonly problems: { index: number; message: string }[]) {
    const first = problems
      .slice(0, 3)
      .map((p) => `case ${p.index + 1}: ${p.message}`)
      .join('; ');
    super(
      `${problems.length} case${problems.length === 1 ? '' : 's'} could not be read (${first}).`,
    );
    this.name = 'CaseImportError';
  }
}

export interface CaseImportReport {
  added: number;
  updated: number;
}

export interface CaseImportOptions {
  now: number;
  /** Records per write; progress is reported after each. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const describe = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  issues
    .slice(0, 2)
    .map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`)
    .join(', ');

/**
 * Writes many cases at once (backups, migrations from another desk): every record is
 * validated first and the batch is refused whole if any fails; then derived fields are
 * computed and the records written in chunks inside one transaction, so the import is
 * all or nothing and the running counters stay exact. A case with an existing id
 * replaces it (an update); the rest are added.
 */
export async function importCases(
  db: CasebookDatabase,
  input: readonly unknown[],
  { now, chunkSize = 2_000, onProgress }: CaseImportOptions,
): Promise<CaseImportReport> {
  const records: Case[] = [];
  const problems: { index: number; message: string }[] = [];
  input.forEach((raw, index) => {
    const parsed = CaseSchema.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else problems.push({ index, message: describe(parsed.error.issues) });
  });
  if (problems.length) throw new CaseImportError(problems);

  const rules = slaRulesOf(await readSettings(db));
  const report: CaseImportReport = { added: 0, updated: 0 };
  await db.transaction('rw', [db.cases, db.counters, db.syncMeta], async () => {
    let openDelta = 0;
    let caseDelta = 0;
    for (let start = 0; start < records.length; start += chunkSize) {
      const chunk = records
        .slice(start, start + chunkSize)
        .map((record) => withDerivedFields(record, now, rules));
      const existing = await db.cases.bulkGet(chunk.map((record) => record.id));
      chunk.forEach((record, i) => {
        const before = existing[i];
        if (before) report.updated += 1;
        else report.added += 1;
        const live = (c: Case | undefined) => !!c && !c.deleted;
        caseDelta += Number(live(record)) - Number(live(before));
        openDelta +=
          Number(live(record) && isOpenStatus(record.status)) -
          Number(live(before) && isOpenStatus(before!.status));
      });
      await db.cases.bulkPut(chunk);
      onProgress?.(Math.min(start + chunkSize, records.length), records.length);
    }
    await bumpCounter(db, 'cases', caseDelta);
    await bumpCounter(db, 'openCases', openDelta);
    // The cases keep their own times: team sync must look back that far to send them.
    if (records.length)
      await rescanFrom(
        db,
        records.reduce((earliest, record) => Math.min(earliest, record.updatedAt), Infinity),
      );
  });
  return report;
}
