import { ALERT_LABELS, DEFAULT_ALERT_SETTINGS, type AlertSettings } from '@/lib/activity/alerts';
import type { Settings } from '@/lib/settings';
import { Toggle } from './fields';
import { SectionForm } from './SectionForm';
import { useSettingsSection } from './useSettingsSection';

const HINTS: Record<keyof AlertSettings, string> = {
  assignedToMe: 'With team sync: a teammate, or a routing rule on their browser, gives you a case.',
  followUpDue:
    'Before and at the due time of a promise you made (in a team, only your own follow-ups).',
  hotCapture: 'With team sync: a teammate captures a case of priority P1, or from a VIP customer.',
};

/**
 * Which browser notifications this browser's agent gets (issue 12, point 3); a click on
 * one opens its case. The activity stream in the dashboard shows everything either way.
 */
export function AlertsEditor({ settings }: { settings: Settings }) {
  const section = useSettingsSection(settings, 'alerts');
  const alerts = section.draft;
  return (
    <SectionForm
      id="alerts"
      title="Alerts"
      intro={<>Browser notifications for what concerns you. Turn off any you do not want.</>}
      section={section}
      saveLabel="Save alert settings"
      onRestoreDefaults={() => section.update({ ...DEFAULT_ALERT_SETTINGS })}
    >
      <fieldset className="card">
        <legend>Notify me when</legend>
        {(Object.keys(ALERT_LABELS) as (keyof AlertSettings)[]).map((key) => (
          <Toggle
            key={key}
            label={ALERT_LABELS[key]}
            hint={HINTS[key]}
            checked={alerts[key]}
            onChange={(checked) => section.update({ ...alerts, [key]: checked })}
          />
        ))}
      </fieldset>
    </SectionForm>
  );
}
