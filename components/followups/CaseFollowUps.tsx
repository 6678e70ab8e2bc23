import { useLiveQuery } from 'dexie-react-hooks';
import type { CasebookDatabase } from '@/lib/db/database';
import { followUpsOfCase } from '@/lib/followups/queries';
import { useNow } from '../dashboard/useNow';
import { FollowUpItem } from './FollowUpItem';
import { SyncConflicts } from '../dashboard/SyncConflicts';

/** How many of a case's follow-ups the case page lists (soonest due first). */
const SHOWN = 50;

/**
 * The case's promised follow-ups on the dashboard's case page, every status, each with
 * the same controls as in the sidebar. One bounded index read (by case), kept live.
 */
export function CaseFollowUps({
  db,
  caseId,
  agents,
}: {
  db: CasebookDatabase;
  caseId: string;
  agents: readonly string[];
}) {
  const now = useNow();
  const followUps = useLiveQuery(() => followUpsOfCase(db, caseId, SHOWN), [db, caseId]);
  return (
    <section aria-labelledby="case-followups-title" className="stack">
      <h3 id="case-followups-title">Follow-ups</h3>
      {followUps === undefined ? (
        <p className="muted small">Loading follow-ups…</p>
      ) : followUps.length === 0 ? (
        <p className="muted small">
          No promises on this case. A promise in a reply or a note (“we&apos;ll call back Friday”)
          shows up here.
        </p>
      ) : (
        <ul className="plain stack" aria-label="Follow-ups of this case">
          {followUps.map((followUp) => (
            <FollowUpItem key={followUp.id} followUp={followUp} now={now} agents={agents} />
          ))}
        </ul>
      )}
      {followUps?.map((followUp) => (
        <SyncConflicts
          key={followUp.id}
          db={db}
          table="followUps"
          recordId={followUp.id}
          about={`Follow-up “${followUp.phrase}”`}
        />
      ))}
    </section>
  );
}
