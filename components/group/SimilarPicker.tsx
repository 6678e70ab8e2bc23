import { handleLabel } from '@/lib/customers/handle-label';
import { useId, useState } from 'react';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Case } from '@/lib/db/schema';
import { StatusBadge } from '../StatusBadge';
import { groupHash } from './group-link';
import { useSimilarOpen } from './useSimilarOpen';
import './group.css';
import { WordList } from '../WordList';

/**
 * On a case's page: open cases of other customers about the same problem, each with the
 * words they share, to tick and answer together with this one.
 */
export function SimilarPicker({ db, record }: { db: CasebookDatabase; record: Case }) {
  const titleId = useId();
  const similar = useSimilarOpen(db, record);
  // Unticked ones, so cases offered later start ticked like the rest.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());

  if (similar.kind === 'loading') return null;
  if (similar.kind === 'error') {
    return <p className="error small">Similar open cases could not be found: {similar.message}</p>;
  }
  if (similar.similar.length === 0) return null;
  const selected = similar.similar.filter((s) => !unticked.has(s.summary.id));
  const toggle = (caseId: string, on: boolean) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (on) next.delete(caseId);
      else next.add(caseId);
      return next;
    });

  return (
    <section aria-labelledby={titleId} className="stack similar">
      <h3 id={titleId}>Similar open cases ({similar.similar.length})</h3>
      <ul className="case-list" aria-label="Similar open cases">
        {similar.similar.map(({ summary, handle, reason }) => (
          <li key={summary.id}>
            <label className="similar-pick">
              <input
                type="checkbox"
                checked={!unticked.has(summary.id)}
                onChange={(event) => toggle(summary.id, event.target.checked)}
              />{' '}
              <strong>{summary.ref}</strong> <bdi className="muted">{handleLabel(handle)}</bdi>{' '}
              <StatusBadge status={summary.status} /> <bdi>{summary.title}</bdi>{' '}
              <span className="muted small">
                (shares <WordList words={reason.shared} />)
              </span>
            </label>
          </li>
        ))}
      </ul>
      <div>
        <a
          className="button-link primary"
          href={`#${groupHash([record.id, ...selected.map((s) => s.summary.id)])}`}
          aria-disabled={selected.length === 0}
          onClick={(event) => {
            if (selected.length === 0) event.preventDefault();
          }}
        >
          Answer selected as a group ({selected.length + 1})
        </a>
      </div>
    </section>
  );
}
