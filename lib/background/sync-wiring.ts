import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import type { CasebookDatabase } from '../db/database';
import { SYNC_TABLES } from '../sync/protocol';
import { SYNC_ALARM, SYNC_SOON_ALARM, SyncRunner } from './sync-runner';
import { showAssignmentNotices } from './assignment-notifier';

/** The sync runner over the browser's storage, alarms, permissions and fetch. */
export function browserSyncRunner(db: CasebookDatabase): SyncRunner {
  return new SyncRunner({
    db,
    storage: {
      get: async (key) => (await browser.storage.local.get(key))[key],
      set: (key, value) => browser.storage.local.set({ [key]: value }),
      remove: (key) => browser.storage.local.remove(key),
    },
    alarms: {
      create: (name, minutes) => browser.alarms.create(name, { periodInMinutes: minutes }),
      once: (name, delayMs) => browser.alarms.create(name, { when: Date.now() + delayMs }),
      clear: async (name) => {
        await browser.alarms.clear(name);
      },
    },
    hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
    notifyAssigned: showAssignmentNotices,
  });
}

/**
 * Rounds of sync on the alarm (it outlives the worker) and when the browser starts: queued
 * edits go out after a restart without waiting for the next minute.
 */
export function startSyncSchedule(runner: SyncRunner): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runner.runNow();
    if (alarm.name === SYNC_SOON_ALARM) void runner.runSoon();
  });
  // Any write to a shared table, here or in an extension page (Dexie tells every context).
  Dexie.on('storagemutated', (parts) => {
    if (Object.keys(parts).some(touchesSharedTable)) void runner.soon();
  });
  browser.runtime.onStartup.addListener(() => void runner.runNow());
  void runner.runNow();
}

/** Dexie names what a write touched "idb://<database>/<table>/<index>". */
const SHARED_PART = new RegExp(`^idb://[^/]+/(${SYNC_TABLES.join('|')})/`);
const touchesSharedTable = (part: string) => SHARED_PART.test(part);
