import { useState } from 'react';
import { request } from '@/lib/messages/client';
import { ActionStatus } from './ActionStatus';
import { useAction } from './useAction';

/**
 * Runs the team's routing rules again for the case (issue 11), beside its assignee: the
 * answer says who has it now and by which rule ("Assigned to Ana by rule 1 'VIP'"); a
 * refusal (no rules yet) or failure stays on screen until the next try.
 */
export function RouteButton({ caseId }: { caseId: string }) {
  const action = useAction();
  const [summary, setSummary] = useState<string | null>(null);
  const route = () =>
    action.run(
      'route',
      async () => setSummary((await request('case.route', { caseId })).outcome.summary),
      'The case could not be routed.',
    );
  return (
    <span className="route-case">
      <button
        type="button"
        onClick={() => void route()}
        disabled={action.busy !== null}
        title="Give the case to whoever the team's routing rules pick now"
      >
        {action.busy ? 'Routing…' : 'Route'}
      </button>
      <ActionStatus done={action.done ? summary : null} error={action.error} />
    </span>
  );
}
