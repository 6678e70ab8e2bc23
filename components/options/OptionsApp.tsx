import { useLiveQuery } from 'dexie-react-hooks';
import type { CasebookDatabase } from '@/lib/db/database';
import { readSettings } from '@/lib/settings';
import { useTheme } from '../useTheme';
import { AgentsEditor } from './AgentsEditor';

/** Settings: the team's agents today; SLA policies, templates and sites join here. */
export function OptionsApp({ db }: { db: CasebookDatabase }) {
  useTheme();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  return (
    <main className="options">
      <h1>Casebook settings</h1>
      {settings ? (
        // Not keyed on the list: a save must not remount it (and drop its "Saved.").
        <AgentsEditor settings={settings} />
      ) : (
        <p className="muted">Loading…</p>
      )}
    </main>
  );
}
