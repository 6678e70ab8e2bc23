import { browser } from 'wxt/browser';
import type { CasebookDatabase } from '../db/database';
import { SYNC_ALARM, SyncRunner } from './sync-runner';

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
      clear: async (name) => {
        await browser.alarms.clear(name);
      },
    },
    hasPermission: (origin) => browser.permissions.contains({ origins: [origin] }),
    fetch: (input, init) => fetch(input, init),
    now: () => Date.now(),
  });
}

/**
 * Rounds of sync on the alarm (it outlives the worker) and when the browser starts: queued
 * edits go out after a restart without waiting for the next minute.
 */
export function startSyncSchedule(runner: SyncRunner): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void runner.runNow();
  });
  browser.runtime.onStartup.addListener(() => void runner.runNow());
  void runner.runNow();
}
