/**
 * A backup import as steps, whoever runs them (the options page itself, or its worker so
 * a 100,000-case file never freezes the page): read the text, check every record, compare
 * with what is here (nothing written), then, on the agent's word, write all or nothing.
 */
import type { CasebookDatabase } from '../db/database';
import type { DateRange } from './format';
import { planBackup, type BackupPlan } from './plan';
import { readBackup } from './read';
import { writeBackup } from './write';

export type ImportStep = 'reading' | 'checking' | 'comparing' | 'writing';
export type ImportProgress = (step: ImportStep, done: number, total: number) => void;

/** What the preview says of the file itself. */
export interface BackupSummary {
  exportedAt: number;
  range: DateRange | null;
  records: number;
}

/** A checked and compared backup, waiting for the agent's word. */
export interface PreparedImport {
  summary: BackupSummary;
  plan: BackupPlan;
  /** Writes it all or nothing; returns what it did. The signal stops it (all rolled back). */
  write(onProgress: ImportProgress, signal: AbortSignal): Promise<BackupPlan>;
  /** Lets go of the backup without writing it. */
  drop(): void;
}

/**
 * Bigger files are refused before reading: the whole text is parsed at once, and a
 * JavaScript string holds at most about 512 million characters in Chromium.
 */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

export async function prepareImport(
  db: CasebookDatabase,
  readText: (onProgress: (done: number, total: number) => void) => Promise<string>,
  onProgress: ImportProgress,
): Promise<PreparedImport> {
  const text = await readText((done, total) => onProgress('reading', done, total));
  const backup = await readBackup(text, {
    onProgress: (done, total) => onProgress('checking', done, total),
  });
  const plan = await planBackup(db, backup, {
    onProgress: (done, total) => onProgress('comparing', done, total),
  });
  return {
    summary: { exportedAt: backup.exportedAt, range: backup.range, records: backup.records },
    plan,
    write: (onWrite, signal) =>
      writeBackup(db, backup, {
        signal,
        onProgress: (done, total) => onWrite('writing', done, total),
      }),
    drop: () => undefined,
  };
}
