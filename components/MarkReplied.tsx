import { replyRefusal } from '@/lib/cases/reply-rules';
import type { CaseStatus } from '@/lib/db/constants';
import { request } from '@/lib/messages/client';
import { useAction } from './useAction';
import { ActionStatus } from './ActionStatus';

/**
 * Records a reply the agent made outside Casebook (another tool, a DM, a call): the first
 * or next response clock stops, and the case's history shows it. Offered only while the
 * case is in work (new, open, waiting): a finished case takes no reply.
 */
export function MarkReplied({ caseId, status }: { caseId: string; status: CaseStatus }) {
  const action = useAction();
  if (replyRefusal(status)) return null;
  const mark = () =>
    action.run(
      'mark',
      () => request('case.markReplied', { caseId }),
      'The reply could not be recorded.',
    );
  return (
    <span className="mark-replied">
      <button
        type="button"
        onClick={() => void mark()}
        disabled={action.busy !== null}
        title="You answered the customer elsewhere: record the reply (stops the response clock)"
      >
        {action.busy ? 'Recording…' : 'Mark replied'}
      </button>
      <ActionStatus done={action.done ? 'Recorded as replied.' : null} error={action.error} />
    </span>
  );
}
