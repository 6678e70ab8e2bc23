import { useId } from 'react';
import { PLATFORMS, type Platform } from '@/lib/db/constants';
import { PLATFORM_LABELS } from '../format';

/** The assignee choice's value for "unassigned" (agent names are free text). */
const UNASSIGNED = '\u0000unassigned';

export interface QueueFilterValues {
  /** An agent; null: unassigned; undefined: anyone. */
  assignee: string | null | undefined;
  tag: string;
  channel: Platform | undefined;
  /** A topic (words of the case), '' for any. */
  topic: string;
}

/** Narrow the list by channel, assignee, tag and topic. */
export function QueueFilters({
  agents,
  topics,
  values,
  onChange,
}: {
  agents: readonly string[];
  /** Topics to offer (today's hot ones); the current one is kept in the list. */
  topics: readonly string[];
  values: QueueFilterValues;
  onChange: (next: QueueFilterValues) => void;
}) {
  const ids = { channel: useId(), assignee: useId(), tag: useId(), topic: useId() };
  const set = (change: Partial<QueueFilterValues>) => onChange({ ...values, ...change });
  const { assignee } = values;
  const assigneeValue = assignee === undefined ? '' : assignee === null ? UNASSIGNED : assignee;
  const topicChoices = [...new Set([values.topic, ...topics].filter(Boolean))];
  return (
    <div className="queue-filters">
      <span>
        <label htmlFor={ids.channel}>Channel </label>
        <select
          id={ids.channel}
          value={values.channel ?? ''}
          onChange={(event) => set({ channel: (event.target.value || undefined) as Platform })}
        >
          <option value="">Any</option>
          {PLATFORMS.map((platform) => (
            <option key={platform} value={platform}>
              {PLATFORM_LABELS[platform]}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={ids.assignee}>Assignee </label>
        <select
          id={ids.assignee}
          value={assigneeValue}
          onChange={(event) => {
            const chosen = event.target.value;
            set({ assignee: chosen === '' ? undefined : chosen === UNASSIGNED ? null : chosen });
          }}
        >
          <option value="">Anyone</option>
          <option value={UNASSIGNED}>Unassigned</option>
          {agents.map((agent) => (
            <option key={agent} value={agent}>
              {agent}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={ids.topic}>Topic </label>
        <select
          id={ids.topic}
          value={values.topic}
          onChange={(event) => set({ topic: event.target.value })}
        >
          <option value="">Any</option>
          {topicChoices.map((topic) => (
            <option key={topic} value={topic}>
              {topic}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={ids.tag}>Tag </label>
        <input
          id={ids.tag}
          size={10}
          value={values.tag}
          placeholder="any"
          onChange={(event) => set({ tag: event.target.value })}
        />
      </span>
    </div>
  );
}
