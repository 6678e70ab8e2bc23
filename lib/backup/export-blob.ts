/**
 * The export as one Blob, for the download. Each piece of text becomes a small Blob as it
 * comes: the browser keeps Blob data outside the page's JavaScript heap, so a 230 MB
 * backup of 100,000 cases never sits in the page as strings, and no single step copies
 * all of it (new Blob() of 230 MB of strings at the end was a one-second freeze).
 */
import type { CasebookDatabase } from '../db/database';
import { exportBackup, type ExportOptions, type ExportSummary } from './export';

/** Pieces are gathered to about this many characters before they become a Blob. */
const BATCH_CHARS = 512 * 1024;

export async function exportBackupBlob(
  db: CasebookDatabase,
  options: ExportOptions = {},
): Promise<{ blob: Blob; summary: ExportSummary }> {
  const blobs: Blob[] = [];
  let batch: string[] = [];
  let size = 0;
  const flush = () => {
    if (batch.length) blobs.push(new Blob(batch));
    batch = [];
    size = 0;
  };
  const pieces = exportBackup(db, options);
  for (;;) {
    const step = await pieces.next();
    if (step.done) {
      flush();
      return { blob: new Blob(blobs, { type: 'application/json' }), summary: step.value };
    }
    batch.push(step.value);
    size += step.value.length;
    if (size >= BATCH_CHARS) flush();
  }
}
