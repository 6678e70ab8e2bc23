import type { CaseDetail } from '@/lib/cases/sidebar-view';
import { RouteButton } from '../RouteButton';

/** Who has the case, and the button that routes it again by the team's rules. */
export function CaseAssignee({ record }: { record: Pick<CaseDetail, 'id' | 'assignee'> }) {
  return (
    <div className="row case-assignee">
      <span>
        Assignee: <strong data-testid="case-assignee">{record.assignee ?? 'nobody'}</strong>
      </span>
      <RouteButton caseId={record.id} />
    </div>
  );
}
