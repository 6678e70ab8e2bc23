import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import type { FollowUp } from '@/lib/db/schema';
import { loadReview, REVIEW_LABELS, REVIEW_SECTIONS, reviewCsv } from '@/lib/followups/review';
import { fullTime, timeAgo } from '../format';
import { SafeLink } from '../SafeLink';
import { useNow } from '../dashboard/useNow';

/**
 * The team lead's review of promises: overdue, due today, done late and kept, by agent,
 * each with its case and the post where it was made; the same rows export as CSV.
 */
export function FollowUpReview({ db }: { db: CasebookDatabase }) {
  const now = useNow();
  const review = useLiveQuery(() => loadReview(db, now), [db, now]);
  const [owner, setOwner] = useState<string | null>(null);
  const ownerId = useId();
  if (!review) return <p className="muted">Loading follow-ups…</p>;
  const owners = [...new Set(REVIEW_SECTIONS.flatMap((s) => review[s].map((f) => f.owner)))].sort();
  const shown = (rows: FollowUp[]) => rows.filter((f) => owner === null || f.owner === owner);
  const total = REVIEW_SECTIONS.reduce((sum, s) => sum + shown(review[s]).length, 0);
  const exportCsv = () => {
    const blob = new Blob([reviewCsv(review, owner)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `casebook-follow-ups-${new Date(now).toISOString().slice(0, 10)}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <div className="stack follow-up-review">
      <h2>Follow-ups</h2>
      <div className="filters">
        <label htmlFor={ownerId}>Agent</label>{' '}
        <select
          id={ownerId}
          value={owner ?? ''}
          onChange={(event) => setOwner(event.target.value || null)}
        >
          <option value="">Everyone</option>
          {owners.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>{' '}
        <button type="button" onClick={exportCsv} disabled={total === 0}>
          Export CSV ({total})
        </button>
      </div>
      {REVIEW_SECTIONS.map((section) => {
        const rows = shown(review[section]);
        return (
          <section key={section} className="stack" aria-label={REVIEW_LABELS[section]}>
            <h3>
              {REVIEW_LABELS[section]} ({rows.length})
            </h3>
            {rows.length === 0 ? (
              <p className="muted small">None.</p>
            ) : (
              <ul className="plain stack">
                {rows.map((f) => (
                  <li key={f.id}>
                    <strong>{f.owner}</strong> · “{f.phrase}” ·{' '}
                    <span
                      className={section === 'overdue' ? 'error' : 'muted'}
                      title={fullTime(f.dueAt)}
                    >
                      due {timeAgo(f.dueAt, now)}
                    </span>
                    {f.caseId && (
                      <>
                        {' '}
                        · <a href={`#case=${encodeURIComponent(f.caseId)}`}>Open the case</a>
                      </>
                    )}
                    {f.where && (
                      <>
                        {' '}
                        · <SafeLink href={f.where}>Where it was promised</SafeLink>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
