import { useId, useState } from 'react';
import type { FollowUp } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { useAction } from '../useAction';

/**
 * The lead's actions on one follow-up: hand it to another agent (while it is owed or
 * was missed), or record that it was missed (while it is owed; asked twice, since it
 * takes the promise off the agent's reminders).
 */
export function ReviewRowActions({
  followUp,
  agents,
}: {
  followUp: FollowUp;
  agents: readonly string[];
}) {
  const id = useId();
  const { busy, done, error, run } = useAction();
  const others = agents.filter((name) => name !== followUp.owner);
  const [to, setTo] = useState('');
  const [confirming, setConfirming] = useState(false);
  const canReassign = followUp.status === 'pending' || followUp.status === 'missed';
  const canMiss = followUp.status === 'pending';
  if (!canReassign && !canMiss) return null;
  const promise = `“${followUp.phrase.slice(0, 60)}”`;
  return (
    <div className="review-actions">
      {canReassign && others.length > 0 && (
        <span className="inline">
          <label htmlFor={`${id}-to`} className="visually-hidden">
            Reassign {promise} to
          </label>
          <select id={`${id}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">Reassign to…</option>
            {others.map((name) => (
              <option key={name}>{name}</option>
            ))}
          </select>
          <button
            type="button"
            disabled={!to || busy !== null}
            aria-label={`Reassign ${promise}`}
            onClick={() =>
              void run(`Reassigned to ${to}.`, () =>
                request('followup.reassign', { followUpId: followUp.id, owner: to }),
              ).then((ok) => ok && setTo(''))
            }
          >
            {busy?.startsWith('Reassigned') ? 'Reassigning…' : 'Reassign'}
          </button>
        </span>
      )}
      {canMiss &&
        (confirming ? (
          <span className="inline">
            <button
              type="button"
              className="danger"
              disabled={busy !== null}
              onClick={() =>
                void run('Marked missed.', () =>
                  request('followup.missed', { followUpId: followUp.id }),
                ).then(() => setConfirming(false))
              }
              aria-label={`Yes, mark ${promise} missed`}
            >
              Yes, missed
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button
            type="button"
            aria-label={`Mark ${promise} missed`}
            onClick={() => setConfirming(true)}
          >
            Mark missed
          </button>
        ))}
      <ActionStatus done={done} error={error} />
    </div>
  );
}
