// Reading the extension's database from the outside, in tests and benchmarks.
import type { Frame, Page, Worker } from 'playwright-core';

/**
 * Every record of a table of the extension's database, read where the extension's own code
 * runs: one of its pages, or its service worker (no page kept open and busy meanwhile).
 */
export const storedRecords = (
  where: Page | Frame | Worker,
  table: string,
): Promise<Record<string, unknown>[]> =>
  (where as Page).evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction(name).objectStore(name).getAll();
          read.onsuccess = () => {
            open.result.close();
            resolve(read.result as Record<string, unknown>[]);
          };
          read.onerror = () => reject(read.error);
        };
      }),
    table,
  );
