import { useId, useState, type FormEvent } from 'react';
import type { Case } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';

const errorText = (cause: unknown, fallback: string) =>
  cause instanceof Error ? cause.message : fallback;

/** Who works the case: one of the team's agents (Settings), or nobody. */
export function AssigneeSelect({ record, agents }: { record: Case; agents: readonly string[] }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const choices =
    record.assignee && !agents.includes(record.assignee) ? [record.assignee, ...agents] : agents;
  return (
    <span className="field">
      <label htmlFor={id}>Assignee </label>
      <select
        id={id}
        value={record.assignee ?? ''}
        onChange={async (event) => {
          setError(null);
          const assignee = event.target.value || null;
          await request('case.setAssignee', { caseId: record.id, assignee }).catch((cause) =>
            setError(errorText(cause, 'The case could not be assigned.')),
          );
        }}
      >
        <option value="">Nobody</option>
        {choices.map((agent) => (
          <option key={agent} value={agent}>
            {agent}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </span>
  );
}

/** The case's tags, edited as one comma-separated field. */
export function TagsEditor({ record }: { record: Case }) {
  const id = useId();
  const [draft, setDraft] = useState(record.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const tags = draft
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    await request('case.setTags', { caseId: record.id, tags }).catch((cause) =>
      setError(errorText(cause, 'The tags could not be saved.')),
    );
  };
  return (
    <form className="field" onSubmit={submit}>
      <label htmlFor={id}>Tags </label>
      <input
        id={id}
        value={draft}
        placeholder="billing, ios, outage"
        onChange={(event) => setDraft(event.target.value)}
      />{' '}
      <button type="submit">Save tags</button>
      {error && (
        <span role="alert" className="error">
          {' '}
          {error}
        </span>
      )}
    </form>
  );
}
