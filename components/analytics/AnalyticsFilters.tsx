import { useId } from 'react';
import type { ReportQuery } from './useAnalyticsReport';

export interface FilterChoices {
  channels: string[];
  agents: string[];
  topics: string[];
  tags: string[];
}

const DIMENSIONS = [
  { key: 'channel', label: 'Channel', choices: 'channels', all: 'All channels' },
  { key: 'agent', label: 'Agent', choices: 'agents', all: 'All agents' },
  { key: 'topic', label: 'Topic', choices: 'topics', all: 'All topics' },
  { key: 'tag', label: 'Tag', choices: 'tags', all: 'All tags' },
] as const;

/**
 * The report's range, time zone, filters and handling time. Every control is a labelled
 * native input, so keyboards and screen readers need nothing special.
 */
export function AnalyticsFilters({
  query,
  onChange,
  choices,
  zones,
  measuredHandle,
}: {
  query: ReportQuery;
  onChange: (next: ReportQuery) => void;
  choices: FilterChoices;
  zones: string[];
  measuredHandle: number | null;
}) {
  const id = useId();
  const set = (patch: Partial<ReportQuery>) => onChange({ ...query, ...patch });
  return (
    <form className="analytics-filters" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={`${id}-from`}>
        From
        <input
          id={`${id}-from`}
          type="date"
          value={query.fromDay}
          max={query.toDay}
          required
          onChange={(e) => e.target.value && set({ fromDay: e.target.value })}
        />
      </label>
      <label htmlFor={`${id}-to`}>
        To
        <input
          id={`${id}-to`}
          type="date"
          value={query.toDay}
          min={query.fromDay}
          required
          onChange={(e) => e.target.value && set({ toDay: e.target.value })}
        />
      </label>
      <label htmlFor={`${id}-zone`}>
        Time zone
        <select
          id={`${id}-zone`}
          value={query.timeZone}
          onChange={(e) => set({ timeZone: e.target.value })}
        >
          {zones.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </select>
      </label>
      {DIMENSIONS.map((dimension) => {
        const current = query.filter[dimension.key] ?? '';
        const values = choices[dimension.choices];
        return (
          <label key={dimension.key} htmlFor={`${id}-${dimension.key}`}>
            {dimension.label}
            <select
              id={`${id}-${dimension.key}`}
              value={current}
              onChange={(e) =>
                set({ filter: { ...query.filter, [dimension.key]: e.target.value || null } })
              }
            >
              <option value="">{dimension.all}</option>
              {/* The chosen value stays listed even when the range has none of it. */}
              {(values.includes(current) || !current ? values : [current, ...values]).map(
                (value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ),
              )}
            </select>
          </label>
        );
      })}
      <label htmlFor={`${id}-handle`}>
        Minutes per case
        <input
          id={`${id}-handle`}
          type="number"
          min={0.5}
          max={600}
          step={0.5}
          value={query.handleMinutes ?? ''}
          placeholder={measuredHandle === null ? 'measured' : String(measuredHandle)}
          aria-describedby={`${id}-handle-help`}
          onChange={(e) => {
            const value = e.target.valueAsNumber;
            set({ handleMinutes: Number.isFinite(value) && value >= 0.5 ? value : null });
          }}
        />
        <span id={`${id}-handle-help`} className="muted">
          for the staffing; empty: measured
        </span>
      </label>
    </form>
  );
}
