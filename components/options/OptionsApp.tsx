import { useLiveQuery } from 'dexie-react-hooks';
import type { CasebookDatabase } from '@/lib/db/database';
import { readSettings } from '@/lib/settings';
import { useTheme } from '../useTheme';
import { AgentsEditor } from './AgentsEditor';
import { BackupSection } from './BackupSection';
import { CrmPagesEditor } from './CrmPagesEditor';
import { ChecklistTemplatesEditor } from './ChecklistTemplatesEditor';
import { DueTimesProgress } from './DueTimesProgress';
import { FollowUpSettingsEditor } from './FollowUpSettingsEditor';
import { AlertsEditor } from './AlertsEditor';
import { ListeningEditor } from './ListeningEditor';
import { FeedbackSettingsEditor } from './FeedbackSettingsEditor';
import { PriorityEditor } from './PriorityEditor';
import { RoutingEditor } from './RoutingEditor';
import { SlaPoliciesEditor } from './SlaPoliciesEditor';
import { SitesEditor } from './SitesEditor';
import { TeamSyncEditor } from './TeamSyncEditor';

const SECTIONS = [
  ['agents', 'Agents'],
  ['sla', 'SLA policies'],
  ['priority', 'Priority'],
  ['checklists', 'Checklist templates'],
  ['sites', 'Sites'],
  ['crms', 'CRM pages'],
  ['followups', 'Follow-ups'],
  ['listening', 'Listening'],
  ['routing', 'Routing'],
  ['feedback', 'Feedback'],
  ['alerts', 'Alerts'],
  ['sync', 'Team sync'],
  ['backup', 'Backup'],
] as const;

/** Settings: the team's agents, SLA policies, priority rules and checklist templates. */
export function OptionsApp({ db }: { db: CasebookDatabase }) {
  useTheme();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  return (
    <main className="options">
      <h1>Casebook settings</h1>
      <nav aria-label="Settings sections" className="options-nav">
        {SECTIONS.map(([id, label]) => (
          <a key={id} href={`#${id}`}>
            {label}
          </a>
        ))}
      </nav>
      <DueTimesProgress db={db} />
      {settings ? (
        // Not keyed on the settings: a save must not remount the editors (and drop "Saved.").
        <>
          <div id="agents" className="settings-section">
            <AgentsEditor settings={settings} />
          </div>
          <SlaPoliciesEditor settings={settings} />
          <PriorityEditor settings={settings} />
          <ChecklistTemplatesEditor settings={settings} />
          <SitesEditor />
          <CrmPagesEditor />
          <FollowUpSettingsEditor settings={settings} />
          <ListeningEditor settings={settings} />
          <RoutingEditor settings={settings} db={db} />
          <FeedbackSettingsEditor settings={settings} db={db} />
          <AlertsEditor settings={settings} />
          <TeamSyncEditor />
          <BackupSection db={db} />
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </main>
  );
}
