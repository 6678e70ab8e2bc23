import { useId } from 'react';
import { PLATFORMS } from '@/lib/db/constants';
import {
  CHANNEL_LABELS,
  LOOK_AHEAD_DAYS,
  LOOK_BACK_DAYS,
  STATUS_FILTER_LABELS,
  type ReviewChannel,
  type ReviewFilters,
  type StatusFilter,
} from '@/lib/followups/review';

interface Props {
  filters: ReviewFilters;
  onChange: (next: ReviewFilters) => void;
  /** The team's agents (settings); a filtered name no longer there stays choosable. */
  agents: readonly string[];
}

const CHANNELS: ReviewChannel[] = [...PLATFORMS, 'none'];
const dayWord = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** Who, which channel, which sections, how far back and ahead, and how rows are grouped. */
export function ReviewFilterBar({ filters, onChange, agents }: Props) {
  const id = useId();
  const set = <K extends keyof ReviewFilters>(key: K, value: ReviewFilters[K]) =>
    onChange({ ...filters, [key]: value });
  const names = [...new Set([...agents, ...(filters.agent ? [filters.agent] : [])])];
  return (
    <div className="filters review-filters" role="group" aria-label="Filters">
      <label htmlFor={`${id}-agent`}>Agent</label>
      <select
        id={`${id}-agent`}
        value={filters.agent ?? ''}
        onChange={(e) => set('agent', e.target.value || null)}
      >
        <option value="">Everyone</option>
        {names.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <label htmlFor={`${id}-channel`}>Channel</label>
      <select
        id={`${id}-channel`}
        value={filters.channel ?? ''}
        onChange={(e) => set('channel', (e.target.value as ReviewChannel) || null)}
      >
        <option value="">Every channel</option>
        {CHANNELS.map((channel) => (
          <option key={channel} value={channel}>
            {CHANNEL_LABELS[channel]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>Status</label>
      <select
        id={`${id}-status`}
        value={filters.status}
        onChange={(e) => set('status', e.target.value as StatusFilter)}
      >
        {Object.entries(STATUS_FILTER_LABELS).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-back`}>Finished in the last</label>
      <select
        id={`${id}-back`}
        value={filters.backDays}
        onChange={(e) => set('backDays', Number(e.target.value) as ReviewFilters['backDays'])}
      >
        {LOOK_BACK_DAYS.map((n) => (
          <option key={n} value={n}>
            {dayWord(n)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-ahead`}>Upcoming within</label>
      <select
        id={`${id}-ahead`}
        value={filters.aheadDays}
        onChange={(e) => set('aheadDays', Number(e.target.value) as ReviewFilters['aheadDays'])}
      >
        {LOOK_AHEAD_DAYS.map((n) => (
          <option key={n} value={n}>
            {dayWord(n)}
          </option>
        ))}
      </select>
      <fieldset className="group-toggle">
        <legend className="visually-hidden">Group the rows</legend>
        {(['agent', 'channel'] as const).map((by) => (
          <label key={by}>
            <input
              type="radio"
              name={`${id}-group`}
              value={by}
              checked={filters.group === by}
              onChange={() => set('group', by)}
            />{' '}
            {by === 'agent' ? 'By agent' : 'By channel'}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
