import type { SlaPolicy } from '@/lib/cases/sla-policy';
import { describeMinutes, fromPercent, toPercent } from '@/lib/settings-form/units';
import { DurationField } from './DurationField';
import { ChannelOptions, Field, NumberInput, useFieldProps } from './fields';
import { ScheduleFields } from './ScheduleFields';

const KINDS: { value: SlaPolicy['kind']; label: string }[] = [
  { value: 'public', label: 'Public posts and comments' },
  { value: 'direct', label: 'Direct messages' },
  { value: 'any', label: 'Any conversation' },
];

/** "First response 1 h · next 2 h · resolution 24 h · 24/7": the policy at a glance. */
export function policySummary(policy: SlaPolicy): string {
  const when =
    policy.schedule.kind === 'always'
      ? '24/7'
      : `working hours (${policy.schedule.hours.timeZone.replaceAll('_', ' ')})`;
  return [
    `First response ${describeMinutes(policy.firstResponseMinutes) || '?'}`,
    `next ${describeMinutes(policy.nextResponseMinutes) || '?'}`,
    `resolution ${describeMinutes(policy.resolutionMinutes) || '?'}`,
    when,
  ].join(' · ');
}

interface SlaPolicyFieldsProps {
  path: string;
  policy: SlaPolicy;
  onChange: (policy: SlaPolicy) => void;
}

/** The fields of one SLA policy: what it covers, its targets and when its clock runs. */
export function SlaPolicyFields({ path, policy, onChange }: SlaPolicyFieldsProps) {
  const set = <F extends keyof SlaPolicy>(field: F, value: SlaPolicy[F]) =>
    onChange({ ...policy, [field]: value });
  return (
    <div className="stack">
      <div className="row">
        <Field path={`${path}.name`} label="Name">
          <input
            {...useFieldProps(`${path}.name`)}
            value={policy.name}
            onChange={(event) => set('name', event.target.value)}
          />
        </Field>
        <Field path={`${path}.channel`} label="Channel">
          <select
            {...useFieldProps(`${path}.channel`)}
            value={policy.channel}
            onChange={(event) => set('channel', event.target.value as SlaPolicy['channel'])}
          >
            <ChannelOptions />
          </select>
        </Field>
        <Field path={`${path}.kind`} label="Conversations">
          <select
            {...useFieldProps(`${path}.kind`)}
            value={policy.kind}
            onChange={(event) => set('kind', event.target.value as SlaPolicy['kind'])}
          >
            {KINDS.map((kind) => (
              <option key={kind.value} value={kind.value}>
                {kind.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="row">
        <DurationField
          path={`${path}.firstResponseMinutes`}
          label="First response"
          value={policy.firstResponseMinutes}
          onChange={(minutes) => set('firstResponseMinutes', minutes)}
        />
        <DurationField
          path={`${path}.nextResponseMinutes`}
          label="Next response"
          value={policy.nextResponseMinutes}
          onChange={(minutes) => set('nextResponseMinutes', minutes)}
        />
        <DurationField
          path={`${path}.resolutionMinutes`}
          label="Resolution"
          value={policy.resolutionMinutes}
          onChange={(minutes) => set('resolutionMinutes', minutes)}
        />
      </div>
      <Field
        path={`${path}.atRiskShare`}
        label="At risk from (% of a target used)"
        hint="A case shows “at risk” once this share of its time is used."
      >
        <span className="inline">
          <NumberInput
            path={`${path}.atRiskShare`}
            min={1}
            max={99}
            value={toPercent(policy.atRiskShare)}
            onChange={(percent) => set('atRiskShare', fromPercent(percent))}
          />{' '}
          %
        </span>
      </Field>
      <ScheduleFields
        path={`${path}.schedule`}
        schedule={policy.schedule}
        onChange={(schedule) => set('schedule', schedule)}
      />
    </div>
  );
}
