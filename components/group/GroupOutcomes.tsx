import { handleLabel } from '@/lib/customers/handle-label';
import { replyOutcomeText, type GroupOutcome } from '@/lib/cases/group-answer';
import type { Case } from '@/lib/db/schema';
import { CloseReason } from '../Checklist';
import { STATUS_LABELS } from '../format';
import { useStatusChange } from '../useStatusChange';

/**
 * What "Mark all answered" did to each case. Nothing is silently lost: a case that could
 * not be changed says why, and one that may not be resolved yet can be, with a reason.
 */
export function GroupOutcomes({
  outcomes,
  records,
}: {
  outcomes: GroupOutcome[];
  /** The cases as they are now (live), by id. */
  records: ReadonlyMap<string, Case>;
}) {
  const done = outcomes.filter((o) => o.error === null).length;
  return (
    <section aria-labelledby="group-outcomes-title" className="stack group-outcomes">
      <h3 id="group-outcomes-title">
        Answered {done} of {outcomes.length}
      </h3>
      <ul className="case-list" aria-label="Result per case">
        {outcomes.map((outcome) => (
          <OutcomeLine
            key={outcome.caseId}
            outcome={outcome}
            record={records.get(outcome.caseId)}
          />
        ))}
      </ul>
    </section>
  );
}

function OutcomeLine({ outcome, record }: { outcome: GroupOutcome; record: Case | undefined }) {
  const name = outcome.ref ?? `Case ${outcome.caseId.slice(0, 12)}`;
  const status = record?.status ?? outcome.status;
  return (
    <li className={outcome.error ? 'group-outcome failed' : 'group-outcome'}>
      <strong>{name}</strong>
      {record && (
        <span className="muted">
          {' '}
          <bdi>{handleLabel(record.customer.handle)}</bdi>
        </span>
      )}
      : {replyOutcomeText(outcome)}
      {status && ` · now ${STATUS_LABELS[status]}`}
      {outcome.error && (
        <p className="error small" data-testid="group-outcome-error">
          {outcome.error.message}
        </p>
      )}
      {outcome.error?.code === 'checklist-incomplete' && status !== 'resolved' && (
        <ResolveWithReason caseId={outcome.caseId} />
      )}
    </li>
  );
}

function ResolveWithReason({ caseId }: { caseId: string }) {
  const status = useStatusChange(caseId);
  return (
    <div className="stack">
      {!status.pending && (
        <button type="button" onClick={() => void status.change('resolved')} disabled={status.busy}>
          Resolve with a reason…
        </button>
      )}
      <CloseReason status={status} />
      {status.error && (
        <p role="alert" className="error">
          {status.error}
        </p>
      )}
    </div>
  );
}
