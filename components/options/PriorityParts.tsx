import { PRIORITIES, type PrioritySettings } from '@/lib/cases/priority';
import { fromPercent, toPercent } from '@/lib/settings-form/units';
import { Field, FieldError, NumberInput, useFieldProps } from './fields';

const SHORTEN_CHOICES: { value: string; label: string }[] = [
  { value: '', label: 'No priority' },
  { value: 'P1', label: 'P1' },
  { value: 'P2', label: 'P1 and P2' },
  { value: 'P3', label: 'P1 to P3' },
  { value: 'P4', label: 'Every priority' },
];

/** One severity word and its points. */
export function SeverityWordRow({
  path,
  entry,
  index,
  change,
}: {
  path: string;
  entry: PrioritySettings['severityWords'][number];
  index: number;
  change: (next: Partial<PrioritySettings['severityWords'][number]>) => void;
}) {
  return (
    <span className="inline">
      <input
        {...useFieldProps(`${path}.word`)}
        aria-label={`Word ${index + 1}`}
        value={entry.word}
        onChange={(event) => change({ word: event.target.value })}
      />{' '}
      <NumberInput
        path={`${path}.points`}
        aria-label={`Points for word ${index + 1}`}
        value={entry.points}
        onChange={(points) => change({ points })}
      />{' '}
      points
      <FieldError path={`${path}.word`} />
      <FieldError path={`${path}.points`} />
    </span>
  );
}

/** Which priorities get shorter SLA targets, and how much shorter. */
export function ShortenSlaFields({
  value,
  onChange,
}: {
  value: PrioritySettings['shortenSla'];
  onChange: (value: PrioritySettings['shortenSla']) => void;
}) {
  const upTo = useFieldProps('priority.shortenSla.upTo');
  return (
    <fieldset className="card">
      <legend>Shorter SLA for urgent cases</legend>
      <div className="row">
        <Field path="priority.shortenSla.upTo" label="Shorten the targets of">
          <select
            {...upTo}
            value={value.upTo ?? ''}
            onChange={(event) =>
              onChange({
                ...value,
                upTo: (PRIORITIES as readonly string[]).includes(event.target.value)
                  ? (event.target.value as PrioritySettings['shortenSla']['upTo'])
                  : null,
              })
            }
          >
            {SHORTEN_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          path="priority.shortenSla.share"
          label="To (% of the policy’s time)"
          hint="50 %: half the time to respond and to resolve."
        >
          <span className="inline">
            <NumberInput
              path="priority.shortenSla.share"
              min={1}
              max={100}
              value={toPercent(value.share)}
              onChange={(percent) => onChange({ ...value, share: fromPercent(percent) })}
            />{' '}
            %
          </span>
        </Field>
      </div>
    </fieldset>
  );
}
