import { useId } from 'react';

/** The assignee choice's value for "unassigned" (agent names are free text). */
const UNASSIGNED = '\u0000unassigned';

/** Narrow the list by assignee and tag. */
export function QueueFilters({
  agents,
  assignee,
  tag,
  onAssignee,
  onTag,
}: {
  agents: readonly string[];
  assignee: string | null | undefined;
  tag: string;
  onAssignee: (assignee: string | null | undefined) => void;
  onTag: (tag: string) => void;
}) {
  const assigneeId = useId();
  const tagId = useId();
  const value = assignee === undefined ? '' : assignee === null ? UNASSIGNED : assignee;
  return (
    <div className="queue-filters">
      <label htmlFor={assigneeId}>Assignee </label>
      <select
        id={assigneeId}
        value={value}
        onChange={(event) => {
          const chosen = event.target.value;
          onAssignee(chosen === '' ? undefined : chosen === UNASSIGNED ? null : chosen);
        }}
      >
        <option value="">Anyone</option>
        <option value={UNASSIGNED}>Unassigned</option>
        {agents.map((agent) => (
          <option key={agent} value={agent}>
            {agent}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={tagId}>Tag </label>
      <input
        id={tagId}
        size={10}
        value={tag}
        placeholder="any"
        onChange={(event) => onTag(event.target.value)}
      />
    </div>
  );
}
