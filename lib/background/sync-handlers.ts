import type { CasebookDatabase } from '../db/database';
import type { ErrorCode } from '../messages/protocol';
import type { Handlers } from '../messages/router';
import type { SyncSettings } from '../sync/settings';
import { ConflictChoiceError, keepMine } from '../sync/keep-mine';
import { SyncError, type SyncRunner } from './sync-runner';

type SyncRequest =
  | 'sync.status'
  | 'sync.connect'
  | 'sync.now'
  | 'sync.disconnect'
  | 'sync.conflicts'
  | 'sync.dismissConflict'
  | 'sync.keepMine'
  | 'sync.refused';

/** Who this browser syncs as, without the token (it never leaves the worker again). */
const accountOf = (settings: SyncSettings | null) =>
  settings ? { serverUrl: settings.serverUrl, member: settings.member, team: settings.team } : null;

export function syncHandlers(
  db: CasebookDatabase,
  runner: SyncRunner,
  /** Open sidebars show the record as it now is. */
  onChanged: () => Promise<void> = async () => undefined,
): Pick<Handlers, SyncRequest> {
  const view = async () => ({
    ...(await runner.status()),
    account: accountOf(await runner.settings()),
  });
  return {
    'sync.status': view,
    'sync.connect': async ({ serverUrl, token }) => {
      await runner.connect(serverUrl, token);
      return view();
    },
    'sync.now': async () => {
      await runner.runNow();
      return view();
    },
    'sync.disconnect': async () => {
      await runner.disconnect();
      return view();
    },
    'sync.conflicts': ({ table, recordId }) =>
      db.syncConflicts.where({ table, recordId }).sortBy('at'),
    'sync.dismissConflict': async ({ id }) => {
      await db.syncConflicts.delete(id);
      return null;
    },
    'sync.keepMine': async ({ id }) => {
      await keepMine(db, id, Date.now());
      await onChanged();
      return null;
    },
    'sync.refused': async ({ action }) => {
      await runner.settleRefused(action);
      return view();
    },
  };
}

export function syncErrorCode(error: unknown): ErrorCode | null {
  return error instanceof SyncError || error instanceof ConflictChoiceError ? 'bad-request' : null;
}
