import { useEffect, useRef, useState } from 'react';
import {
  importFailureMessage,
  MAX_BACKUP_BYTES,
  type BackupPlan,
  type BackupSummary,
  type PreparedImport,
} from '@/lib/backup';
import type { CasebookDatabase } from '@/lib/db/database';
import { request } from '@/lib/messages/client';
import { defaultImporter, type Importer } from './backup-importer';

export { MAX_BACKUP_BYTES };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string; done: number; total: number }
  | { phase: 'checking'; name: string; done: number; total: number }
  | { phase: 'comparing'; name: string; done: number; total: number }
  | { phase: 'preview'; name: string; backup: BackupSummary; plan: BackupPlan }
  | { phase: 'writing'; name: string; done: number; total: number }
  | { phase: 'done'; name: string; result: BackupPlan }
  | { phase: 'refused'; name: string; message: string };

/**
 * A backup import, step by step: read the file, check every record, compare with what is
 * here (nothing written), show the preview; only the agent's "Import" writes, all or
 * nothing. A newer choice of file makes an older one's late results go unused.
 */
export function useBackupImport(db: CasebookDatabase, importer: Importer = defaultImporter(db)) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const run = useRef(0);
  const writing = useRef<AbortController | null>(null);
  /** The file being checked: dropped when another is chosen, on Cancel, or on leaving. */
  const checking = useRef<AbortController | null>(null);
  /** The checked file waiting for the agent's word (its worker holds the backup). */
  const prepared = useRef<PreparedImport | null>(null);
  const drop = () => {
    checking.current?.abort();
    checking.current = null;
    prepared.current?.drop();
    prepared.current = null;
  };
  useEffect(
    () => () => {
      run.current += 1;
      drop();
    },
    [],
  );

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
    drop();
    const controller = new AbortController();
    checking.current = controller;
    try {
      update({ phase: 'reading', name, done: 0, total: file.size });
      const ready = await importer(
        file,
        (step, done, total) => update({ phase: step, name, done, total }),
        controller.signal,
      );
      if (checking.current === controller) checking.current = null;
      // A newer choice of file won meanwhile: this one is let go.
      if (run.current !== id) return ready.drop();
      prepared.current = ready;
      update({ phase: 'preview', name, backup: ready.summary, plan: ready.plan });
    } catch (cause) {
      update({ phase: 'refused', name, message: importFailureMessage(cause) });
    }
  };

  const confirm = async () => {
    const ready = prepared.current;
    if (state.phase !== 'preview' || !ready) return;
    const id = ++run.current;
    const { name, backup } = state;
    const update = (next: ImportState) => {
      if (run.current === id) setState(next);
    };
    const controller = new AbortController();
    writing.current = controller;
    try {
      update({ phase: 'writing', name, done: 0, total: backup.records });
      const result = await ready.write(
        (_step, done, total) => update({ phase: 'writing', name, done, total }),
        controller.signal,
      );
      update({ phase: 'done', name, result });
      // Restored follow-ups get their reminders, open sidebars the restored cases. The
      // import is done either way: a background that does not answer changes nothing here.
      void request('backup.imported', {}).catch(() => undefined);
    } catch (cause) {
      update({
        phase: 'refused',
        name,
        message: `Nothing was imported, and nothing here changed. ${importFailureMessage(cause)}`,
      });
    } finally {
      writing.current = null;
      drop();
    }
  };

  /** Before the write: forget the file. During it: stop, and the transaction rolls back. */
  const cancel = () => {
    if (writing.current) return writing.current.abort();
    run.current += 1;
    drop();
    setState({ phase: 'idle' });
  };

  return { state, choose, confirm, cancel };
}
