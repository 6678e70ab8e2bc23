import type { FollowUp } from '@/lib/db/schema';
import { useNow } from '../dashboard/useNow';
import { FollowUpItem } from '../followups/FollowUpItem';

/**
 * The customer's open promises, the one due first at the top, overdue in red, each with
 * its controls (FollowUpItem): keep / change / dismiss, mark done, snooze, reassign,
 * mark missed.
 */
export function FollowUps({
  followUps,
  agents = [],
}: {
  followUps: FollowUp[];
  agents?: readonly string[];
}) {
  const now = useNow();
  if (!followUps.length) return <p className="muted small">No open promises.</p>;
  return (
    <section className="stack" aria-labelledby="promises-title">
      <h2 id="promises-title">Open promises</h2>
      <ul className="plain stack" aria-label="Open promises">
        {followUps.map((followUp) => (
          <FollowUpItem key={followUp.id} followUp={followUp} now={now} agents={agents} />
        ))}
      </ul>
    </section>
  );
}
