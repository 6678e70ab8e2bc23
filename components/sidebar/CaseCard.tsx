import { useState } from 'react';
import type { CaseDetail } from '@/lib/cases/sidebar-view';
import type { CaseStatus } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { fullTime, timeAgo } from '../format';
import { NoteForm, NotesList } from '../Notes';
import { StatusBadge } from '../StatusBadge';
import { StatusSelect } from '../StatusSelect';

/** The case in front of the agent: status, the post's text and link, notes. */
export function CaseCard({ record }: { record: CaseDetail }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const changeStatus = async (status: CaseStatus) => {
    setBusy(true);
    setError(null);
    try {
      await request('case.setStatus', { caseId: record.id, status });
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The status could not be changed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="current-case-title" className="card">
      <div className="card-head">
        <h2 id="current-case-title">
          Case <span data-testid="current-case-ref">{record.ref}</span>
        </h2>
        <StatusBadge status={record.status} />
      </div>
      <p className="post-text" data-testid="current-case-text">
        {record.text}
      </p>
      <p className="muted small">
        Opened <time title={fullTime(record.createdAt)}>{timeAgo(record.createdAt)}</time>
        {record.permalink && (
          <>
            {' · '}
            <a href={record.permalink} target="_blank" rel="noreferrer noopener">
              Open post
            </a>
          </>
        )}
      </p>
      <div className="row">
        <StatusSelect value={record.status} onChange={changeStatus} disabled={busy} />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h3 className="sub">Notes</h3>
      <NotesList notes={record.notes} />
      <NoteForm
        onAdd={async (text) => {
          await request('case.addNote', { caseId: record.id, text });
        }}
      />
    </section>
  );
}
