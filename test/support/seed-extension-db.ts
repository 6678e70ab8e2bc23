/// <reference types="node" />
import type { Page } from 'playwright-core';

/**
 * Writes records straight into the extension's IndexedDB from one of its pages (the
 * dashboard), in chunks a DevTools message carries comfortably: a desk with a history,
 * before the page under test opens. The database must already exist (the page opened it).
 * Written behind the app's back, so the analytics' mark goes too: the next view rebuilds
 * the facts from the events, as after an import (lib/analytics/stale.ts).
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
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('analyticsMarks', 'readwrite');
          tx.objectStore('analyticsMarks').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/**
 * Generates a desk's history inside the page and writes it there (test/support/
 * history-generator.ts bundled and evaluated in the page): 100,000 cases and a year of
 * events sent over the DevTools protocol took minutes; made where they are stored, seconds.
 * Returns the counts written, and clears the analytics' mark like seedExtensionDb.
 */
export async function seedGeneratedHistory(
  page: Page,
  options: { cases: number; days: number; end: number; seed?: number },
): Promise<{ cases: number; events: number; open: number }> {
  const { build } = await import('esbuild');
  const bundled = await build({
    stdin: {
      contents: `import { generateHistory } from './history-generator';
        globalThis.__generateHistory = generateHistory;`,
      resolveDir: new URL('.', import.meta.url).pathname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    alias: { '@': process.cwd() },
    logLevel: 'error',
  });
  await page.evaluate(bundled.outputFiles[0]!.text);
  const written = await page.evaluate(
    (opts) =>
      new Promise<{ cases: number; events: number; open: number }>((resolve, reject) => {
        type Generated = { cases: { status: string }[]; events: unknown[] };
        const generate = (globalThis as unknown as { __generateHistory(o: unknown): Generated })
          .__generateHistory;
        const { cases, events } = generate(opts);
        const open = cases.filter((c) => ['new', 'open', 'waiting'].includes(c.status)).length;
        const request = indexedDB.open('casebook');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['cases', 'events', 'counters', 'analyticsMarks'], 'readwrite');
          for (const record of cases) tx.objectStore('cases').put(record);
          for (const record of events) tx.objectStore('events').put(record);
          tx.objectStore('counters').put({ key: 'cases', value: cases.length });
          tx.objectStore('counters').put({ key: 'openCases', value: open });
          tx.objectStore('analyticsMarks').clear();
          tx.oncomplete = () => {
            db.close();
            resolve({ cases: cases.length, events: events.length, open });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    options,
  );
  return written;
}
