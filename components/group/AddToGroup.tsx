import { handleLabel } from '@/lib/customers/handle-label';
import { useId, useState, type FormEvent } from 'react';
import type { SimilarOpen } from '@/lib/cases/sidebar-view';
import type { CasebookDatabase } from '@/lib/db/database';
import { WordList } from '../WordList';

/** Adds a case to the group: by its reference, or one of the similar open cases offered. */
export function AddToGroup({
  db,
  suggestions,
  onAdd,
}: {
  db: CasebookDatabase;
  suggestions: SimilarOpen[];
  onAdd: (caseId: string) => void;
}) {
  const id = useId();
  const [ref, setRef] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const wanted = ref.trim().toUpperCase();
    if (!wanted) return;
    let found;
    try {
      found = await db.cases.where('ref').equals(wanted).first();
    } catch (cause) {
      // The database failed (quota, a blocked upgrade): say so instead of doing nothing.
      const why = cause instanceof Error ? cause.message : String(cause);
      setError(`Case ${wanted} could not be looked up: ${why}`);
      return;
    }
    if (!found || found.deleted) {
      setError(`No case ${wanted}.`);
      return;
    }
    setError(null);
    setRef('');
    onAdd(found.id);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="stack group-add">
      <h3 id={`${id}-title`}>Add cases</h3>
      {suggestions.length > 0 && (
        <ul className="case-list" aria-label="More similar open cases">
          {suggestions.map(({ summary, handle, reason }) => (
            <li key={summary.id} className="group-suggestion">
              <button
                type="button"
                onClick={() => onAdd(summary.id)}
                aria-label={`Add ${summary.ref} to the group`}
              >
                Add
              </button>{' '}
              <strong>{summary.ref}</strong> <bdi className="muted">{handleLabel(handle)}</bdi>{' '}
              <bdi>{summary.title}</bdi>{' '}
              <span className="muted small">
                (shares <WordList words={reason.shared} />)
              </span>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} className="group-add-form">
        <label htmlFor={id}>Case reference</label>{' '}
        <input
          id={id}
          value={ref}
          onChange={(event) => setRef(event.target.value)}
          placeholder="C-3F9A2B"
          maxLength={20}
        />{' '}
        <button type="submit" disabled={!ref.trim()}>
          Add to group
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
