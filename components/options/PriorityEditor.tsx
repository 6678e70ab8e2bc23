import { DEFAULT_PRIORITY_SETTINGS, type PrioritySettings } from '@/lib/cases/priority';
import type { Settings } from '@/lib/settings';
import { EditableRows } from './EditableRows';
import { Field, FieldError, NumberInput } from './fields';
import { SeverityWordRow, ShortenSlaFields } from './PriorityParts';
import { SectionForm } from './SectionForm';
import { useSettingsSection } from './useSettingsSection';

const SIGNALS = [
  ['negativePoints', 'Negative sentiment'],
  ['hotTopicPoints', 'Hot topic of the day'],
  ['vipPoints', 'VIP customer'],
] as const;

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
      savingNote={
        // Only the shorter SLA moves open cases' due times (see slaRulesChanged).
        JSON.stringify(rules.shortenSla) !== JSON.stringify(settings.priority.shortenSla)
          ? 'Updating the due times of open cases.'
          : undefined
      }
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
