import { DEFAULT_PRIORITY_SETTINGS, PRIORITIES, type PrioritySettings } from '@/lib/cases/priority';
import type { Settings } from '@/lib/settings';
import { fromPercent, toPercent } from '@/lib/settings-form/units';
import { EditableRows } from './EditableRows';
import { Field, FieldError, NumberInput, useFieldProps } from './fields';
import { SectionForm } from './SectionForm';
import { useSettingsSection } from './useSettingsSection';

const SIGNALS = [
  ['negativePoints', 'Negative sentiment'],
  ['hotTopicPoints', 'Hot topic of the day'],
  ['vipPoints', 'VIP customer'],
] as const;

const SHORTEN_CHOICES: { value: string; label: string }[] = [
  { value: '', label: 'No priority' },
  { value: 'P1', label: 'P1' },
  { value: 'P2', label: 'P1 and P2' },
  { value: 'P3', label: 'P1 to P3' },
  { value: 'P4', label: 'Every priority' },
];

/** How a case's priority is scored, and whether a high priority shortens its SLA. */
export function PriorityEditor({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, 'priority');
  const rules = section.draft;
  const set = <F extends keyof PrioritySettings>(field: F, value: PrioritySettings[F]) =>
    section.update({ ...rules, [field]: value });
  return (
    <SectionForm
      id="priority"
      title="Priority"
      intro={
        <>
          A case’s score adds up points for who wrote it and what it says; the thresholds turn the
          score into P1 (most urgent) to P4. Points and thresholds apply to posts captured from now
          on; a shorter SLA applies to open cases as soon as it is saved.
        </>
      }
      section={section}
      saveLabel="Save priority settings"
      savingNote="Updating the due times of open cases."
      onRestoreDefaults={() => section.update(structuredClone(DEFAULT_PRIORITY_SETTINGS))}
    >
      <fieldset className="card">
        <legend>Points</legend>
        <div className="row">
          {SIGNALS.map(([field, label]) => (
            <Field key={field} path={`priority.${field}`} label={label}>
              <NumberInput
                path={`priority.${field}`}
                value={rules[field]}
                onChange={(value) => set(field, value)}
              />
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>Followers</legend>
        <p className="muted small">The highest tier a customer reaches counts.</p>
        <EditableRows
          rows={rules.followerTiers}
          onChange={(tiers) => set('followerTiers', tiers)}
          newRow={() => ({ min: NaN, points: 1 })}
          addLabel="Add tier"
          removeLabel={(_tier, index) => `Remove tier ${index + 1}`}
          max={10}
          empty="Followers do not count."
          render={(tier, index) => {
            const path = `priority.followerTiers.${index}`;
            const change = (next: Partial<typeof tier>) =>
              set(
                'followerTiers',
                rules.followerTiers.map((t, i) => (i === index ? { ...t, ...next } : t)),
              );
            return (
              <span className="inline">
                From{' '}
                <NumberInput
                  path={`${path}.min`}
                  aria-label={`Tier ${index + 1}: followers from`}
                  className="num wide"
                  min={0}
                  value={tier.min}
                  onChange={(min) => change({ min })}
                />{' '}
                followers:{' '}
                <NumberInput
                  path={`${path}.points`}
                  aria-label={`Tier ${index + 1}: points`}
                  value={tier.points}
                  onChange={(points) => change({ points })}
                />{' '}
                points
                <FieldError path={`${path}.min`} />
                <FieldError path={`${path}.points`} />
              </span>
            );
          }}
        />
      </fieldset>

      <fieldset className="card">
        <legend>Severity words</legend>
        <p className="muted small">
          A post that mentions one of these words (or a word starting with it) gets its points.
        </p>
        <EditableRows
          rows={rules.severityWords}
          onChange={(words) => set('severityWords', words)}
          newRow={() => ({ word: '', points: 2 })}
          addLabel="Add word"
          removeLabel={(entry, index) => `Remove word ${entry.word.trim() || index + 1}`}
          max={200}
          empty="No words raise the priority."
          render={(entry, index) => {
            const path = `priority.severityWords.${index}`;
            const change = (next: Partial<typeof entry>) =>
              set(
                'severityWords',
                rules.severityWords.map((w, i) => (i === index ? { ...w, ...next } : w)),
              );
            return <SeverityWordRow path={path} entry={entry} index={index} change={change} />;
          }}
        />
      </fieldset>

      <fieldset className="card">
        <legend>Thresholds</legend>
        <p className="muted small">The lowest score of each priority; below P3’s is P4.</p>
        <div className="row">
          {(['P1', 'P2', 'P3'] as const).map((level) => (
            <Field key={level} path={`priority.thresholds.${level}`} label={`${level} from`}>
              <NumberInput
                path={`priority.thresholds.${level}`}
                value={rules.thresholds[level]}
                onChange={(value) => set('thresholds', { ...rules.thresholds, [level]: value })}
              />
            </Field>
          ))}
        </div>
      </fieldset>

      <ShortenSlaFields
        value={rules.shortenSla}
        onChange={(shortenSla) => set('shortenSla', shortenSla)}
      />
    </SectionForm>
  );
}

function SeverityWordRow({
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

function ShortenSlaFields({
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
