import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import type { MergeSuggestion } from '@/lib/customers/merge-suggest';
import type { CasebookDatabase } from '@/lib/db/database';
import type { Customer, CustomerMerge } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { fullTime, timeAgo } from '../format';
import { useAction } from '../useAction';
import { MergeDialog } from './MergeDialog';
import { customerHash } from './useHashCustomer';

/** Customers that may be the same person, most likely first, each with "Merge…". */
export function MergeSuggestions({
  db,
  customer,
  suggestions,
}: {
  db: CasebookDatabase;
  customer: Customer;
  suggestions: MergeSuggestion[];
}) {
  const id = useId();
  const [mergingId, setMergingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const other = useLiveQuery(
    async () => (mergingId ? ((await db.customers.get(mergingId)) ?? null) : null),
    [db, mergingId],
  );
  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Possibly the same person</h3>
      <p role="status" className="notice">
        {notice ?? ''}
      </p>
      {suggestions.length ? (
        <ul className="item-list" aria-label="Merge suggestions">
          {suggestions.map((s) => (
            <li key={s.customerId}>
              <span>
                <a href={`#${customerHash(s.customerId)}`}>{s.name || s.customerId}</a>{' '}
                <strong>{Math.round(s.confidence * 100)}%</strong>
                <span className="muted small"> · {s.reasons.join('; ')}</span>
              </span>
              <button
                type="button"
                aria-label={`Merge ${s.name || 'this customer'} into ${customer.name || 'this customer'}…`}
                onClick={() => {
                  setNotice(null);
                  setMergingId(s.customerId);
                }}
              >
                Merge…
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No likely duplicate found.</p>
      )}
      {mergingId && other && (
        <MergeDialog
          survivor={customer}
          merged={other}
          onClose={() => setMergingId(null)}
          onMerged={() => {
            setMergingId(null);
            setNotice(
              `Merged ${other.name || 'the customer'} into ${customer.name || 'this one'}.`,
            );
          }}
        />
      )}
    </section>
  );
}

/** The merges this customer took part in, each with "Undo merge" until it is undone. */
export function MergeHistory({
  customerId,
  merges,
}: {
  customerId: string;
  merges: CustomerMerge[];
}) {
  const id = useId();
  const action = useAction();
  if (!merges.length) return null;
  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Merge history</h3>
      <ul className="item-list" aria-label="Merges">
        {merges.map((merge) => {
          const gone = merge.mergedBefore.name || merge.mergedId;
          const kept = merge.survivorBefore.name || merge.survivorId;
          const text =
            merge.survivorId === customerId
              ? `“${gone}” merged into this customer`
              : `Merged into “${kept}”`;
          return (
            <li key={merge.id}>
              <span>
                {text} by {merge.by}, <time title={fullTime(merge.at)}>{timeAgo(merge.at)}</time>
                {merge.undoneAt !== null && (
                  <span className="muted">
                    {' '}
                    · undone by {merge.undoneBy}, {timeAgo(merge.undoneAt)}
                  </span>
                )}
              </span>
              {merge.undoneAt === null && (
                <button
                  type="button"
                  disabled={action.busy !== null}
                  onClick={() =>
                    void action.run('Merge undone.', () =>
                      request('customer.unmerge', { mergeId: merge.id }),
                    )
                  }
                >
                  {action.busy ? 'Undoing…' : 'Undo merge'}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <ActionStatus done={action.done} error={action.error} />
    </section>
  );
}
