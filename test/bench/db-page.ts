// Runs inside a Chromium page (bundled by test/bench/db-bench.ts): the database figures
// DESIGN budgets at 100,000 cases, on Chromium's real IndexedDB, with the library code
// the extension runs (Dexie, zod, lib/cases). Exposes window.__bench for the runner.
import { importCases } from '@/lib/cases/bulk-import';
import { listCases } from '@/lib/cases/queries';
import { LiveSearchIndex } from '@/lib/cases/live-search-index';
import { slaRulesOf, withDerivedFields } from '@/lib/cases/derive';
import { CasebookDatabase } from '@/lib/db/database';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { Case } from '@/lib/db/schema';
import { generateCases } from '../support/case-generator';

const NOW = Date.UTC(2026, 10, 22);
let generated: Case[] | null = null;
let db: CasebookDatabase | null = null;
let live: LiveSearchIndex | null = null;

const elapsed = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/** The v4 cases indexes, made with the bare IndexedDB API for the raw-put baseline. */
function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('raw-bench', 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('cases', { keyPath: 'id' });
      store.createIndex('ref', 'ref', { unique: true });
      for (const name of ['status', 'customerKey', 'updatedAt', 'createdAt']) {
        store.createIndex(name, name);
      }
      store.createIndex('postKeys', 'postKeys', { multiEntry: true });
      store.createIndex('terms', 'terms', { multiEntry: true });
      store.createIndex('slaDueAt', 'slaDueAt');
      store.createIndex('[status+updatedAt]', ['status', 'updatedAt']);
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

const api = {
  generate(count: number) {
    generated = generateCases(count, 42, NOW - count * 60_000);
    return generated.length;
  },
  /** Bare IndexedDB puts of the same records, already derived: the ceiling for writes. */
  async rawPuts(): Promise<number> {
    const rules = slaRulesOf(DEFAULT_SETTINGS);
    const records = generated!.map((record) => withDerivedFields(record, NOW, rules));
    const raw = await openRaw();
    const ms = await elapsed(
      () =>
        new Promise<void>((resolve, reject) => {
          const tx = raw.transaction('cases', 'readwrite');
          const store = tx.objectStore('cases');
          for (const record of records) store.put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        }),
    );
    raw.close();
    return ms;
  },
  /** Casebook's import: validate every record, derive fields, write in chunks. */
  async importCases(): Promise<number> {
    db = new CasebookDatabase('casebook-bench');
    await db.open();
    const ms = await elapsed(() => importCases(db!, generated!, { now: NOW }));
    generated = null; // the searches below must not have 100,000 records in memory
    return ms;
  },
  async queueFirstPage(runs: number): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      times.push(await elapsed(() => listCases(db!, 'queue', { search: '' })));
    }
    return times;
  },
  /** Loads the dashboard's in-memory search index of every case, as the dashboard does. */
  async loadSearchIndex(): Promise<number> {
    live = new LiveSearchIndex(db!);
    return elapsed(async () => {
      live!.start();
      await live!.settled();
    });
  },
  /** Searches with the index once loaded; before, with IndexedDB's indexes alone. */
  async search(
    queries: string[],
    status: 'all' | 'queue',
  ): Promise<{ ms: number; hits: number }[]> {
    const results: { ms: number; hits: number }[] = [];
    const index = live?.getState().index ?? null;
    for (const search of queries) {
      let hits = 0;
      const ms = await elapsed(async () => {
        hits = (await listCases(db!, status, { search }, undefined, index)).length;
      });
      results.push({ ms, hits });
    }
    return results;
  },
};

(window as unknown as { __bench: typeof api }).__bench = api;
document.title = 'ready';
