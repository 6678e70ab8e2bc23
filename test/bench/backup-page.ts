// Runs inside a Chromium page (bundled by test/bench/backup-bench.ts): the backup's export
// and import of 100,000 cases on Chromium's real IndexedDB, with the library code the
// settings page runs (lib/backup), beside raw IndexedDB puts of the same records.
// Exposes window.__backup for the runner.
import { exportBackupBlob } from '@/lib/backup/export-blob';
import { planBackup } from '@/lib/backup/plan';
import { readBackup } from '@/lib/backup/read';
import { writeBackup } from '@/lib/backup/write';
import { slaRulesOf, withDerivedFields } from '@/lib/cases/derive';
import { CasebookDatabase } from '@/lib/db/database';
import type { Case } from '@/lib/db/schema';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { generateCases } from '../support/case-generator';

const NOW = Date.UTC(2026, 10, 22);
let records: Case[] | null = null;
let file: Blob | null = null;
let exportedTables = '';

/** Long tasks (> 50 ms) while some work runs: how many, and the longest. */
async function watched<T>(work: () => Promise<T>) {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  // Entries arrive after the task ends: one more turn of the event loop to collect them.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { result, ms, longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks) };
}

function rawPut(name: string, rows: readonly Case[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    // The cases table's own indexes (lib/db/migrations.ts, v4 to v8), as import writes them.
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('cases', { keyPath: 'id' });
      store.createIndex('ref', 'ref', { unique: true });
      for (const index of ['status', 'customerKey', 'updatedAt', 'createdAt', 'slaDueAt'])
        store.createIndex(index, index);
      store.createIndex('postKeys', 'postKeys', { multiEntry: true });
      store.createIndex('terms', 'terms', { multiEntry: true });
      store.createIndex('[status+updatedAt]', ['status', 'updatedAt']);
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('cases', 'readwrite');
      const store = tx.objectStore('cases');
      for (const row of rows) store.put(row);
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

const tablesOf = (text: string) => text.slice(text.indexOf('"tables":'));

const api = {
  generate(count: number) {
    const rules = slaRulesOf(DEFAULT_SETTINGS);
    records = generateCases(count, 42, NOW - count * 60_000).map((c) =>
      withDerivedFields(c, NOW, rules),
    );
    return records.length;
  },
  /**
   * The baseline: bare IndexedDB puts of the same records in one transaction into a store
   * with the cases table's indexes, the ceiling of what any write of them can do.
   */
  async rawPuts() {
    return (await watched(() => rawPut('raw-backup-bench', records!))).ms;
  },
  /** Seeds the database to export, with Dexie's bulkPut in chunks (timed, for reference). */
  async seed() {
    const db = new CasebookDatabase('backup-source');
    const { ms } = await watched(() =>
      db.transaction('rw', db.cases, async () => {
        for (let i = 0; i < records!.length; i += 2_000)
          await db.cases.bulkPut(records!.slice(i, i + 2_000));
      }),
    );
    await db.counters.put({ key: 'cases', value: records!.length });
    db.close();
    records = null; // the export must not lean on records already in memory
    return ms;
  },
  /** The export as the settings page runs it: the pieces, then one Blob of them. */
  async exportAll() {
    const db = new CasebookDatabase('backup-source');
    const run = await watched(async () => {
      const { blob, summary } = await exportBackupBlob(db, { now: NOW });
      file = blob;
      return summary.records;
    });
    db.close();
    exportedTables = tablesOf(await file!.text()); // for roundTrip(), outside the timing
    return { ...run, bytes: file!.size };
  },
  /** The import as the settings page runs it, into an empty database, phase by phase. */
  async importAll() {
    const db = new CasebookDatabase('backup-target');
    const read = await watched(() => file!.text());
    const check = await watched(() => readBackup(read.result));
    read.result = ''; // the page lets go of the text once it is checked, as the settings page does
    const plan = await watched(() => planBackup(db, check.result));
    const write = await watched(() => writeBackup(db, check.result, { now: NOW }));
    // Restored cases of the last days count toward hot topics: rows written besides the cases.
    const topicRows = await db.topicCounts.count();
    db.close();
    type Timed = { ms: number; longTasks: number; longestTaskMs: number };
    const phase = ({ ms, longTasks, longestTaskMs }: Timed) => ({
      ms,
      longTasks,
      longestTaskMs,
    });
    return {
      records: check.result.records,
      added: write.result.cases.add,
      topicRows,
      read: phase(read),
      check: phase(check),
      plan: phase(plan),
      write: phase(write),
    };
  },
  /**
   * The import's steps in a worker, as the settings page runs them (lib/backup/import-steps.ts
   * in test/bench/backup-worker.ts; the page's own worker adds only its progress messages):
   * the page's own long tasks meanwhile, and the whole time.
   */
  async importInWorker() {
    return watched(
      () =>
        new Promise<{ records: number; added: number }>((resolve, reject) => {
          const worker = new Worker('/backup-worker.js', { type: 'module' });
          worker.onmessage = (event) => {
            worker.terminate();
            resolve(event.data as { records: number; added: number });
          };
          worker.onerror = (event) => reject(new Error(event.message));
          worker.postMessage(file);
        }),
    );
  },
  /** Export of the restored database: the same `tables`, byte for byte? */
  async roundTrip() {
    const db = new CasebookDatabase('backup-target');
    const { blob } = await exportBackupBlob(db, { now: NOW });
    db.close();
    return tablesOf(await blob.text()) === exportedTables;
  },
};

(window as unknown as { __backup: typeof api }).__backup = api;
document.title = 'ready';
