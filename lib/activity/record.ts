import type { CasebookEvent, Case } from '../db/schema';
import { newId } from '../ids';

/**
 * The 'case.assigned' event for a case whose assignee changed (issue 12): who did it, when
 * and why come from the history entry that made the change (routing names its rule there).
 * `before` is undefined for a case new here (capture routed it).
 */
export function assignedEvent(
  before: Pick<Case, 'assignee'> | undefined,
  after: Pick<Case, 'id' | 'assignee' | 'history' | 'updatedAt'>,
): CasebookEvent {
  const entry = after.history.findLast((e) => e.type === 'assignee' && e.to === after.assignee);
  return {
    id: newId(),
    at: entry?.at ?? after.updatedAt,
    by: entry?.by ?? 'me',
    type: 'case.assigned',
    caseId: after.id,
    data: {
      from: before?.assignee ?? null,
      to: after.assignee,
      ...(entry?.note ? { note: entry.note } : {}),
    },
  };
}
