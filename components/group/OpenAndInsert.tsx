import { replyRefusal } from '@/lib/cases/reply-rules';
import type { Case } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { useAction } from '../useAction';
import { ActionStatus } from '../ActionStatus';

/**
 * Opens the case's post in a new tab and puts this case's filled reply into the site's
 * own reply box there, for the agent to review and send with the site's button. When
 * they do, the reply is recorded in this case's history (see reply-handlers). Disabled,
 * with the reason, while the text has problems (`problemsId` lists them) or the case is
 * finished, as the sidebar's insert is.
 */
export function OpenAndInsert({
  record,
  text,
  problemsId,
}: {
  record: Case;
  text: string;
  /** The id of the list of the text's problems; null when it has none. */
  problemsId: string | null;
}) {
  const action = useAction();
  const refusal = replyRefusal(record.status);
  const insert = () =>
    action.run(
      'insert',
      () => request('reply.insert', { caseId: record.id, text }),
      'The reply could not be inserted.',
    );
  return (
    <span className="open-insert">
      <button
        type="button"
        onClick={() => void insert()}
        disabled={action.busy !== null || !text.trim() || problemsId !== null || refusal !== null}
        aria-describedby={problemsId ?? undefined}
        aria-label={`Open the post of @${record.customer.handle} and insert the reply`}
      >
        {action.busy ? 'Opening…' : 'Open & insert'}
      </button>
      {refusal && <span className="muted small"> {refusal}</span>}
      <ActionStatus
        done={action.done ? 'In the reply box of the new tab: review it and press Reply.' : null}
        error={action.error}
      />
    </span>
  );
}
