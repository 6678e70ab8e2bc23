import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import { request } from '@/lib/messages/client';
import type { SyncTable } from '@/lib/sync/protocol';

const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  assignee: 'Assignee',
  tags: 'Tags',
  priority: 'Priority',
  title: 'Title',
  notes: 'Notes',
  checklist: 'Checklist',
  dueAt: 'Due',
  owner: 'Owner',
};

/** A field's value in a few words (shown as text, never as markup). */
function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((item) => shown(item)).join(', ');
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * Edits made in this browser that a later edit by the team replaced (team sync): which
 * field, what this agent had set, what the record holds now. Nothing is lost silently: the
 * agent keeps the team's value (dismiss) or puts theirs back ("Use mine", a new edit that
 * then wins everywhere).
 */
export function SyncConflicts({
  db,
  table,
  recordId,
  about,
}: {
  db: CasebookDatabase;
  table: SyncTable;
  recordId: string;
  /** Which record, where a list shows several ("Follow-up “call back Friday”"). */
  about?: string;
}) {
  const conflicts = useLiveQuery(
    () => db.syncConflicts.where({ table, recordId }).sortBy('at'),
    [db, table, recordId],
  );
  const [problem, setProblem] = useState<string | null>(null);
  if (!conflicts?.length) return null;
  const act = (work: Promise<unknown>) => {
    setProblem(null);
    work.catch((error: unknown) =>
      setProblem(error instanceof Error ? error.message : 'That did not work.'),
    );
  };
  return (
    <section aria-labelledby={`conflicts-${recordId}`} className="sync-conflicts stack">
      <h3 id={`conflicts-${recordId}`}>
        {about
          ? `${about}: changed by your team after your edit`
          : 'Changed by your team after your edit'}
      </h3>
      <ul className="plain stack">
        {conflicts.map((conflict) => {
          const label = FIELD_LABELS[conflict.field] ?? conflict.field;
          return (
            <li key={conflict.id}>
              <strong>{label}</strong>: you set “{shown(conflict.mine)}”; a later edit by your team
              set “{shown(conflict.theirs)}”, which is kept.{' '}
              <span className="row">
                <button
                  type="button"
                  aria-label={`Use mine for ${label}: ${shown(conflict.mine)}`}
                  onClick={() => act(request('sync.keepMine', { id: conflict.id }))}
                >
                  Use mine
                </button>
                <button
                  type="button"
                  aria-label={`Keep the team's ${label} and dismiss this notice`}
                  onClick={() => act(request('sync.dismissConflict', { id: conflict.id }))}
                >
                  Keep theirs
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
    </section>
  );
}
