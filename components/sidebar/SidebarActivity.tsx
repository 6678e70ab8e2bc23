import { useState } from 'react';
import type { StreamItem } from '@/lib/activity/stream';
import { ActivityList } from '../activity/ActivityList';
import '../activity/activity.css';
import { useNow } from '../dashboard/useNow';
import { dashboardUrl } from './CaseLinks';

/**
 * The team's latest activity, compact (issue 12): the background builds it into the view
 * (this iframe never opens the database); each item opens its case in the dashboard.
 */
export function SidebarActivity({ items, open }: { items?: StreamItem[]; open: boolean }) {
  const now = useNow();
  // The agent's choice stays across the views the background pushes (each re-renders).
  const [expanded, setExpanded] = useState(open);
  if (!items) return null;
  return (
    <details
      className="stack sidebar-activity"
      open={expanded}
      onToggle={(event) => setExpanded(event.currentTarget.open)}
    >
      <summary>
        <h2 className="inline-heading">Team activity</h2>
      </summary>
      {items.length ? (
        <>
          <ActivityList
            items={items}
            now={now}
            caseHref={(caseId) => `${dashboardUrl()}#case=${caseId}`}
            newTab
            compact
            label="Team activity"
          />
          <a href={`${dashboardUrl()}#view=activity`} target="_blank" rel="noreferrer">
            All activity
          </a>
        </>
      ) : (
        <p className="muted">No activity yet. Captures, replies and promises show here.</p>
      )}
    </details>
  );
}
