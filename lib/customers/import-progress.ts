/**
 * How far a customer import has written, broadcast by the background to extension
 * pages (runtime.sendMessage reaches pages, never content scripts): an import of tens
 * of thousands of rows takes seconds, and the page shows a bar instead of a spinner.
 * Zod-free, so the dashboard can check it without the protocol.
 */
export const IMPORT_PROGRESS = 'customers.importProgress';

export interface ImportProgress {
  type: typeof IMPORT_PROGRESS;
  importId: string;
  done: number;
  total: number;
}

export function isImportProgress(message: unknown, importId: string): message is ImportProgress {
  const m = message as Partial<ImportProgress> | null;
  return (
    !!m &&
    m.type === IMPORT_PROGRESS &&
    m.importId === importId &&
    typeof m.done === 'number' &&
    typeof m.total === 'number'
  );
}
