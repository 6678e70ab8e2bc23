/// <reference types="node" />
import type { Page } from 'playwright-core';

/**
 * Writes records straight into the extension's IndexedDB from one of its pages (the
 * dashboard), in chunks a DevTools message carries comfortably: a desk with a history,
 * before the page under test opens. The database must already exist (the page opened it).
 */
export async function seedExtensionDb(
  page: Page,
  records: Record<string, readonly unknown[]>,
  chunk = 5_000,
): Promise<void> {
  for (const [store, rows] of Object.entries(records)) {
    for (let start = 0; start < rows.length; start += chunk) {
      await page.evaluate(
        ([name, part]) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('casebook');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(name as string, 'readwrite');
              for (const record of part as unknown[]) tx.objectStore(name as string).put(record);
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        [store, rows.slice(start, start + chunk)] as const,
      );
    }
  }
}
