import { DEFAULT_FOLLOW_UP_SETTINGS, type FollowUpSettings } from '@/lib/followups/settings';
import type { Settings } from '@/lib/settings';
import { DurationField } from './DurationField';
import { Toggle } from './fields';
import { SectionForm } from './SectionForm';
import { useSettingsSection } from './useSettingsSection';

/**
 * How promises become follow-ups (issue 5): when one without a time falls due, how early
 * the agent is reminded, whether a caught promise is kept without asking, and whether due
 * times count business hours only. Saving re-plans the reminders still to come.
 */
export function FollowUpSettingsEditor({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, 'followUps');
  const rules = section.draft;
  const set = <F extends keyof FollowUpSettings>(field: F, value: FollowUpSettings[F]) =>
    section.update({ ...rules, [field]: value });
  return (
    <SectionForm
      id="followups"
      title="Follow-ups"
      intro={
        <>
          When an agent promises a customer something (“we’ll get back to you by Friday”), Casebook
          turns it into a follow-up with a due time and reminds the agent. A new reminder time
          applies to every reminder still to come; the other settings apply to promises caught from
          now on.
        </>
      }
      section={section}
      saveLabel="Save follow-up settings"
      savingNote={
        rules.leadMinutes !== settings.followUps.leadMinutes
          ? 'Moving the reminders still to come.'
          : undefined
      }
      onRestoreDefaults={() => section.update({ ...DEFAULT_FOLLOW_UP_SETTINGS })}
    >
      <fieldset className="card">
        <legend>Due times and reminders</legend>
        <DurationField
          path="followUps.defaultWindowMinutes"
          label="Promise with no time given falls due after"
          value={rules.defaultWindowMinutes}
          onChange={(minutes) => set('defaultWindowMinutes', minutes)}
        />
        <p className="muted small">
          “We’ll look into it” has no time: it falls due this long after it was sent.
        </p>
        <DurationField
          path="followUps.leadMinutes"
          label="Remind the agent this long before due"
          value={rules.leadMinutes}
          onChange={(minutes) => set('leadMinutes', minutes)}
        />
        <p className="muted small">
          A second reminder always comes at the due time; 0 h 0 min leaves only that one.
        </p>
      </fieldset>
      <fieldset className="card">
        <legend>Catching promises</legend>
        <Toggle
          label="Keep caught promises without asking"
          hint="Off: the agent confirms each caught promise in the sidebar (keep, change or dismiss). On: it is kept at once, and the agent can still change or dismiss it."
          checked={rules.autoConfirm}
          onChange={(checked) => set('autoConfirm', checked)}
        />
        <Toggle
          label="Count only business hours (from the SLA policy)"
          hint="Due times skip nights, weekends and holidays, using the opening hours of the channel’s SLA policy for public posts."
          checked={rules.useBusinessHours}
          onChange={(checked) => set('useBusinessHours', checked)}
        />
      </fieldset>
    </SectionForm>
  );
}
