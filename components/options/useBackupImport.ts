import { useRef, useState } from 'react';
import {
  BackupError,
  planBackup,
  readBackup,
  writeBackup,
  type Backup,
  type BackupPlan,
} from '@/lib/backup';
import type { CasebookDatabase } from '@/lib/db/database';
import { request } from '@/lib/messages/client';
import { readFileText } from '../knowledge/read-file';

/**
 * Bigger files are refused before reading: the whole text is parsed at once, and a
 * JavaScript string holds at most about 512 million characters in Chromium.
 */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string; done: number; total: number }
  | { phase: 'checking'; name: string; done: number; total: number }
  | { phase: 'comparing'; name: string; done: number; total: number }
  | { phase: 'preview'; name: string; backup: Backup; plan: BackupPlan }
  | { phase: 'writing'; name: string; done: number; total: number }
  | { phase: 'done'; name: string; result: BackupPlan }
  | { phase: 'refused'; name: string; message: string };

const reason = (cause: unknown) =>
  cause instanceof BackupError
    ? cause.message
    : `Something went wrong: ${cause instanceof Error ? cause.message : String(cause)}`;

/**
 * A backup import, step by step: read the file, check every record, compare with what is
 * here (nothing written), show the preview; only the agent's "Import" writes, all or
 * nothing. A newer choice of file makes an older one's late results go unused.
 */
export function useBackupImport(db: CasebookDatabase) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const run = useRef(0);
  const writing = useRef<AbortController | null>(null);

  const choose = async (file: File) => {
    const id = ++run.current;
    const name = file.name;
    const update = (next: ImportState) => {
      if (run.current === id) setState(next);
    };
    if (file.size > MAX_BACKUP_BYTES) {
      return update({
        phase: 'refused',
        name,
        message: 'The file is larger than 500 MB, more than a Casebook backup can be.',
      });
    }
    try {
      update({ phase: 'reading', name, done: 0, total: file.size });
      const text = await readFileText(file, (done, total) =>
        update({ phase: 'reading', name, done, total }),
      );
      const backup = await readBackup(text, {
        onProgress: (done, total) => update({ phase: 'checking', name, done, total }),
      });
      const plan = await planBackup(db, backup, {
        onProgress: (done, total) => update({ phase: 'comparing', name, done, total }),
      });
      update({ phase: 'preview', name, backup, plan });
    } catch (cause) {
      update({ phase: 'refused', name, message: reason(cause) });
    }
  };

  const confirm = async () => {
    if (state.phase !== 'preview') return;
    const id = ++run.current;
    const { name, backup } = state;
    const update = (next: ImportState) => {
      if (run.current === id) setState(next);
    };
    const controller = new AbortController();
    writing.current = controller;
    try {
      update({ phase: 'writing', name, done: 0, total: backup.records });
      const result = await writeBackup(db, backup, {
        signal: controller.signal,
        onProgress: (done, total) => update({ phase: 'writing', name, done, total }),
      });
      update({ phase: 'done', name, result });
      // Restored follow-ups get their reminders, open sidebars the restored cases. The
      // import is done either way: a background that does not answer changes nothing here.
      void request('backup.imported', {}).catch(() => undefined);
    } catch (cause) {
      update({
        phase: 'refused',
        name,
        message: `Nothing was imported, and nothing here changed. ${reason(cause)}`,
      });
    } finally {
      writing.current = null;
    }
  };

  /** Before the write: forget the file. During it: stop, and the transaction rolls back. */
  const cancel = () => {
    if (writing.current) return writing.current.abort();
    run.current += 1;
    setState({ phase: 'idle' });
  };

  return { state, choose, confirm, cancel };
}
