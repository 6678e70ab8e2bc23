import { useId } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { BackupExport } from './BackupExport';
import { BackupImport } from './BackupImport';

/**
 * Backup (issue 9): everything in this browser to one file, and back. The page reads and
 * writes the database itself (a top-level extension page may): a 100,000-case backup is
 * far too big to pass through runtime messages to the background.
 */
export function BackupSection({ db }: { db: CasebookDatabase }) {
  const titleId = useId();
  return (
    <section id="backup" aria-labelledby={titleId} className="settings-section stack">
      <h2 id={titleId}>Backup</h2>
      <p className="muted intro">
        Keep a copy of your desk in a file, or move it to another browser. Sync state stays behind:
        it belongs to this browser.
      </p>
      <div className="backup-cards">
        <BackupExport db={db} />
        <BackupImport db={db} />
      </div>
    </section>
  );
}
