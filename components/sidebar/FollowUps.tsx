import { useId, useState } from 'react';
import type { FollowUp } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { fullTime } from '../format';
import { useAction } from '../useAction';
import { ActionStatus } from '../ActionStatus';
import { useNow } from '../dashboard/useNow';

const dueFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "in 3 h", "overdue by 40 min": how far the due time is from now. */
function timeLeft(dueAt: number, now: number): { text: string; overdue: boolean } {
  const minutes = Math.round((dueAt - now) / 60_000);
  const span = (m: number) =>
    Math.abs(m) < 60
      ? `${Math.abs(m)} min`
      : Math.abs(m) < 48 * 60
        ? `${Math.round(Math.abs(m) / 60)} h`
        : `${Math.round(Math.abs(m) / 1440)} days`;
  return minutes < 0
    ? { text: `overdue by ${span(minutes)}`, overdue: true }
    : { text: `in ${span(minutes)}`, overdue: false };
}

/** `datetime-local` wants local "YYYY-MM-DDTHH:MM". */
const localInput = (at: number) => {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * The customer's open promises, the one due first at the top, overdue in red. A promise
 * Casebook caught in a reply waits for the agent: keep it, change its due time, or
 * dismiss it. A kept one is marked done with a link or a note as evidence.
 */
export function FollowUps({ followUps }: { followUps: FollowUp[] }) {
  const now = useNow();
  if (!followUps.length) return <p className="muted small">No open promises.</p>;
  return (
    <section className="stack" aria-labelledby="promises-title">
      <h2 id="promises-title">Open promises</h2>
      <ul className="plain stack" aria-label="Open promises">
        {followUps.map((followUp) => (
          <FollowUpItem key={followUp.id} followUp={followUp} now={now} />
        ))}
      </ul>
    </section>
  );
}

function FollowUpItem({ followUp, now }: { followUp: FollowUp; now: number }) {
  const action = useAction();
  const [changing, setChanging] = useState(false);
  const [due, setDue] = useState(() => localInput(followUp.dueAt));
  const [evidence, setEvidence] = useState('');
  const dueId = useId();
  const evidenceId = useId();
  const left = timeLeft(followUp.dueAt, now);
  const pending = followUp.confirmedAt === null;
  const run = (key: string, work: () => Promise<unknown>) => void action.run(key, work);
  const id = followUp.id;
  return (
    <li className="follow-up">
      <div>
        “{followUp.phrase}”{' '}
        <span className={left.overdue ? 'error' : 'muted'} title={fullTime(followUp.dueAt)}>
          {pending ? 'Follow-up due ' : 'Due '}
          {dueFormat.format(followUp.dueAt)} · {left.text}
        </span>
      </div>
      {pending ? (
        <div className="follow-up-actions">
          <button
            type="button"
            disabled={!!action.busy}
            onClick={() => run('Kept.', () => request('followup.confirm', { followUpId: id }))}
          >
            Keep
          </button>
          <button type="button" aria-expanded={changing} onClick={() => setChanging(!changing)}>
            Change
          </button>
          <button
            type="button"
            disabled={!!action.busy}
            onClick={() =>
              run('Dismissed.', () => request('followup.dismiss', { followUpId: id, reason: null }))
            }
          >
            Dismiss
          </button>
        </div>
      ) : (
        <form
          className="follow-up-actions"
          onSubmit={(event) => {
            event.preventDefault();
            const value = evidence.trim();
            const kind = /^https?:\/\//i.test(value) ? 'link' : 'note';
            run('Marked done.', () =>
              request('followup.done', {
                followUpId: id,
                evidence: kind === 'link' ? { kind, url: value } : { kind, text: value },
              }),
            );
          }}
        >
          <label htmlFor={evidenceId} className="visually-hidden">
            How it was kept (a link or a note)
          </label>
          <input
            id={evidenceId}
            placeholder="Link or note: how it was kept"
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
          <button type="submit" disabled={!!action.busy || !evidence.trim()}>
            Mark done
          </button>
        </form>
      )}
      {pending && changing && (
        <form
          className="follow-up-actions"
          onSubmit={(event) => {
            event.preventDefault();
            const dueAt = new Date(due).getTime();
            run('Due time changed.', () => request('followup.confirm', { followUpId: id, dueAt }));
          }}
        >
          <label htmlFor={dueId}>New due time</label>
          <input
            id={dueId}
            type="datetime-local"
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
          <button type="submit" disabled={!!action.busy || !due}>
            Save
          </button>
        </form>
      )}
      <ActionStatus done={action.done} error={action.error} />
    </li>
  );
}
